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

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: shared, named thread pools of daemon threads named {@code OH-<pool>-<n>}. As in openHAB, pools are
 * created on first use with {@value #DEFAULT_THREAD_POOL_SIZE} threads, idle threads time out, a scheduled task that
 * ends with an exception is logged at WARN, and every call hands out a new wrapper around the shared pool that
 * refuses {@code shutdown()} with a warning (callers must cancel their own tasks instead). Like openHAB's, the
 * wrapper is a {@link ThreadPoolExecutor} (openHAB needs that type for its pool metrics) but never a
 * {@link ScheduledThreadPoolExecutor}: it reports the pool's active, completed, core and current thread counts and
 * the size of its queue, while its {@link #getQueue()} cannot be iterated or drained. Like in openHAB, this class
 * carries no nullness default. Pool sizes cannot be configured here.
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
            return new UnstoppableScheduledPool(poolName, scheduled);
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    public static ExecutorService getPool(String poolName) {
        return new UnstoppablePool<>(poolName, pools.computeIfAbsent(poolName, SharedPool::new));
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
            if (pools.remove(poolName) instanceof ThreadPoolExecutor pool) {
                pool.shutdownNow();
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

    /** The shared scheduled pool behind the wrappers; only {@link #deactivate()} shuts it down. */
    private static class SharedScheduledPool extends ScheduledThreadPoolExecutor {

        SharedScheduledPool(String poolName) {
            super(DEFAULT_THREAD_POOL_SIZE, daemonThreads(poolName));
            setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            allowCoreThreadTimeOut(true);
            setRemoveOnCancelPolicy(true);
        }

        /** A task that failed is logged, as openHAB's scheduled pools do; a periodic task is done only then. */
        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            super.afterExecute(task, thrown);
            Throwable failure = thrown;
            if (failure == null && task instanceof Future<?> future && future.isDone() && !future.isCancelled()) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (CancellationException e) {
                    // cancelled in the meantime: nothing failed
                }
            }
            if (failure != null) {
                LOGGER.warn("Scheduled runnable ended with an exception: ", failure);
            }
        }
    }

    /** The shared pool behind the wrappers, queueing tasks while all its threads are busy. */
    private static class SharedPool extends ThreadPoolExecutor {

        SharedPool(String poolName) {
            super(DEFAULT_THREAD_POOL_SIZE, DEFAULT_THREAD_POOL_SIZE, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads(poolName));
            allowCoreThreadTimeOut(true);
        }
    }

    /**
     * What callers get: a view of a shared pool that passes work on and refuses to shut it down. It is a
     * {@link ThreadPoolExecutor} only for its type; its own (unused) threads and queue are replaced by the shared
     * pool's figures.
     */
    private static class UnstoppablePool<P extends ExecutorService> extends ThreadPoolExecutor {

        protected final P delegate;
        private final String poolName;

        UnstoppablePool(String poolName, P delegate) {
            super(0, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
            this.poolName = poolName;
            this.delegate = delegate;
        }

        @Override
        public void shutdown() {
            refuseShutdown("shutdown()");
        }

        @Override
        public List<Runnable> shutdownNow() {
            refuseShutdown("shutdownNow()");
            return List.of();
        }

        private void refuseShutdown(String call) {
            LOGGER.warn("{} invoked on a shared thread pool '{}'. This is a bug", call, poolName,
                    new IllegalStateException());
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(command);
        }

        @Override
        public <T> Future<T> submit(Callable<T> task) {
            return delegate.submit(task);
        }

        @Override
        public <T> Future<T> submit(Runnable task, T result) {
            return delegate.submit(task, result);
        }

        @Override
        public Future<?> submit(Runnable task) {
            return delegate.submit(task);
        }

        @Override
        public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks)
                throws InterruptedException {
            return delegate.invokeAll(tasks);
        }

        @Override
        public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout,
                TimeUnit unit) throws InterruptedException {
            return delegate.invokeAll(tasks, timeout, unit);
        }

        @Override
        public <T> T invokeAny(Collection<? extends Callable<T>> tasks)
                throws InterruptedException, ExecutionException {
            return delegate.invokeAny(tasks);
        }

        @Override
        public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout,
                TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.invokeAny(tasks, timeout, unit);
        }

        private ThreadPoolExecutor pool() {
            return (ThreadPoolExecutor) delegate;
        }

        @Override
        public long getCompletedTaskCount() {
            return pool().getCompletedTaskCount();
        }

        @Override
        public int getActiveCount() {
            return pool().getActiveCount();
        }

        @Override
        public int getMaximumPoolSize() {
            return pool().getMaximumPoolSize();
        }

        @Override
        public int getCorePoolSize() {
            return pool().getCorePoolSize();
        }

        @Override
        public int getPoolSize() {
            return pool().getPoolSize();
        }

        /** Reports the shared queue's size and remaining capacity; holds nothing itself. */
        @Override
        public BlockingQueue<Runnable> getQueue() {
            BlockingQueue<Runnable> shared = pool().getQueue();
            return new ArrayBlockingQueue<>(1) {
                private static final long serialVersionUID = 1L;

                @Override
                public int size() {
                    return shared.size();
                }

                @Override
                public int remainingCapacity() {
                    return shared.remainingCapacity();
                }
            };
        }
    }

    /** The scheduled variant of {@link UnstoppablePool}. */
    private static class UnstoppableScheduledPool extends UnstoppablePool<ScheduledExecutorService>
            implements
                ScheduledExecutorService {

        UnstoppableScheduledPool(String poolName, ScheduledExecutorService delegate) {
            super(poolName, delegate);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return delegate.schedule(command, delay, unit);
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            return delegate.schedule(callable, delay, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
                TimeUnit unit) {
            return delegate.scheduleAtFixedRate(command, initialDelay, period, unit);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                TimeUnit unit) {
            return delegate.scheduleWithFixedDelay(command, initialDelay, delay, unit);
        }
    }
}
