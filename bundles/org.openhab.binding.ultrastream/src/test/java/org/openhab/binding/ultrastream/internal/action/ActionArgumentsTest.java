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
package org.openhab.binding.ultrastream.internal.action;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.DiskType;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.StreamServerType;
import org.openhab.binding.ultrastream.client.VideoCodec;
import org.openhab.binding.ultrastream.client.dto.NamedValue;

/**
 * How the text a rule passes becomes the client's arguments.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ActionArgumentsTest {

    private static NamedValue option(String name, long value) {
        NamedValue option = new NamedValue();
        option.name = name;
        option.value = value;
        return option;
    }

    @Test
    void namesAreReadInAnyCaseAndInTheDocumentsSpelling() {
        assertEquals(EncoderStream.SUB, ActionArguments.stream(" sub-stream "));
        assertEquals(EncoderStream.MAIN, ActionArguments.stream("Main"));
        assertEquals(DiskType.SD, ActionArguments.disk("sd"));
        assertEquals(StreamServerType.YOUTUBE, ActionArguments.serverType("YouTube"));
        assertEquals(VideoCodec.HEVC, ActionArguments.codec("H.265"));
        assertEquals(VideoCodec.H264, ActionArguments.codec("h.264"));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.serverType("unknown"));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.stream("third"));
    }

    @Test
    void aFrameRateBecomesTheNearestOfferedFrameDuration() {
        List<NamedValue> offered = List.of(option("60", 166667), option("30", 333333), option("29.97", 333667),
                option("25", 400000));
        assertEquals(333333, ActionArguments.frameDuration(30, offered));
        assertEquals(333667, ActionArguments.frameDuration(29.97, offered));
        assertEquals(400000, ActionArguments.frameDuration(24, offered));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.frameDuration(0, offered));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.frameDuration(30, List.of()));
    }

    @Test
    void resolutionsProfilesAndTimes() {
        assertArrayEquals(new int[]{ 1920, 1080 }, ActionArguments.resolution("1920 x 1080"));
        assertArrayEquals(new int[]{ 1280, 720 }, ActionArguments.resolution("1280×720"));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.resolution("1080p"));

        List<NamedValue> profiles = List.of(option("Baseline", 66), option("High", 100));
        assertEquals(100, ActionArguments.profile("high", profiles));
        assertEquals(66, ActionArguments.profile("66", profiles));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.profile("Main", profiles));

        assertEquals(LocalDateTime.of(2026, 3, 4, 5, 6, 7), ActionArguments.dateTime("2026-03-04 05:06:07"));
        assertEquals(LocalDateTime.of(2026, 3, 4, 5, 6, 7), ActionArguments.dateTime("2026-03-04T05:06:07"));
        assertNull(ActionArguments.dateTime(" "));
    }

    @Test
    void fileNamesAreSeparatedByCommasOrLinesAndTrimmed() {
        assertEquals(List.of("a.mp4", "b c.mp4", "d.ts"), ActionArguments.fileNames(" a.mp4, b c.mp4 ,\n\r\nd.ts,"));
        assertEquals(List.of("one.mp4"), ActionArguments.fileNames("one.mp4"));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.fileNames(" ,\n "));
    }
}
