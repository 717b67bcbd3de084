/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.common;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: shared, named thread pools of daemon threads. As in openHAB, pools are created on first use with
 * {@value #DEFAULT_THREAD_POOL_SIZE} threads, idle threads time out, and {@code shutdown()} on a shared pool is
 * refused with a warning (callers must cancel their own tasks instead). Like in openHAB, this class carries no
 * nullness default. Pool sizes cannot be configured here.
 * <p>
 * Unlike openHAB, whose pools live as long as its JVM, the stand-in ends its pools' threads when its bundle stops
 * (a demo or test stops the framework and goes on in the same JVM), instead of letting them idle out
 * {@value #THREAD_TIMEOUT} s later.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@Component(configurationPid = ThreadPoolManager.CONFIGURATION_PID)
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";
    public static final String THREAD_POOL_NAME_COMMON = "common";
    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;
    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    private static final Logger LOGGER = LoggerFactory.getLogger(ThreadPoolManager.class);

    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, SharedScheduledPool::new);
        if (pool instanceof ScheduledExecutorService scheduled) {
            return scheduled;
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    public static ExecutorService getPool(String poolName) {
        return pools.computeIfAbsent(poolName, SharedPool::new);
    }

    public static Set<String> getPoolNames() {
        return new HashSet<>(pools.keySet());
    }

    /**
     * Called by Declarative Services when the stand-in's bundle stops: ends every pool and its threads, dropping
     * what is still queued. A pool asked for afterwards is created afresh. Package-private, so that no
     * declaration of openHAB's API changes.
     */
    @Deactivate
    void deactivate() {
        for (String poolName : getPoolNames()) {
            if (pools.remove(poolName) instanceof OwnPool pool) {
                pool.end();
            }
        }
    }

    private static ThreadFactory daemonThreads(String poolName) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "OH-" + poolName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void refuseShutdown(String poolName) {
        LOGGER.warn("shutdown() invoked on a shared thread pool '{}'. This is a bug", poolName,
                new IllegalStateException());
    }

    /** A pool this class made, which only it may end. */
    private interface OwnPool {
        void end();
    }

    /** A shared scheduled pool: callers may not shut it down. */
    private static class SharedScheduledPool extends ScheduledThreadPoolExecutor implements OwnPool {
        private final String poolName;

        SharedScheduledPool(String poolName) {
            super(DEFAULT_THREAD_POOL_SIZE, daemonThreads(poolName));
            this.poolName = poolName;
            setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            allowCoreThreadTimeOut(true);
            setRemoveOnCancelPolicy(true);
        }

        @Override
        public void shutdown() {
            refuseShutdown(poolName);
        }

        @Override
        public List<Runnable> shutdownNow() {
            refuseShutdown(poolName);
            return List.of();
        }

        @Override
        public void end() {
            super.shutdownNow();
        }
    }

    /** A shared pool that queues tasks while all its threads are busy: callers may not shut it down. */
    private static class SharedPool extends ThreadPoolExecutor implements OwnPool {
        private final String poolName;

        SharedPool(String poolName) {
            super(DEFAULT_THREAD_POOL_SIZE, DEFAULT_THREAD_POOL_SIZE, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads(poolName));
            this.poolName = poolName;
            allowCoreThreadTimeOut(true);
        }

        @Override
        public void shutdown() {
            refuseShutdown(poolName);
        }

        @Override
        public List<Runnable> shutdownNow() {
            refuseShutdown(poolName);
            return List.of();
        }

        @Override
        public void end() {
            super.shutdownNow();
        }
    }
}
