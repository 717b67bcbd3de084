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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.internal.RepeatedStatus;
import org.openhab.binding.ultrastream.client.internal.UsapiReply;

/**
 * {@link RepeatedStatus}: a get-status reply that repeats the one before apart from the device's clock gives the same
 * DTO with the new clock; any other difference, or a clock that is not plainly a time, is read afresh.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class RepeatedStatusTest {

    private static final String CLOCK = "\"cur-time\": \"2019-09-26 08:00:00\"";

    private final RepeatedStatus repeated = new RepeatedStatus();

    private static String sample() throws IOException {
        try (InputStream in = Objects.requireNonNull(RepeatedStatusTest.class.getResourceAsStream("get-status.json"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains(CLOCK), "the sample reply has the clock this test changes");
            return text;
        }
    }

    private <T extends DeviceStatus> T read(String text, Class<T> type) throws UltraStreamException {
        return repeated.read(UsapiReply.of("get-status", text, null), "get-status", type);
    }

    @Test
    void aReplyThatDiffersOnlyInTheClockGivesTheSameDtoWithTheNewClock() throws Exception {
        String text = sample();
        DeviceStatus first = read(text, DeviceStatus.class);

        assertSame(first, read(text, DeviceStatus.class), "the very same text");
        DeviceStatus second = read(text.replace(CLOCK, "\"cur-time\": \"2019-09-26 08:00:01\""), DeviceStatus.class);
        assertSame(first, second);
        assertEquals("2019-09-26 08:00:01", second.curTime);
        DeviceStatus longer = read(text.replace(CLOCK, "\"cur-time\": \"2019-09-26 08:00:02.5\""), DeviceStatus.class);
        assertSame(first, longer, "a clock of another length");
        assertEquals("2019-09-26 08:00:02.5", longer.curTime);
    }

    @Test
    void anyOtherChangeIsReadAfresh() throws Exception {
        String text = sample();
        DeviceStatus first = read(text, DeviceStatus.class);
        assertTrue(text.contains("\"cx\": 1920"));

        DeviceStatus changed = read(text.replace("\"cx\": 1920", "\"cx\": 1280"), DeviceStatus.class);
        assertNotSame(first, changed);
        assertEquals(1280, changed.inputSignal.cx);
        DeviceStatus changedWithClock = read(
                text.replace(CLOCK, "\"cur-time\": \"2019-09-26 08:00:03\"").replace("\"cx\": 1920", "\"cx\": 1281"),
                DeviceStatus.class);
        assertNotSame(changed, changedWithClock, "a change beside the clock's");
        assertEquals(1281, changedWithClock.inputSignal.cx);
    }

    @Test
    void aClockThatIsNotPlainlyATimeIsReadAfresh() throws Exception {
        String text = sample();
        DeviceStatus first = read(text, DeviceStatus.class);

        DeviceStatus odd = read(text.replace(CLOCK, "\"cur-time\": \"soon\""), DeviceStatus.class);
        assertNotSame(first, odd);
        assertEquals("soon", odd.curTime);
    }

    @Test
    void theKeyInsideAStringValueIsNotTheClock() throws Exception {
        String quoted = "{\"result\": 0, \"box-name\": \"a\\\"cur-time\\\": \\\"1\\\"\", \"cur-status\": 1}";
        DeviceStatus first = read(quoted, DeviceStatus.class);
        DeviceStatus renamed = read(quoted.replace("\\\"1\\\"", "\\\"2\\\""), DeviceStatus.class);
        assertNotSame(first, renamed);
        assertEquals("a\"cur-time\": \"2\"", renamed.boxName);
    }

    @Test
    void theOtherProductsTypeIsReadAfresh() throws Exception {
        String text = sample();
        DeviceStatus plain = read(text, DeviceStatus.class);
        EncodeStatus family = read(text, EncodeStatus.class);
        assertNotSame(plain, family);
        assertSame(family, read(text, EncodeStatus.class));
    }

    @Test
    void aReplyThatIsNotJsonIsRefusedEvenAfterAGoodOne() throws Exception {
        String text = sample();
        read(text, DeviceStatus.class);
        assertThrows(UltraStreamMalformedReplyException.class, () -> read(text + " trailing", DeviceStatus.class));
    }
}
