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
import static org.openhab.binding.ultrastream.client.ble.BleBuffer.*;
import static org.openhab.binding.ultrastream.client.ble.Hex.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The exchanges as data: writes and reads in the document's order, for a BLE stack that runs them itself.
 */
@NonNullByDefault
class GattExchangeTest {

    @Test
    void statusWritesBuffer0AndReadsBuffer4() throws BleFormatException {
        GattExchange<StatusReply> exchange = GattExchange.status(3);
        assertEquals(List.of(new GattWrite(BUFFER_0, hex("53 35 00 03"))), exchange.writes());
        assertEquals(List.of(BUFFER_4), exchange.reads());
        assertEquals(new StatusReply(3, 2), exchange.decode(List.of(hex("53 36 00 00 00 02 00 03"))));
    }

    @Test
    void passwordWritesBuffer4First() {
        GattExchange<ResultReply> exchange = GattExchange.password(3, "Admin");
        assertEquals(List.of(new GattWrite(BUFFER_4, hex("53 33 00 03")),
                new GattWrite(BUFFER_0, hex("53 33 E3 AF ED 00 47 B0 80 59 D0 FA DA 10 F4 00 C1 E5"))),
                exchange.writes());
        assertEquals(List.of(BUFFER_4), exchange.reads());
        assertFalse(exchange.toString().contains("E3"), exchange.toString());
    }

    @Test
    void wifiSetupWritesInOrderAndReadsBuffer0First() {
        GattExchange<WifiSetupReply> exchange = GattExchange.wifiSetup(3,
                new WifiSetup("home", "password", WifiSecurity.WPA2PSK, IpMode.ONLY_IPV4));
        assertEquals(List.of(BUFFER_0, BUFFER_1, BUFFER_2, BUFFER_3, BUFFER_4),
                exchange.writes().stream().map(GattWrite::buffer).toList());
        assertEquals(List.of(BUFFER_0, BUFFER_4), exchange.reads());
        assertEquals(List.of(), GattExchange.wifiSetupResult(3).writes());
        assertEquals(List.of(BUFFER_0, BUFFER_4), GattExchange.wifiSetupResult(3).reads());
    }

    @Test
    void apModeAndApInfo() {
        assertEquals(List.of(new GattWrite(BUFFER_0, hex("53 41 00 03"))), GattExchange.apMode(3).writes());
        assertEquals(List.of(BUFFER_4), GattExchange.apMode(3).reads());
        assertEquals(List.of(new GattWrite(BUFFER_0, hex("53 43 00 03"))), GattExchange.apInfo(3).writes());
        assertEquals(List.of(BUFFER_4, BUFFER_2, BUFFER_3), GattExchange.apInfo(3).reads());
    }

    @Test
    void pingReadsBuffer1() throws BleFormatException {
        assertEquals(List.of(), GattExchange.ping().writes());
        assertEquals(List.of(BUFFER_1), GattExchange.ping().reads());
        assertArrayEquals(hex("01 02"), GattExchange.ping().decode(List.of(hex("01 02"))));
    }

    @Test
    void decodeNeedsOneValuePerRead() {
        assertThrows(BleFormatException.class, () -> GattExchange.apInfo(3).decode(List.of(hex("53 44 00 00 00 03"))));
    }

    @Test
    void buffersHaveTheDocumentsUuids() {
        assertEquals("08590f7e-db05-467e-8757-72f6faeb13d4", BUFFER_0.uuid().toString());
        assertEquals("3a10340a-85e3-4190-86b4-b94dc505e4f8", BUFFER_4.uuid().toString());
        assertEquals(BUFFER_2, BleBuffer.of(BUFFER_2.uuid()));
        assertEquals("Buffer-3", BUFFER_3.alias());
        assertThrows(IllegalArgumentException.class, () -> BleBuffer.of(BleUuids.GATT_SERVICE));
    }
}
