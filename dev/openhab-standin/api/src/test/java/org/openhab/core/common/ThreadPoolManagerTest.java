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

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The stand-in's pools: callers cannot shut them down, but stopping the stand-in's bundle (the component's
 * deactivation) ends them and their threads at once.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ThreadPoolManagerTest {

    @Test
    void aCallerCannotShutASharedPoolDown() throws Exception {
        ExecutorService pool = ThreadPoolManager.getScheduledPool("standin-test-refused");

        pool.shutdown();
        pool.shutdownNow();

        assertFalse(pool.isShutdown());
        assertEquals("ran", pool.submit(() -> "ran").get(5, TimeUnit.SECONDS));
    }

    @Test
    void deactivationEndsEveryPoolAndItsThreads() throws Exception {
        Thread scheduledThread = threadOf(ThreadPoolManager.getScheduledPool("standin-test-scheduled"));
        Thread queueingThread = threadOf(ThreadPoolManager.getPool("standin-test-queueing"));
        assertTrue(scheduledThread.isAlive() && queueingThread.isAlive(), "idle pool threads wait for work");

        new ThreadPoolManager().deactivate();

        scheduledThread.join(TimeUnit.SECONDS.toMillis(5));
        queueingThread.join(TimeUnit.SECONDS.toMillis(5));
        assertFalse(scheduledThread.isAlive(), scheduledThread.getName());
        assertFalse(queueingThread.isAlive(), queueingThread.getName());
        assertTrue(ThreadPoolManager.getPoolNames().isEmpty(),
                () -> "still there: " + ThreadPoolManager.getPoolNames());
        Thread fresh = threadOf(ThreadPoolManager.getScheduledPool("standin-test-scheduled"));
        assertNotSame(scheduledThread, fresh, "a pool asked for afterwards is a new one");
    }

    /** The pool thread that runs a task. */
    private static Thread threadOf(ExecutorService pool) throws Exception {
        CompletableFuture<Thread> thread = new CompletableFuture<>();
        pool.execute(() -> thread.complete(Thread.currentThread()));
        return thread.get(5, TimeUnit.SECONDS);
    }
}
