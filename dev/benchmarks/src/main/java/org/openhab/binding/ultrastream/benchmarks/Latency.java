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

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.INPUT_SIGNAL;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.RECORDING_ACTIVE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * Latencies of the binding on the real clock and openHAB's shared scheduler, with devices in this JVM:
 * <ul>
 * <li>a change on the device (input signal lost or back, at a random moment) to the {@code stateUpdated} of
 * {@code input#signal}, with every device polled at a 1 s refresh;</li>
 * <li>a command ({@code recording#active} ON or OFF) to the {@code stateUpdated} that confirms it, against two
 * round trips (the median of a get-status round trip measured alongside).</li>
 * </ul>
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Latency {

    private static final String AREA = "Latency";
    private static final int REFRESH_SECONDS = 1;
    private static final long WAIT_SECONDS = 10;

    private Latency() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        HttpClient http = Loopback.httpClient();
        UltraStreamStateDescriptionProvider descriptions = BindingThing.descriptions();
        List<BindingThing> things = new ArrayList<>();
        try (UltraStreamEmulator emulator = Loopback.devices(settings.latencyDevices())) {
            for (EmulatedDevice d : emulator.devices()) {
                things.add(new BindingThing(http, descriptions, "latency" + things.size(), d.httpPort(),
                        REFRESH_SECONDS, 300));
            }
            awaitOnline(things);
            Stats change = statusChange(emulator.devices(), things, settings.latencySamples());
            table.add(AREA, "device change -> stateUpdated, refresh 1 s", change.describe(), "interval 1000 ms",
                    "p99 <= 1020 ms", Verdict.of(change.count() > 0 && change.p99Millis() <= 1000 + 20));

            int commandSamples = Math.max(2, settings.latencySamples() / 4);
            Stats roundTrip = roundTrip(http, emulator.device().httpPort(), commandSamples);
            Stats command = command(things.get(0), commandSamples);
            double limit = 2 * roundTrip.medianMillis() + 10;
            table.add(AREA, "command -> confirmed state", command.describe(),
                    "round trip " + roundTrip.describe(), "median <= 2 RTT + 10 ms (" + Table.num(limit, 1) + ")",
                    Verdict.of(command.count() > 0 && command.medianMillis() <= limit));
        } finally {
            things.forEach(BindingThing::close);
            Loopback.stop(http);
        }
    }

    static void awaitOnline(List<BindingThing> things) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (BindingThing t : things) {
            while (!t.isOnline()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("a thing did not go ONLINE within 30 s");
                }
                Thread.sleep(20);
            }
        }
    }

    /** One sampler thread per device: wait a random part of the interval, flip the signal, time the update. */
    private static Stats statusChange(List<EmulatedDevice> devices, List<BindingThing> things, int samples)
            throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        int perDevice = Math.max(1, samples / devices.size());
        List<Thread> samplers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < devices.size(); i++) {
            EmulatedDevice device = devices.get(i);
            BindingThing thing = things.get(i);
            Thread t = new Thread(() -> {
                try {
                    sampleSignal(device, thing, perDevice, nanos);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "latency-sampler-" + i);
            t.setDaemon(true);
            samplers.add(t);
            t.start();
        }
        for (Thread t : samplers) {
            t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS * (perDevice + 1)));
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("status-change sampling failed", failures.get(0));
        }
        return Stats.ofNanos(nanos);
    }

    private static void sampleSignal(EmulatedDevice device, BindingThing thing, int count, List<Long> nanos)
            throws Exception {
        ChannelUID signal = thing.channel(INPUT_SIGNAL);
        boolean present = true;
        for (int n = 0; n < count; n++) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(REFRESH_SECONDS * 1000L));
            present = !present;
            CompletableFuture<Long> seen = awaitState(thing, signal, null);
            long start = System.nanoTime();
            device.setSignalPresent(present);
            nanos.add(seen.get(WAIT_SECONDS, TimeUnit.SECONDS) - start);
            thing.events().setListener(null);
        }
        if (!present) { // leave the signal on: the command latency records, which needs a signal
            CompletableFuture<Long> seen = awaitState(thing, signal, null);
            device.setSignalPresent(true);
            seen.get(WAIT_SECONDS, TimeUnit.SECONDS);
            thing.events().setListener(null);
        }
    }

    /** Completes with the arrival time of the next update of {@code channel} (to {@code expected}, if given). */
    private static CompletableFuture<Long> awaitState(BindingThing thing, ChannelUID channel,
            @Nullable State expected) {
        CompletableFuture<Long> seen = new CompletableFuture<>();
        thing.events().setListener((uid, state, at) -> {
            if (uid.equals(channel) && (expected == null || expected.equals(state))) {
                seen.complete(at);
            }
        });
        return seen;
    }

    private static Stats command(BindingThing thing, int count) throws Exception {
        ChannelUID active = thing.channel(RECORDING_ACTIVE);
        List<Long> nanos = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(200));
            OnOffType command = n % 2 == 0 ? OnOffType.ON : OnOffType.OFF;
            CompletableFuture<Long> seen = awaitState(thing, active, command);
            long start = System.nanoTime();
            thing.handler().handleCommand(active, command);
            nanos.add(seen.get(WAIT_SECONDS, TimeUnit.SECONDS) - start);
            thing.events().setListener(null);
        }
        return Stats.ofNanos(nanos);
    }

    /** Round trips of get-status through the client, on a client of its own. */
    private static Stats roundTrip(HttpClient http, int port, int count) throws Exception {
        UltraStreamClient client = new UltraStreamClient(http, Loopback.clientOptions(port));
        client.loginAsync().join();
        List<Long> nanos = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            long start = System.nanoTime();
            client.getStatusAsync().join();
            nanos.add(System.nanoTime() - start);
        }
        client.logoutAsync().join();
        return Stats.ofNanos(nanos);
    }
}
