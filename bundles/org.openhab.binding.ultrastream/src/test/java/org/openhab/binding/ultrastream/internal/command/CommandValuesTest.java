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
package org.openhab.binding.ultrastream.internal.command;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.EncodingValues;
import org.openhab.binding.ultrastream.client.VideoCodec;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;

/**
 * The one parser per kind of value that channel commands and rule actions share.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class CommandValuesTest {

    private static NamedValue option(String name, long value) {
        NamedValue option = new NamedValue();
        option.name = name;
        option.value = value;
        return option;
    }

    @Test
    void namesAreReadInAnyCaseAndInTheDocumentsSpelling() {
        assertEquals(EncoderStream.SUB, CommandValues.stream(" sub-stream "));
        assertEquals(EncoderStream.MAIN, CommandValues.stream("Main"));
        assertEquals(EncoderStream.SUB, CommandValues.stream("1"));
        assertThrows(IllegalArgumentException.class, () -> CommandValues.stream("third"));
        assertEquals(VideoCodec.HEVC, CommandValues.codec("H.265"));
        assertEquals(VideoCodec.H264, CommandValues.codec("h.264"));
        assertEquals(VideoCodec.H264, CommandValues.codec("AVC"));
        assertThrows(IllegalArgumentException.class, () -> CommandValues.codec("VP9"));
        assertTrue(CommandValues.onOff(OnOffType.ON));
        assertThrows(IllegalArgumentException.class, () -> CommandValues.onOff(new StringType("ON")));
    }

    @Test
    void resolutions() {
        assertArrayEquals(new int[]{ 1920, 1080 }, CommandValues.resolution("1920 x 1080"));
        assertArrayEquals(new int[]{ 1280, 720 }, CommandValues.resolution("1280×720"));
        assertThrows(IllegalArgumentException.class, () -> CommandValues.resolution("1080p"));
    }

    @Test
    void frameRatesInHertzOrPlainFramesPerSecond() {
        assertEquals(30, CommandValues.framesPerSecond(new DecimalType(30)));
        assertEquals(29.97, CommandValues.framesPerSecond(new QuantityType<>(29.97, Units.HERTZ)), 1e-9);
        assertEquals(25, CommandValues.framesPerSecond(new StringType("25 fps")));
        assertEquals(60, CommandValues.framesPerSecond(new StringType("60 Hz")));
        assertThrows(IllegalArgumentException.class,
                () -> CommandValues.framesPerSecond(new QuantityType<>(2, Units.SECOND)));

        List<NamedValue> offered = List.of(option("60", 166667), option("30", 333333), option("29.97", 333667),
                option("25", 400000));
        assertEquals(333333, EncodingValues.nearestDuration(30, offered));
        assertEquals(333667, EncodingValues.nearestDuration(29.97, offered));
        assertEquals(400000, EncodingValues.nearestDuration(24, offered));
        assertEquals(333333, EncodingValues.nearestDuration(30, List.of()));
        assertThrows(IllegalArgumentException.class, () -> EncodingValues.nearestDuration(0, offered));
    }

    @Test
    void bitratesInAnyRateUnitOrPlainDeviceKbps() {
        assertEquals(4096 * 1024, CommandValues.bitsPerSecond(new DecimalType(4096)));
        assertEquals(4_000_000, CommandValues.bitsPerSecond(new QuantityType<>(4, Units.MEGABIT_PER_SECOND)), 1e-6);
        assertEquals(2_000_000, CommandValues.bitsPerSecond(new StringType("2 Mbit/s")), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> CommandValues.bitsPerSecond(new StringType("fast")));

        List<NamedValue> offered = List.of(option("2 Mbps", 2048), option("4 Mbps", 4096), option("8 Mbps", 8192));
        assertEquals(4096, EncodingValues.nearestKbps(4_000_000, offered), "4 Mbit/s is the device's 4 Mbps");
        assertEquals(2048, EncodingValues.nearestKbps(2048 * 1024, offered));
    }

    @Test
    void keyFrameIntervalsInSeconds() {
        assertEquals(2, CommandValues.seconds(new DecimalType(2)));
        assertEquals(60, CommandValues.seconds(new QuantityType<>(1, Units.MINUTE)));
        assertEquals(5, CommandValues.seconds(new StringType("5 s")));
        assertThrows(IllegalArgumentException.class, () -> CommandValues.seconds(new DecimalType(1.5)));
    }

    @Test
    void profilesByNameLabelOrNumber() {
        List<NamedValue> h264 = List.of(option("Baseline", 0), option("Main profile", 1), option("High profile", 2));
        assertEquals(2, EncodingValues.profileCode(VideoCodec.H264.code(), "high", h264));
        assertEquals(1, EncodingValues.profileCode(VideoCodec.H264.code(), "Main profile", h264));
        assertEquals(0, EncodingValues.profileCode(VideoCodec.H264.code(), "0", h264));
        assertEquals(0, EncodingValues.profileCode(VideoCodec.HEVC.code(), "Main", List.of(option("Main", 0))));
        assertThrows(IllegalArgumentException.class,
                () -> EncodingValues.profileCode(VideoCodec.HEVC.code(), "High", List.of()));
        assertEquals("HIGH", EncodingValues.profileName(VideoCodec.H264.code(), 2));
        assertNull(EncodingValues.profileName(VideoCodec.HEVC.code(), 2));
    }
}
