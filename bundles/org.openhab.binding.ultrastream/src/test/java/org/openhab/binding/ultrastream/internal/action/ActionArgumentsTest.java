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
import org.openhab.binding.ultrastream.client.StreamServerType;

/**
 * How the text a rule passes becomes the client's arguments.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ActionArgumentsTest {

    @Test
    void namesAreReadInAnyCase() {
        assertEquals(DiskType.SD, ActionArguments.disk("sd"));
        assertEquals(StreamServerType.YOUTUBE, ActionArguments.serverType("YouTube"));
        assertEquals(StreamServerType.SRT_CALLER, ActionArguments.serverType("SRT_CALLER"));
        assertEquals(StreamServerType.SRT_CALLER, ActionArguments.serverType("srt-caller"));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.serverType("unknown"));
    }

    @Test
    void times() {
        assertEquals(LocalDateTime.of(2026, 3, 4, 5, 6, 7), ActionArguments.dateTime("2026-03-04 05:06:07"));
        assertEquals(LocalDateTime.of(2026, 3, 4, 5, 6, 7), ActionArguments.dateTime("2026-03-04T05:06:07"));
        assertNull(ActionArguments.dateTime(" "));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.dateTime("yesterday"));
    }

    @Test
    void fileNamesAreSeparatedByCommasOrLinesAndTrimmed() {
        assertEquals(List.of("a.mp4", "b c.mp4", "d.ts"), ActionArguments.fileNames(" a.mp4, b c.mp4 ,\n\r\nd.ts,"));
        assertEquals(List.of("one.mp4"), ActionArguments.fileNames("one.mp4"));
        assertThrows(IllegalArgumentException.class, () -> ActionArguments.fileNames(" ,\n "));
    }
}
