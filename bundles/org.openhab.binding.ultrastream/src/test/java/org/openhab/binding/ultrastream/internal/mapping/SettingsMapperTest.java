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
package org.openhab.binding.ultrastream.internal.mapping;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Tests {@link SettingsMapper} with the document's get-settings example and with a reply missing most of it.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class SettingsMapperTest {

    private final DeviceSettings settings = Fixtures.read("settings.json", DeviceSettings.class);

    @Test
    void encodingChannelsFromTheDocumentExample() {
        Map<String, State> states = SettingsMapper.map(settings).states();

        assertEquals(new StringType("MAIN"), states.get(ENCODING_REC_STREAM));
        assertEquals(new StringType("MAIN"), states.get(ENCODING_LIVE_STREAM));
        assertEquals(new StringType("SUB"), states.get(ENCODING_PREVIEW_STREAM));
        assertEquals(new StringType("1920x1080"), states.get("encoding#main-resolution"));
        assertEquals(new QuantityType<>(60, Units.HERTZ), states.get("encoding#main-frame-rate"), "166667 is 60 fps");
        assertEquals(new QuantityType<>(4096 * 1024, Units.BIT_PER_SECOND), states.get("encoding#main-bitrate"),
                "the device's 4096 Kbps, its \"4 Mbps\"");
        assertEquals(new StringType("HEVC"), states.get("encoding#main-codec"));
        assertEquals(new StringType("MAIN"), states.get("encoding#main-profile"));
        assertEquals(new QuantityType<>(1, Units.SECOND), states.get("encoding#main-gop"));
        assertEquals(new StringType("1024x768"), states.get("encoding#sub-resolution"));
        assertEquals(new QuantityType<>(30, Units.HERTZ), states.get("encoding#sub-frame-rate"));
        assertEquals(new QuantityType<>(1024 * 1024, Units.BIT_PER_SECOND), states.get("encoding#sub-bitrate"));
        assertEquals(new StringType("H264"), states.get("encoding#sub-codec"));
        assertEquals(new StringType("HIGH"), states.get("encoding#sub-profile"));
        assertEquals(new QuantityType<>(128 * 1024, Units.BIT_PER_SECOND), states.get(ENCODING_AUDIO_BITRATE));
        assertNull(states.get(DEVICE_NAME), "device#name has one source: box-name of get-status");
    }

    @Test
    void streamServersGetAChannelPairEachAndNullEntriesAreSkipped() {
        Map<String, State> states = SettingsMapper.map(settings).states();

        assertEquals(List.of(0, 3), List.copyOf(SettingsMapper.streamServers(settings).keySet()));
        assertEquals(OnOffType.OFF, states.get("stream-servers#server-0-enabled"));
        assertEquals(new StringType("192.168.1.123"), states.get("stream-servers#server-0-name"));
        assertEquals(OnOffType.ON, states.get("stream-servers#server-3-enabled"));
        // a server without a name shows its URL
        assertEquals(new StringType("rtmp://live.twitch.tv/app"), states.get("stream-servers#server-3-name"));
    }

    @Test
    void streamServerChannelIdsRoundTrip() {
        assertEquals("stream-servers#server-12-enabled", SettingsMapper.streamServerEnabledChannel(12));
        assertEquals("stream-servers#server-12-name", SettingsMapper.streamServerNameChannel(12));
        assertEquals(12, SettingsMapper.streamServerId("stream-servers#server-12-enabled"));
        assertEquals(12, SettingsMapper.streamServerId("server-12-name"));
        assertNull(SettingsMapper.streamServerId("stream-servers#server-x-enabled"));
        assertNull(SettingsMapper.streamServerId("device#name"));
    }

    @Test
    void aNearlyEmptyReplyGivesUndefInsteadOfZeros() {
        DeviceSettings sparse = Fixtures.parse("{\"result\":0,\"main-stream\":null,\"rec-stream\":7,"
                + "\"stream-server\":{\"id\":1}}", DeviceSettings.class);

        Map<String, State> states = SettingsMapper.map(sparse).states();

        assertEquals(UnDefType.UNDEF, states.get(ENCODING_REC_STREAM));
        assertEquals(UnDefType.UNDEF, states.get("encoding#main-resolution"));
        assertEquals(UnDefType.UNDEF, states.get("encoding#main-bitrate"));
        assertEquals(UnDefType.UNDEF, states.get(ENCODING_AUDIO_BITRATE));
        assertFalse(states.containsKey(DEVICE_NAME));
        assertTrue(SettingsMapper.streamServers(sparse).isEmpty());
    }
}
