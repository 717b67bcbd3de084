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

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.internal.UltraStreamConfiguration;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One initialize/dispose span of a thing: the client and configuration it was initialized with, its connection
 * state, the latest replies, and its timers (polls, retries, the slow settings timer), which only add work to the
 * thing's {@link DeviceQueue}. Rules 3 and 4 of {@link UltraStreamHandler} say how it is used: reports go through
 * {@link #report}, nothing after {@link #close()}; its monitor guards the closed flag and the timers only.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class Span {

    /**
     * The queue work a span's timers add (the handler's connect, poll and slow read), and the delay of the first
     * poll after connecting, given the refresh interval in milliseconds.
     */
    record Jobs(Function<Span, CompletableFuture<@Nullable Void>> connect,
            Function<Span, CompletableFuture<@Nullable Void>> poll,
            Function<Span, CompletableFuture<@Nullable Void>> readSettings, LongUnaryOperator firstPoll) {
    }
    private final Logger logger = LoggerFactory.getLogger(Span.class);

    final UltraStreamClient client;
    final UltraStreamConfiguration config;
    /** The UIDs of the thing's channels, built once each. */
    final ChannelUids channelUids;
    /** Channels that REFRESH commands asked to read and publish again. */
    final Set<String> wantedReads = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor;
    private final BatchedTimers timers;
    private final DeviceQueue queue;
    private final Jobs jobs;
    private final String keyPrefix = Integer.toHexString(System.identityHashCode(this)) + ":";
    private final String pollKey = key("poll");

    // Read by any thread.
    volatile boolean online;
    volatile boolean rebootExpected;
    volatile @Nullable DeviceStatus latestStatus;
    volatile @Nullable DeviceSettings latestSettings;
    volatile @Nullable DeviceInfo latestInfo;

    // Only queue work reads and writes these.
    boolean connected;
    int failures;
    final Map<String, State> publishedStates = new HashMap<>();
    /** Whether every state of the last mapped get-status is published: none was forgotten since (see below). */
    private boolean statusPublished;
    private @Nullable DeviceInfo infoMapped;
    private @Nullable DeviceSettings settingsMapped;
    /** The ids of the run-time channels the last reply wanted; null before the first. */
    @Nullable
    Set<String> dynamicChannelIds;
    /** The text of the thing status last reported, or null for none yet. */
    @Nullable
    String lastStatusText;

    // Guarded by this.
    private boolean closed;
    private BatchedTimers.@Nullable Timer pollJob;
    private @Nullable ScheduledFuture<?> retryJob;
    private BatchedTimers.@Nullable Timer settingsJob;

    Span(UltraStreamClient client, UltraStreamConfiguration config, ChannelUids channelUids,
            ScheduledExecutorService executor, BatchedTimers timers, DeviceQueue queue, Jobs jobs) {
        this.client = client;
        this.config = config;
        this.channelUids = channelUids;
        this.executor = executor;
        this.timers = timers;
        this.queue = queue;
        this.jobs = jobs;
    }

    /**
     * Whether mapping {@code status} would publish nothing new: the client gave the latest reply again (the device
     * repeated it apart from its clock), the info and settings are those it was mapped with, and no published state
     * was forgotten since. Most polls of an idle encoder are such; mapping and comparing every channel's state again
     * was the largest part of a poll's own CPU, since a thing's states are cold in memory a second later.
     */
    boolean repeatsMapped(DeviceStatus status) {
        return statusPublished && infoMapped == latestInfo && settingsMapped == latestSettings
                && status == latestStatus;
    }

    /** The latest get-status reply was mapped with the latest info and settings, and its states published. */
    void statusMapped() {
        statusPublished = true;
        infoMapped = latestInfo;
        settingsMapped = latestSettings;
    }

    /** Forgets that a channel's state was published, so that it is published on the next reply, changed or not. */
    void forget(String channelId) {
        publishedStates.remove(channelId);
        statusPublished = false;
    }

    void forgetAll() {
        publishedStates.clear();
        statusPublished = false;
    }

    /** A key for work of this span that is coalesced while it waits in the queue. */
    String key(String what) {
        return keyPrefix + what;
    }

    /** Runs a callback into openHAB, unless the span is closed. */
    synchronized void report(Runnable callback) {
        if (!closed) {
            callback.run();
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** Adds a connect to the queue, unless one waits already. */
    void connectSoon() {
        queue.submitUnlessWaiting(key("connect"), () -> jobs.connect().apply(this));
    }

    /**
     * Polls every refresh interval from now on, each poll a piece of queue work, the first after
     * {@link Jobs#firstPoll}.
     */
    synchronized void startPolling() {
        cancel(pollJob);
        long millis = TimeUnit.SECONDS.toMillis(Math.max(1, config.refreshInterval));
        long phase = jobs.firstPoll().applyAsLong(millis);
        pollJob = closed
                ? null
                : timers.every(phase, millis,
                        safely(() -> queue.startUnlessWaiting(pollKey, () -> jobs.poll().apply(this))));
    }

    /** Stops polling and connects again after {@code delay}. */
    synchronized void retryIn(Duration delay) {
        cancel(pollJob);
        cancel(retryJob);
        pollJob = null;
        retryJob = closed
                ? null
                : executor.schedule(safely(this::connectSoon), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Re-reads get-info, get-settings and the snapshot every {@code settingsRefreshInterval}, unless it is 0. */
    synchronized void startSettingsTimer() {
        long millis = TimeUnit.SECONDS.toMillis(config.settingsRefreshInterval);
        if (millis > 0 && !closed) {
            settingsJob = timers.every(millis, millis, safely(
                    () -> queue.startUnlessWaiting(key("settings"), () -> jobs.readSettings().apply(this))));
        }
    }

    /** Ends the span: nothing more is reported or scheduled, the timers stop. */
    synchronized void close() {
        closed = true;
        online = false;
        cancel(pollJob);
        cancel(retryJob);
        cancel(settingsJob);
    }

    /** A timer's job that nothing it throws can end: logged once, stack trace at debug, and the timer goes on. */
    private Runnable safely(Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                // WARN: a bug of this binding, to be reported.
                logger.warn("Unexpected failure in a timer of {}: {}", client.options().host(), e.toString());
                logger.debug("Stack trace of that failure", e);
            }
        };
    }

    private static void cancel(@Nullable ScheduledFuture<?> job) {
        if (job != null) {
            job.cancel(false);
        }
    }

    private static void cancel(BatchedTimers.@Nullable Timer job) {
        if (job != null) {
            job.cancel();
        }
    }
}
