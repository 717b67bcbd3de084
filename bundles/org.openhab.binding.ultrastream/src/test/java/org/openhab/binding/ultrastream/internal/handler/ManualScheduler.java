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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduler whose clock only moves when the test says so. Tasks run in the test's own thread, inside
 * {@link #runDue()} or {@link #advance(long)}, so handler tests need no sleeping. Device exchanges complete on
 * Jetty's threads and hand their results back as tasks; {@link #runDue()} waits for them (bounded) before the clock
 * moves on.
 * <p>
 * One thread at a time runs tasks, but a task runs without holding the scheduler's own monitor: while a task waits
 * (for example for a device exchange held by a test), other threads can still schedule tasks, as on a real
 * scheduler. The tasks they add run in the running {@link #runDue()} or in the next one.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** Held by the thread running tasks, so that tasks never run in two threads at once. */
    private final ReentrantLock runner = new ReentrantLock();
    private final List<Task<?>> tasks = new ArrayList<>();
    private final List<Supplier<CompletableFuture<?>>> followed = new CopyOnWriteArrayList<>();
    /** A test that waits longer than this for the device has failed; it must not hang the build. */
    private static final long MAX_WAIT_SECONDS = 30;
    private volatile long nowMillis;
    private long sequence;

    /**
     * Runs every task due now, including tasks that become due while running (delay 0), and waits for the exchanges
     * in flight of the work it follows ({@link #follow}): their results come back as tasks, which run too. Time
     * stands still meanwhile, so each step of a test sees its exchanges through.
     */
    public void runDue() {
        runner.lock();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_WAIT_SECONDS);
            while (true) {
                Task<?> task;
                while ((task = takeDue()) != null) {
                    task.runOnce();
                    reschedule(task);
                }
                if (!awaitTaskOrSettled(deadline)) {
                    return;
                }
            }
        } finally {
            runner.unlock();
        }
    }

    /** Also waits, in {@link #runDue()}, until the future {@code inFlight} gives is complete. */
    public void follow(Supplier<CompletableFuture<?>> inFlight) {
        followed.add(inFlight);
    }

    /** Waits until a task is due or all followed work is settled; whether there is more to run. */
    private synchronized boolean awaitTaskOrSettled(long deadline) {
        while (true) {
            if (hasDue()) {
                return true;
            }
            if (followed.stream().allMatch(f -> f.get().isDone())) {
                return hasDue();
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                throw new IllegalStateException("work in flight did not settle within " + MAX_WAIT_SECONDS + " s");
            }
            try {
                wait(Math.min(left, 20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private synchronized boolean hasDue() {
        return tasks.stream().anyMatch(t -> t.dueMillis <= nowMillis);
    }

    /** Moves the clock forward step by step to each due task, running it, up to {@code millis} from now. */
    public void advance(long millis) {
        runner.lock();
        try {
            long end;
            synchronized (this) {
                end = nowMillis + millis;
            }
            runDue();
            while (moveToNextDue(end)) {
                runDue();
            }
            synchronized (this) {
                nowMillis = end;
            }
        } finally {
            runner.unlock();
        }
    }

    private synchronized @Nullable Task<?> takeDue() {
        Optional<Task<?>> next = tasks.stream().filter(t -> t.dueMillis <= nowMillis)
                .min(Comparator.<Task<?>>comparingLong(t -> t.dueMillis).thenComparingLong(t -> t.order));
        next.ifPresent(tasks::remove);
        return next.orElse(null);
    }

    private synchronized void reschedule(Task<?> task) {
        if (task.periodMillis > 0 && !task.isCancelled()) {
            task.dueMillis = nowMillis + task.periodMillis;
            task.order = sequence++;
            tasks.add(task);
        }
    }

    /** Sets the clock to the next task due up to {@code end}; false when there is none. */
    private synchronized boolean moveToNextDue(long end) {
        long nextDue = tasks.stream().mapToLong(t -> t.dueMillis).filter(due -> due <= end).min().orElse(-1);
        if (nextDue < 0) {
            return false;
        }
        nowMillis = Math.max(nowMillis, nextDue);
        return true;
    }

    /** Delay until the next pending task, in milliseconds, or -1 when nothing is pending. */
    public synchronized long nextDelayMillis() {
        return tasks.stream().mapToLong(t -> t.dueMillis - nowMillis).min().orElse(-1);
    }

    public synchronized int pendingCount() {
        return tasks.size();
    }

    private synchronized <V> Task<V> add(Callable<V> callable, long delay, TimeUnit unit, long periodMillis) {
        Task<V> task = new Task<>(callable, nowMillis + unit.toMillis(Math.max(0, delay)), periodMillis,
                sequence++);
        tasks.add(task);
        notifyAll();
        return task;
    }

    private synchronized void remove(Task<?> task) {
        tasks.remove(task);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, delay, unit, 0);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, delay, unit, 0);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
            TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, initialDelay, unit, Math.max(1, unit.toMillis(delay)));
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, @Nullable TimeUnit unit) {
        return true;
    }

    private final class Task<V> implements ScheduledFuture<V> {
        private final FutureTask<V> future;
        private final Callable<V> callable;
        private final long periodMillis;
        private long dueMillis;
        private long order;
        private boolean cancelled;

        Task(Callable<V> callable, long dueMillis, long periodMillis, long order) {
            this.callable = callable;
            this.future = new FutureTask<>(callable);
            this.dueMillis = dueMillis;
            this.periodMillis = periodMillis;
            this.order = order;
        }

        void runOnce() {
            if (periodMillis > 0) {
                try {
                    callable.call();
                } catch (Exception e) {
                    // A periodic task that throws is not run again, as with a real ScheduledExecutorService.
                    cancelled = true;
                }
            } else {
                future.run();
            }
        }

        @Override
        public long getDelay(@Nullable TimeUnit unit) {
            return (unit == null ? TimeUnit.MILLISECONDS : unit).convert(dueMillis - nowMillis,
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(@Nullable Delayed other) {
            return other == null
                    ? 1
                    : Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            remove(this);
            return future.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || future.isDone();
        }

        @Override
        public V get() throws InterruptedException, ExecutionException {
            return future.get();
        }

        @Override
        public V get(long timeout, @Nullable TimeUnit unit) throws InterruptedException, ExecutionException {
            return future.get();
        }
    }
}
