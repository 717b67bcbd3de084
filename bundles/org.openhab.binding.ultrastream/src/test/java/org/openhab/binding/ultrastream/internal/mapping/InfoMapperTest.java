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
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.core.types.StateOption;

/**
 * Tests {@link InfoMapper}: thing properties and the channel options taken from codec-cap.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class InfoMapperTest {

    private final DeviceInfo info = Fixtures.read("info.json", DeviceInfo.class);
    private final DeviceSettings settings = Fixtures.read("settings.json", DeviceSettings.class);

    @Test
    void propertiesFromTheDocumentExample() {
        Map<String, String> properties = InfoMapper.properties(info);

        assertEquals("C301181214002", properties.get("serialNumber"));
        assertEquals("Ultra Stream HDMI", properties.get("modelId"));
        assertEquals("MAGEWELL", properties.get("vendor"));
        assertEquals("C", properties.get("hardwareVersion"));
        assertEquals("1.2.122", properties.get("firmwareVersion"));
        assertEquals("1.2.115", properties.get(PROPERTY_FACTORY_FIRMWARE_VERSION));
        assertEquals("769", properties.get(PROPERTY_PRODUCT_ID));
        assertEquals("70:b3:d5:75:d5:fc", properties.get("macAddress"));
        assertEquals("70:b3:d5:75:d5:fd", properties.get(PROPERTY_WIFI_MAC_ADDRESS));
        assertEquals("70:b3:d5:75:d5:fe", properties.get(PROPERTY_BLUETOOTH_MAC_ADDRESS));
        assertEquals("1.2.122", InfoMapper.firmwareVersion(info));
    }

    @Test
    void emptyValuesAreLeftOut() {
        DeviceInfo sparse = Fixtures.parse("{\"result\":0,\"product\":{\"sn\":\"C301181214002\",\"module-name\":\"\"}}",
                DeviceInfo.class);

        assertEquals(Map.of("serialNumber", "C301181214002"), InfoMapper.properties(sparse));
        assertNull(InfoMapper.firmwareVersion(sparse));
    }

    @Test
    void optionsComeFromCodecCapWithTheDevicesLabels() {
        Map<String, List<StateOption>> options = InfoMapper.stateOptions(info, settings);

        List<StateOption> resolutions = options.get("encoding#main-resolution");
        assertNotNull(resolutions);
        assertEquals(17, resolutions.size());
        assertEquals(new StateOption("1920x1080", "1920x1080"), resolutions.get(16));
        // option values are the states the channels show, so that a state finds its option's label
        assertEquals(new StateOption("30 Hz", "30 FPS"), options.get("encoding#sub-frame-rate").get(4));
        assertEquals(new StateOption("8388608 bit/s", "8 Mbps"), options.get("encoding#main-bitrate").get(8));
        assertEquals(new StateOption("HEVC", "HEVC"), options.get("encoding#main-codec").get(1));
        assertEquals(new StateOption("60 s", "60 sec"), options.get("encoding#sub-gop").get(5));
        // the device pads some labels; they are trimmed
        assertEquals(new StateOption("16384 bit/s", "16 Kbps"), options.get(ENCODING_AUDIO_BITRATE).get(0));
    }

    @Test
    void profileOptionsFollowTheCodecOfEachStream() {
        Map<String, List<StateOption>> options = InfoMapper.stateOptions(info, settings);

        // main-stream is HEVC in the fixture, sub-stream H.264
        assertEquals(List.of(new StateOption("MAIN", "Main profile")), options.get("encoding#main-profile"));
        assertEquals(3, options.get("encoding#sub-profile").size());
        // without settings, H.264 profiles
        assertEquals(3, InfoMapper.stateOptions(info, null).get("encoding#main-profile").size());
    }
}
