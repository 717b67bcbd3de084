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

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * Requests and bytes per device per minute in steady state, counted by the emulator (requests) and by a
 * {@link CountingProxy} (bytes), over minutes of {@link VirtualScheduler} time: the binding at its default
 * intervals and at a 1 s refresh, the common approach of other tools (get-status and get-settings every second),
 * and the floor (get-status every second, nothing else).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RequestBudget {

    private static final String AREA = "Request budget";
    private static final int DEFAULT_REFRESH = 5;
    private static final int DEFAULT_SETTINGS_REFRESH = 300;
    private static final double TARGET_RATIO = 0.5;

    /** Requests and bytes (both ways) per minute. */
    record Traffic(double requests, double bytes) {
    }

    /** Something polled on the virtual scheduler. */
    @FunctionalInterface
    interface Poller {
        /** Starts polling on {@code scheduler} against {@code port}; returns what stops it. */
        AutoCloseable start(VirtualScheduler scheduler, HttpClient http, int port) throws Exception;
    }

    private RequestBudget() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        int minutes = settings.budgetMinutes();
        Traffic common = measure(minutes, RequestBudget::commonApproach);
        Traffic floor = measure(minutes, RequestBudget::floor);
        Traffic binding = measure(minutes, binding(DEFAULT_REFRESH, DEFAULT_SETTINGS_REFRESH));
        Traffic bindingAt1s = measure(minutes, binding(1, DEFAULT_SETTINGS_REFRESH));
        Traffic bindingAt1sNoSlowTimer = measure(minutes, binding(1, 0));

        String reference = "common " + Table.num(common.requests(), 1) + "/min";
        double ratio = binding.requests() / common.requests();
        table.add(AREA, "requests/device/min, defaults (refresh 5 s, settings 300 s)",
                Table.num(binding.requests(), 1) + " (" + Table.num(ratio, 3) + "x)", reference, "<= 0.5x common",
                Verdict.of(ratio <= TARGET_RATIO));
        double ratio1s = bindingAt1s.requests() / common.requests();
        table.add(AREA, "requests/device/min, refresh 1 s (settings 300 s)",
                Table.num(bindingAt1s.requests(), 1) + " (" + Table.num(ratio1s, 3) + "x)", reference,
                "<= 0.5x common", Verdict.of(ratio1s <= TARGET_RATIO));
        double ratioNoSlowTimer = bindingAt1sNoSlowTimer.requests() / common.requests();
        table.add(AREA, "requests/device/min, refresh 1 s, settings 0 (start and changes only)",
                Table.num(bindingAt1sNoSlowTimer.requests(), 1) + " (" + Table.num(ratioNoSlowTimer, 3) + "x)",
                reference, "<= 0.5x common", Verdict.of(ratioNoSlowTimer <= TARGET_RATIO));
        table.info("Poll cost", "wire bytes/device/min, defaults", PollCost.kilobytes(binding.bytes()),
                "common " + PollCost.kilobytes(common.bytes()));
        table.info("Poll cost", "wire bytes/device/min, refresh 1 s", PollCost.kilobytes(bindingAt1s.bytes()),
                "floor " + PollCost.kilobytes(floor.bytes()) + " (" + Table.num(floor.requests(), 1) + " req/min)");
    }

    /** Runs {@code poller} against a fresh device for {@code minutes} of virtual time after its first minute. */
    static Traffic measure(int minutes, Poller poller) throws Exception {
        HttpClient http = Loopback.httpClient();
        try (UltraStreamEmulator emulator = Loopback.devices(1);
                CountingProxy proxy = new CountingProxy(emulator.device().httpPort())) {
            EmulatedDevice device = emulator.device();
            VirtualScheduler scheduler = new VirtualScheduler();
            try (AutoCloseable running = poller.start(scheduler, http, proxy.port())) {
                scheduler.advance(TimeUnit.MINUTES.toMillis(1)); // start-up: login and first reads
                device.resetRequestCounts();
                proxy.resetCounts();
                long before = scheduler.nowMillis();
                scheduler.advance(TimeUnit.MINUTES.toMillis(minutes));
                double elapsedMinutes = (scheduler.nowMillis() - before) / 60_000.0;
                return new Traffic(device.totalRequestCount() / elapsedMinutes,
                        (proxy.bytesSent() + proxy.bytesReceived()) / elapsedMinutes);
            }
        } finally {
            Loopback.stop(http);
        }
    }

    /** The binding's handler with the given intervals. */
    static Poller binding(int refreshSeconds, int settingsRefreshSeconds) {
        return (scheduler, http, port) -> {
            ThreadPools.replace(ThreadPools.THING_HANDLER, scheduler);
            BindingThing thing;
            try {
                thing = new BindingThing(http, BindingThing.descriptions(), "budget", port, refreshSeconds,
                        settingsRefreshSeconds);
                scheduler.follow(thing.handler()::queueSettled);
            } finally {
                ThreadPools.restore(ThreadPools.THING_HANDLER);
            }
            return thing;
        };
    }

    /** What other tools do: get-status and get-settings, every second. */
    static AutoCloseable commonApproach(VirtualScheduler scheduler, HttpClient http, int port) {
        UltraStreamClient client = new UltraStreamClient(http, Loopback.clientOptions(port));
        return cancelling(scheduler.scheduleAtFixedRate(() -> {
            try {
                client.getStatusAsync().join();
                client.getSettingsAsync().join();
            } catch (CompletionException e) {
                throw new IllegalStateException("common approach failed: " + e.getMessage(), e);
            }
        }, 0, 1, TimeUnit.SECONDS));
    }

    /** The floor: get-status every second into a Gson tree. */
    static AutoCloseable floor(VirtualScheduler scheduler, HttpClient http, int port) throws Exception {
        RawPoller raw = new RawPoller(http, port);
        return cancelling(scheduler.scheduleAtFixedRate(() -> {
            try {
                raw.poll();
            } catch (Exception e) {
                throw new IllegalStateException("floor poll failed: " + e.getMessage(), e);
            }
        }, 0, 1, TimeUnit.SECONDS));
    }

    private static AutoCloseable cancelling(java.util.concurrent.Future<?> future) {
        return () -> future.cancel(false);
    }
}
