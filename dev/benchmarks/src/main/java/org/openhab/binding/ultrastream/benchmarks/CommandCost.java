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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;

/**
 * Requests one channel command costs, counted at the emulator: the binding's handler on the virtual scheduler, with
 * polling and the slow timer out of the way, sends one command and reads back what it changed. Each figure is
 * printed beside the one measured before the command path was redesigned (issue 13).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CommandCost {

    private static final String AREA = "Requests per command";
    /** So long that no poll falls inside a measurement. */
    private static final int REFRESH_SECONDS = 3600;

    /** A command, and what it cost before the redesign (commit 28b3933, same measurement). */
    private record Case(String label, String channel, Command command, int before) {
    }

    private static final Case[] CASES = { //
            new Case("recording on", UltraStreamBindingConstants.RECORDING_ACTIVE, OnOffType.ON, 3),
            new Case("recording off", UltraStreamBindingConstants.RECORDING_ACTIVE, OnOffType.OFF, 2),
            new Case("stream change (rec-stream SUB)", UltraStreamBindingConstants.ENCODING_REC_STREAM,
                    new StringType("SUB"), 5),
            new Case("video change (main-bitrate 2048)", "encoding#main-bitrate", new DecimalType(2048), 5) };

    private CommandCost() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        for (Map.Entry<Case, Integer> cost : measure().entrySet()) {
            Case c = cost.getKey();
            table.info(AREA, c.label(), Integer.toString(cost.getValue()), "before " + c.before());
        }
    }

    /** Requests each case cost, in order. */
    static Map<Case, Integer> measure() throws Exception {
        Map<Case, Integer> costs = new LinkedHashMap<>();
        HttpClient http = Loopback.httpClient();
        try (UltraStreamEmulator emulator = Loopback.devices(1)) {
            EmulatedDevice device = emulator.device();
            VirtualScheduler scheduler = new VirtualScheduler();
            ThreadPools.replace(ThreadPools.THING_HANDLER, scheduler);
            BindingThing thing;
            try {
                thing = new BindingThing(http, BindingThing.descriptions(), "cost", device.httpPort(),
                        REFRESH_SECONDS, 0);
                scheduler.follow(thing.handler()::queueSettled);
            } finally {
                ThreadPools.restore(ThreadPools.THING_HANDLER);
            }
            try (thing) {
                scheduler.advance(TimeUnit.SECONDS.toMillis(1));
                if (!thing.isOnline()) {
                    throw new IllegalStateException("the thing did not go online");
                }
                for (Case c : CASES) {
                    device.resetRequestCounts();
                    thing.handler().handleCommand(thing.channel(c.channel()), c.command());
                    scheduler.advance(TimeUnit.SECONDS.toMillis(1));
                    costs.put(c, device.totalRequestCount());
                }
            }
        } finally {
            Loopback.stop(http);
        }
        return costs;
    }
}
