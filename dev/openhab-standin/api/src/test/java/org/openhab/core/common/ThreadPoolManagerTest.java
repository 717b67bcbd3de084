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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
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
    void eachCallHandsOutANewWrapperThatIsAThreadPoolExecutorButNotAScheduledOne() throws Exception {
        ScheduledExecutorService first = ThreadPoolManager.getScheduledPool("standin-test-wrapper");
        ScheduledExecutorService second = ThreadPoolManager.getScheduledPool("standin-test-wrapper");

        assertNotSame(first, second);
        assertFalse(first instanceof ScheduledThreadPoolExecutor, first.getClass().getName());
        ThreadPoolExecutor figures = assertInstanceOf(ThreadPoolExecutor.class, first);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        first.execute(() -> {
            running.countDown();
            awaitQuietly(release);
        });
        ScheduledFuture<?> later = second.schedule(() -> {
        }, 1, TimeUnit.HOURS);
        assertTrue(running.await(5, TimeUnit.SECONDS));

        // the wrapper reports the shared pool's figures, as openHAB's does for its metrics
        assertTrue(figures.getActiveCount() >= 1, "the running task counts"); // a starting thread may, too
        assertEquals(1, figures.getQueue().size());
        assertFalse(figures.getQueue().iterator().hasNext(), "the queue cannot be walked through the wrapper");
        later.cancel(false);
        release.countDown();
        assertEquals("OH-standin-test-wrapper-", threadOf(first).getName().replaceAll("\\d+$", ""));
    }

    @Test
    void aScheduledTaskThatFailsIsLoggedAtWarn() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ScheduledFuture<?> failed = ThreadPoolManager.getScheduledPool("standin-test-failing").schedule(() -> {
                throw new IllegalStateException("task failed");
            }, 1, TimeUnit.MILLISECONDS);
            assertThrows(ExecutionException.class, () -> failed.get(5, TimeUnit.SECONDS));
            // the pool logs after the task's future completed: wait for the line, within a bound
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!err.toString(StandardCharsets.UTF_8).contains("task failed") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            System.setErr(originalErr);
        }
        String logged = err.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("WARN") && logged.contains("IllegalStateException: task failed"), logged);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
