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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.Futures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered queue of device work of one thing (rules 1 and 2 of {@link UltraStreamHandler}). A piece of work starts
 * its exchanges and returns their future; the next piece starts once that future is complete. Work added to an idle
 * queue is handed to the executor, except a timer's own work, which starts on the timer's thread (already one of the
 * executor's; starting only sends, it never waits). When work ends, the thread that completed it marks the queue
 * idle if nothing waits, and otherwise hands the next piece to the executor, so that a poll costs no task beyond
 * its timer's and the one that applies its reply. Work waiting in the queue is only an entry in a list. The monitor
 * of this object guards that list and is held for nothing else.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class DeviceQueue {

    /** How much work may wait at most; more is refused, so that a flood of commands cannot fill the memory. */
    static final int MAX_WAITING = 1000;

    /**
     * A piece of work (it starts its exchanges and returns the future of their outcome) and the future its
     * submitter holds.
     */
    private record Entry<T>(@Nullable String key, Supplier<CompletableFuture<T>> work, CompletableFuture<T> result) {

        /** Starts the work unless its submitter gave up on it; the future of its end, whatever the outcome. */
        CompletableFuture<?> run() {
            if (result.isDone()) {
                return result; // cancelled while waiting: nothing to send
            }
            CompletableFuture<T> started = Futures.start(work::get);
            started.whenComplete((value, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(Futures.unwrap(failure));
                } else {
                    result.complete(value);
                }
            });
            return started;
        }
    }

    private final Logger logger = LoggerFactory.getLogger(DeviceQueue.class);
    private final Executor executor;
    private final String thingName;
    // Guarded by this.
    /** Entries in order; the element type is nullable only so that {@code poll()} may say "none". */
    private final Deque<@Nullable Entry<?>> waiting = new ArrayDeque<>();
    private final Set<String> waitingKeys = new HashSet<>();
    private boolean running;
    /** Completes when the running work is over and the queue is idle or the next is handed over; for tests. */
    private CompletableFuture<?> settled = CompletableFuture.completedFuture(null);

    DeviceQueue(Executor executor, String thingName) {
        this.executor = executor;
        this.thingName = thingName;
    }

    /** Adds {@code work} at the end of the queue; the future completes with its outcome. */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> work) {
        return add(new Entry<>(null, work, new CompletableFuture<>()), false);
    }

    /**
     * Adds {@code work} unless work of the same {@code key} already waits (not yet started): that one will do what
     * this one would. Polls and reads are coalesced this way; commands never are.
     */
    <T> void submitUnlessWaiting(String key, Supplier<CompletableFuture<T>> work) {
        add(new Entry<>(key, work, new CompletableFuture<>()), false);
    }

    /**
     * As {@link #submitUnlessWaiting}, for a timer's task on the executor: when the queue is idle, the work starts on
     * this thread instead of in another task. (Commands and REFRESH go through the executor, so that a burst of them
     * is coalesced before the first one starts.)
     */
    <T> void startUnlessWaiting(String key, Supplier<CompletableFuture<T>> work) {
        add(new Entry<>(key, work, new CompletableFuture<>()), true);
    }

    /** The future of the work running now, complete when the queue is idle; lets tests wait for the device. */
    synchronized CompletableFuture<?> settled() {
        return settled;
    }

    private <T> CompletableFuture<T> add(Entry<T> entry, boolean startHere) {
        boolean start = false;
        boolean full;
        synchronized (this) {
            String key = entry.key();
            if (key != null && !waitingKeys.add(key)) {
                return entry.result(); // coalesced into the waiting one
            }
            full = waiting.size() >= MAX_WAITING;
            if (full && key != null) {
                waitingKeys.remove(key);
            } else if (!full) {
                waiting.add(entry);
                start = !running;
                running = true;
            }
        }
        if (full) {
            // WARN: a request is lost; something sends far more than the device can take.
            logger.warn("More than {} requests wait for the encoder {}; one is dropped", MAX_WAITING, thingName);
            entry.result().completeExceptionally(new IllegalStateException(
                    "more than " + MAX_WAITING + " requests wait for the device; this one is dropped"));
        } else if (start && startHere) {
            next();
        } else if (start) {
            handOver();
        }
        return entry.result();
    }

    /** Starts the next entry, or ends the run when none waits. */
    private void next() {
        Entry<?> entry;
        CompletableFuture<@Nullable Void> over = new CompletableFuture<>();
        synchronized (this) {
            Entry<?> first = waiting.poll();
            if (first == null) {
                running = false;
                return;
            }
            entry = first;
            String key = entry.key();
            if (key != null) {
                waitingKeys.remove(key);
            }
            settled = over;
        }
        entry.run().whenComplete((value, failure) -> {
            ended();
            over.complete(null);
        });
    }

    /** Called when the running work is over: idle if nothing waits, else the next piece goes to the executor. */
    private void ended() {
        synchronized (this) {
            if (waiting.isEmpty()) {
                running = false;
                return;
            }
        }
        handOver();
    }

    private void handOver() {
        try {
            executor.execute(this::next);
        } catch (RejectedExecutionException e) {
            // The scheduler is shutting down (openHAB stops): nothing more will run.
            synchronized (this) {
                running = false;
            }
        }
    }
}
