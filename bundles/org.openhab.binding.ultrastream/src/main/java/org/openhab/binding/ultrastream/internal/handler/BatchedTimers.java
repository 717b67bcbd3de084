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
package org.openhab.binding.ultrastream.internal.handler;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic timers of all things of the binding (their polls and settings reads), run in shared scheduler
 * tasks: a job joins a task of its period that runs at most {@link #BATCH_MILLIS} before the job's own first time,
 * or gets a task of its own. So a thousand things polled every second take some fifty timer tasks a second instead
 * of a thousand.
 * <p>
 * Why: each task on openHAB's scheduler wakes one of its threads, and a thread that wakes and sleeps again costs
 * more CPU than starting a poll. With a timer per thing, those wake-ups were most of the binding's CPU at scale
 * ({@code docs/benchmarks.md}, issue 20). With one thing, or things whose times are far apart, nothing changes: each
 * job has a task of its own, exactly at its time.
 * <p>
 * A job's times are a fixed rate from its first, so the first's being early does not add up. The time of a shared
 * task is read from the task itself ({@link ScheduledFuture#getDelay}), so any scheduler, virtual ones included,
 * keeps the time. Everything here is guarded by this object's monitor except running the jobs, which the tasks do
 * on the copy-on-write list of their jobs.
 */
@NonNullByDefault
public final class BatchedTimers {

    /** How much earlier than its own first time a job may start, to share a task. */
    static final long BATCH_MILLIS = 50;

    private final Logger logger = LoggerFactory.getLogger(BatchedTimers.class);
    private final ScheduledExecutorService scheduler;
    // Guarded by this.
    private final List<Task> tasks = new ArrayList<>();

    /** A job that runs periodically until cancelled. */
    public interface Timer {
        void cancel();
    }

    /** One scheduler task and the jobs it runs. */
    private final class Task implements Runnable {
        final long periodMillis;
        final List<Runnable> jobs = new CopyOnWriteArrayList<>();
        @Nullable
        ScheduledFuture<?> future;

        Task(long periodMillis) {
            this.periodMillis = periodMillis;
        }

        @Override
        public void run() {
            for (Runnable job : jobs) {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    // A job of another thing must still run, and this task again: a periodic task that throws is
                    // never run again. WARN: a bug of this binding, to be reported.
                    logger.warn("Unexpected failure in a timer: {}", e.toString());
                    logger.debug("Stack trace of that failure", e);
                }
            }
        }

        /** Milliseconds until this task runs next. */
        long delayMillis() {
            ScheduledFuture<?> f = future;
            return f == null ? Long.MAX_VALUE : f.getDelay(TimeUnit.MILLISECONDS);
        }
    }

    public BatchedTimers(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Runs {@code job} every {@code periodMillis}, the first time after {@code delayMillis} or at most
     * {@link #BATCH_MILLIS} before.
     */
    public synchronized Timer every(long delayMillis, long periodMillis, Runnable job) {
        Task task = null;
        for (Task candidate : tasks) {
            long early = delayMillis - candidate.delayMillis();
            if (candidate.periodMillis == periodMillis && early >= 0 && early <= BATCH_MILLIS) {
                task = candidate;
                break;
            }
        }
        if (task == null) {
            task = new Task(periodMillis);
            task.future = scheduler.scheduleAtFixedRate(task, Math.max(0, delayMillis), periodMillis,
                    TimeUnit.MILLISECONDS);
            tasks.add(task);
        }
        Task joined = task;
        joined.jobs.add(job);
        return () -> cancel(joined, job);
    }

    private synchronized void cancel(Task task, Runnable job) {
        task.jobs.remove(job);
        if (task.jobs.isEmpty() && tasks.remove(task)) {
            ScheduledFuture<?> f = task.future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    /** How many scheduler tasks run the jobs now; for tests and the benchmarks. */
    public synchronized int taskCount() {
        return tasks.size();
    }
}
