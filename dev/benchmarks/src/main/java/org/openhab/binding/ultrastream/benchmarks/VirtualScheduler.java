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
package org.openhab.binding.ultrastream.benchmarks;

import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduler on virtual time: tasks run in the caller's thread when {@link #advance(long)} moves the clock past
 * their due time. It lets the request budget cover ten minutes of a binding's life in a second, with the requests
 * themselves real (over loopback). Fixed rate and fixed delay are the same here, as the clock does not move while a
 * task runs.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long nowMillis;
    private long sequence;
    private boolean shutdown;

    /** Virtual milliseconds since start. */
    public synchronized long nowMillis() {
        return nowMillis;
    }

    /** Runs every task due within the next {@code millis} virtual milliseconds, in due order, then sets the clock. */
    public void advance(long millis) {
        long end;
        synchronized (this) {
            end = nowMillis + millis;
        }
        while (true) {
            Task<?> task;
            synchronized (this) {
                Task<?> next = queue.peek();
                if (next == null || next.dueMillis > end) {
                    nowMillis = end;
                    return;
                }
                queue.poll();
                nowMillis = Math.max(nowMillis, next.dueMillis);
                task = next;
            }
            task.runOnce();
            synchronized (this) {
                if (task.periodMillis > 0 && !task.isDone()) {
                    task.dueMillis = nowMillis + task.periodMillis;
                    task.order = sequence++;
                    queue.add(task);
                }
            }
        }
    }

    private synchronized <V> ScheduledFuture<V> add(Callable<V> callable, long delay, long period, TimeUnit unit) {
        Task<V> task = new Task<>(callable, nowMillis + unit.toMillis(Math.max(0, delay)), unit.toMillis(period),
                sequence++);
        if (!shutdown) {
            queue.add(task);
        }
        return task;
    }

    private synchronized void remove(Task<?> task) {
        queue.remove(task);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, delay, 0, unit);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(callable, delay, 0, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return add(() -> {
            command.run();
            return null;
        }, initialDelay, Math.max(1, period), unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
            TimeUnit unit) {
        return scheduleAtFixedRate(command, initialDelay, delay, unit);
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        queue.clear();
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, @Nullable TimeUnit unit) {
        return isTerminated();
    }

    /** A task with its virtual due time; periodic tasks run again and again until cancelled. */
    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        long dueMillis;
        final long periodMillis;
        long order;

        Task(Callable<V> callable, long dueMillis, long periodMillis, long order) {
            super(callable);
            this.dueMillis = dueMillis;
            this.periodMillis = periodMillis;
            this.order = order;
        }

        void runOnce() {
            if (periodMillis > 0) {
                runAndReset();
            } else {
                run();
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            remove(this);
            return cancelled;
        }

        @Override
        public long getDelay(@Nullable TimeUnit unit) {
            long delay;
            synchronized (VirtualScheduler.this) {
                delay = dueMillis - nowMillis;
            }
            return (unit == null ? TimeUnit.MILLISECONDS : unit).convert(delay, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(@Nullable Delayed other) {
            if (!(other instanceof Task<?> o)) {
                return 0;
            }
            int byDue = Long.compare(dueMillis, o.dueMillis);
            return byDue != 0 ? byDue : Long.compare(order, o.order);
        }
    }
}
