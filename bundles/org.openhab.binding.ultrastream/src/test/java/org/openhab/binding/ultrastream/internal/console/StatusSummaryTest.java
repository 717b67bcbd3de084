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
package org.openhab.binding.ultrastream.internal.console;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.Await.await;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ENCODER;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.internal.action.EmulatedEncoder;
import org.openhab.binding.ultrastream.internal.action.UltraStreamActions;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The console text for an encoder: from a real handler in front of an emulated device, and for a thing whose
 * device was never read.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class StatusSummaryTest {

    @Test
    void aRecordingAndStreamingEncoderIsSummarizedFromTheHandlersLatestReplies() throws Exception {
        try (EmulatedEncoder encoder = new EmulatedEncoder("C301261125401").open()) {
            UltraStreamActions actions = new UltraStreamActions();
            actions.setThingHandler(encoder.handler());
            assertTrue(actions.addStreamServer("Studio", "CUSTOM", "rtmp://127.0.0.1/live", "k", null, null));
            UltraStreamClient client = Objects.requireNonNull(encoder.handler().getClient());
            int id = Objects.requireNonNull(studio(await(client.getSettingsAsync()))).id;
            assertTrue(actions.enableStreamServer(id, true));
            assertTrue(actions.startRecording());
            assertTrue(actions.startLive());
            EmulatedEncoder.awaitTrue(() -> {
                StreamServer server = studio(encoder.handler().getLatestSettings());
                return server != null && server.isUse == 1 && hasFlag(encoder, DeviceStatusFlag.STATUS_RECORD)
                        && hasFlag(encoder, DeviceStatusFlag.STATUS_LIVING);
            }, "the handler did not read the server, recording and live");

            Thing thing = encoder.thing();
            String line = StatusSummary.listLine(thing);
            assertTrue(line.startsWith("ultrastream:encoder:C301261125401 "), line);
            assertTrue(line.contains(" ONLINE "), line);
            assertTrue(line.contains(" 127.0.0.1:" + encoder.device().httpPort() + " "), line);

            List<String> lines = StatusSummary.statusLines(thing, encoder.handler().getLatestStatus(),
                    encoder.handler().getLatestSettings());
            String text = String.join("\n", lines);
            assertEquals("ultrastream:encoder:C301261125401 (Stage encoder)", lines.get(0));
            assertTrue(text.contains("  thing status: ONLINE"), text);
            assertTrue(text.contains("  device name: Stage"), text);
            assertTrue(text.contains("STATUS_RECORD"), text);
            assertTrue(text.contains("  recording: running for "), text);
            assertTrue(text.contains("  live: running for "), text);
            assertTrue(text.contains("    target 1 'Studio': RET_LIVING_"), text);
            assertTrue(text.contains("  usb: DISK_VALID, "), text);
        }
    }

    private static @Nullable StreamServer studio(@Nullable DeviceSettings settings) {
        return settings == null
                ? null
                : settings.streamServer.stream().filter(server -> server != null && "Studio".equals(server.name))
                        .findFirst().orElse(null);
    }

    private static boolean hasFlag(EmulatedEncoder encoder, DeviceStatusFlag flag) {
        DeviceStatus status = encoder.handler().getLatestStatus();
        return status != null && status.statusFlags().contains(flag);
    }

    @Test
    void aThingNeverReadSaysSo() {
        Thing thing = ThingBuilder.create(THING_TYPE_ENCODER, new ThingUID(THING_TYPE_ENCODER, "C301261125402"))
                .withLabel("Hall").withConfiguration(new Configuration(Map.of("hostname", "192.168.1.217")))
                .withProperties(Map.of(Thing.PROPERTY_SERIAL_NUMBER, "C301261125402")).build();

        String line = StatusSummary.listLine(thing);
        assertTrue(line.contains(" 192.168.1.217 "), line);
        assertTrue(line.contains(" C301261125402 "), line);
        assertTrue(line.endsWith(" Hall"), line);

        List<String> lines = StatusSummary.statusLines(thing, null, null);
        assertEquals("ultrastream:encoder:C301261125402 (Hall)", lines.get(0));
        assertEquals("  no status read yet", lines.get(lines.size() - 1));
    }
}
