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
package org.openhab.binding.ultrastream.client.ble;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.ble.Hex.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Splitting packets into AD structures: length, type, data; truncated and overlong packets.
 */
@NonNullByDefault
class AdStructureTest {

    @Test
    void splitsThePacketIntoLengthTypeAndData() throws BleFormatException {
        List<AdStructure> structures = AdStructure.parseAll(hex("05 04 61 A9 07 AD 02 01 06 01 08"));
        assertEquals(List.of(new AdStructure(0x04, hex("61 A9 07 AD")), new AdStructure(0x01, hex("06")),
                new AdStructure(0x08, new byte[0])), structures);
    }

    @Test
    void joinsStructuresBack() {
        assertArrayEquals(hex("05 04 61 A9 07 AD 02 01 06"), BoxValues.encodeAll(
                List.of(new AdStructure(0x04, hex("61 A9 07 AD")), new AdStructure(0x01, hex("06")))));
    }

    @Test
    void stopsAtAZeroLengthAsEarlyTermination() throws BleFormatException {
        assertEquals(List.of(new AdStructure(0x01, hex("06"))), AdStructure.parseAll(hex("02 01 06 00 00 00 05")));
        assertEquals(List.of(), AdStructure.parseAll(new byte[0]));
    }

    @Test
    void rejectsAStructureRunningPastTheEnd() {
        BleFormatException e = assertThrows(BleFormatException.class,
                () -> AdStructure.parseAll(hex("05 04 61 A9 07")));
        assertTrue(e.getMessage().contains("declares 5 bytes"), e.getMessage());
        assertThrows(BleFormatException.class, () -> AdStructure.parseAll(hex("02 01 06 03")));
    }

    @Test
    void rejectsAPacketLongerThan31Bytes() {
        byte[] packet = bytes("1F FF", zeros(30));
        assertEquals(32, packet.length);
        assertThrows(BleFormatException.class, () -> AdStructure.parseAll(packet));
    }

    @Test
    void acceptsExactly31Bytes() throws BleFormatException {
        assertEquals(29, AdStructure.parseAll(bytes("1E FF", zeros(29))).get(0).data().length);
    }

    @Test
    void refusesToBuildWhatDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> new AdStructure(0xFF, new byte[30]));
        assertThrows(IllegalArgumentException.class, () -> new AdStructure(0x100, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> BoxValues
                .encodeAll(List.of(new AdStructure(0xFF, new byte[20]), new AdStructure(0xFF, new byte[8]))));
    }

    @Test
    void keepsItsOwnCopyOfTheData() {
        byte[] data = hex("01 02");
        AdStructure structure = new AdStructure(0xFF, data);
        data[0] = 9;
        structure.data()[1] = 9;
        assertArrayEquals(hex("01 02"), structure.data());
    }
}
