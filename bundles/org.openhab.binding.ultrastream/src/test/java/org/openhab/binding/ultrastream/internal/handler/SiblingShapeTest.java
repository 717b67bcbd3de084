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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.emulator.StatusShape;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * End to end with an emulator that answers get-status in a sibling product's shape ({@code live-status.live[]},
 * {@code disk-info[]}, no {@code usb}, {@code sd}, {@code result2}, {@code cur-bps2}, {@code net2}): the thing goes
 * ONLINE and the channels show what that shape carries, UNDEF where it carries nothing.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class SiblingShapeTest {

    @Test
    void liveTargetsAndStorageComeFromTheSiblingShape() throws Exception {
        try (HandlerHarness h = new HandlerHarness(options -> options.statusShape(StatusShape.SIBLING)).open()) {
            UltraStreamHandler handler = h.start();
            UltraStreamClient client = handler.getClient();
            assertNotNull(client);
            StreamServer venue = HandlerHarness.rtmpServer("Venue", "one");
            venue.netMode = 1; // Ethernet first
            h.await(client.addServerAsync(venue));
            StreamServer backup = HandlerHarness.rtmpServer("Backup", "two");
            backup.netMode = 2; // Wi-Fi first
            h.await(client.addServerAsync(backup));
            for (StreamServer server : h.await(client.getSettingsAsync()).streamServer) {
                h.await(client.enableServerAsync(server.id, true));
            }
            h.command(LIVE_ACTIVE, OnOffType.ON);
            for (int i = 0; i < 6; i++) {
                h.nextPoll(); // the targets connect
            }

            assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
            assertEquals(OnOffType.ON, h.state(LIVE_ACTIVE));
            assertEquals(new StringType("RET_LIVING_CONNECTED"), h.state(LIVE_TARGET1_STATE));
            assertEquals(new StringType("ETHERNET"), h.state(LIVE_TARGET1_NETWORK), "net-mode 1 of the server");
            assertPositiveRate(h.state(LIVE_CURRENT_BITRATE));
            assertEquals(new StringType("RET_LIVING_CONNECTED"), h.state(LIVE_TARGET2_STATE));
            assertPositiveRate(h.state(LIVE_TARGET2_BITRATE));
            assertEquals(new StringType("WIFI"), h.state(LIVE_TARGET2_NETWORK));
            assertEquals(UnDefType.UNDEF, h.state(LIVE_AVERAGE_BITRATE), "the sibling shape has no average rate");
            assertEquals(UnDefType.UNDEF, h.state(RECORDING_CURRENT_BITRATE), "nor a recording rate");

            assertNotEquals(UnDefType.UNDEF, h.state("usb#status"), "from disk-info[] with disk-type 0");
            assertNotEquals(UnDefType.UNDEF, h.state("sd#status"), "from disk-info[] with disk-type 1");
        }
    }

    private static void assertPositiveRate(State state) {
        assertTrue(state instanceof QuantityType<?> rate && rate.doubleValue() > 0, String.valueOf(state));
    }
}
