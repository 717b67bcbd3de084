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

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.ble.BoxValues.WifiSetupRequest;

/**
 * Every characteristic value of the document's GATT exchanges, written out by hand (big-endian, Index echoed).
 */
@NonNullByDefault
class GattValuesTest {

    /** MD5("Admin"), the default password, as 16 raw bytes. */
    private static final String ADMIN_MD5 = "E3 AF ED 00 47 B0 80 59 D0 FA DA 10 F4 00 C1 E5";

    // ---- status ----

    @Test
    void statusRequestIsPrefixThenIndex() {
        assertArrayEquals(hex("53 35 12 34"), GattValues.encodeIndexMessage(GattValues.STATUS_REQUEST, 0x1234));
        assertArrayEquals(hex("53 35 FF FF"), GattValues.encodeIndexMessage(GattValues.STATUS_REQUEST, 0xFFFF));
    }

    @Test
    void statusReplyCarriesTheMaskBigEndian() throws BleFormatException {
        StatusReply reply = GattValues.decodeStatusReply(hex("53 36 00 01 00 40 12 34"), 0x1234);
        assertEquals(new StatusReply(0x1234, 65600L), reply);
        assertEquals(0xFFFFFFFFL, GattValues.decodeStatusReply(hex("53 36 FF FF FF FF 00 00"), 0).statusMask());
        assertArrayEquals(hex("53 36 00 01 00 40 12 34"), BoxValues.encodeStatusReply(0x1234, 65600L));
    }

    @Test
    void statusReplyWithAnotherIndexIsRejected() {
        BleFormatException e = assertThrows(BleFormatException.class,
                () -> GattValues.decodeStatusReply(hex("53 36 00 01 00 40 12 35"), 0x1234));
        assertTrue(e.getMessage().contains("Index"), e.getMessage());
        // Little-endian index 34 12 is another index.
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeStatusReply(hex("53 36 00 01 00 40 34 12"), 0x1234));
    }

    @Test
    void repliesWithTheWrongPrefixOrLengthAreRejected() {
        assertThrows(BleFormatException.class, () -> GattValues.decodeStatusReply(hex("36 53 00 00 00 00 00 01"), 1));
        assertThrows(BleFormatException.class, () -> GattValues.decodeStatusReply(hex("53 34 00 00 00 00 00 01"), 1));
        assertThrows(BleFormatException.class, () -> GattValues.decodeStatusReply(hex("53 36 00 00 00 00 00"), 1));
        assertThrows(BleFormatException.class, () -> GattValues.decodeStatusReply(new byte[0], 1));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeStatusReply(hex("53 36 00 00 00 00 00 01 07"), 1));
    }

    @Test
    void zeroPaddingAfterTheLayoutIsAccepted() throws BleFormatException {
        assertEquals(7L, GattValues.decodeStatusReply(bytes("53 36 00 00 00 07 00 01", zeros(12)), 1).statusMask());
    }

    // ---- password ----

    @Test
    void passwordDigestIsTheRawMd5OfTheUtf8Password() {
        assertArrayEquals(hex(ADMIN_MD5), GattValues.passwordDigest("Admin"));
        assertArrayEquals(bytes("53 33", ADMIN_MD5),
                GattValues.encodePasswordDigest(GattValues.passwordDigest("Admin")));
        assertThrows(IllegalArgumentException.class, () -> GattValues.encodePasswordDigest(new byte[15]));
    }

    @Test
    void boxReadsTheDigestBack() throws BleFormatException {
        assertArrayEquals(hex(ADMIN_MD5), BoxValues.decodePasswordDigest(bytes("53 33", ADMIN_MD5)));
        assertThrows(BleFormatException.class, () -> BoxValues.decodePasswordDigest(bytes("53 37", ADMIN_MD5)));
        assertThrows(BleFormatException.class, () -> BoxValues.decodePasswordDigest(hex("53 33 E3 AF")));
    }

    @Test
    void passwordReplyCarriesASignedResult() throws BleFormatException {
        assertEquals(new ResultReply(0x00AB, 0),
                GattValues.decodeResultReply(GattValues.PASSWORD_REPLY, hex("53 34 00 00 00 00 00 AB"), 0xAB));
        ResultReply refused = GattValues.decodeResultReply(GattValues.PASSWORD_REPLY,
                hex("53 34 FF FF FF FF 00 AB"), 0xAB);
        assertEquals(-1, refused.result());
        assertFalse(refused.succeeded());
        assertArrayEquals(hex("53 34 FF FF FF FF 00 AB"),
                BoxValues.encodeWordReply(GattValues.PASSWORD_REPLY, -1, 0xAB));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeResultReply(GattValues.PASSWORD_REPLY, hex("53 42 00 00 00 00 00 AB"), 0xAB));
    }

    // ---- Wi-Fi setup ----

    @Test
    void wifiSetupSplitsNameAndPasswordInto18ByteParts() {
        // Name of 20 bytes: 18 in Buffer-1, 2 in Buffer-2. Password of 20 bytes: 18 in Buffer-3, 2 in Buffer-4.
        WifiSetup setup = new WifiSetup("ABCDEFGHIJKLMNOPQRST", "abcdefghijklmnopqrst", WifiSecurity.WPA2PSK,
                IpMode.IPV4_OR_IPV6);
        List<byte[]> values = GattValues.encodeWifiSetupRequest(0x0102, setup);
        assertEquals(5, values.size());
        assertArrayEquals(hex("53 37 00 03 01 02 00 01"), values.get(0));
        assertArrayEquals(ascii("ABCDEFGHIJKLMNOPQR"), values.get(1));
        assertArrayEquals(bytes(ascii("ST"), zeros(16)), values.get(2));
        assertArrayEquals(ascii("abcdefghijklmnopqr"), values.get(3));
        assertArrayEquals(bytes("53 37", ascii("st"), zeros(14)), values.get(4));
    }

    @Test
    void wifiSetupWritesAllFiveBuffersEvenForShortValues() {
        List<byte[]> values = GattValues.encodeWifiSetupRequest(7,
                new WifiSetup("home", "", WifiSecurity.NONE, IpMode.ONLY_IPV4));
        assertArrayEquals(hex("53 37 00 00 00 07 00 00"), values.get(0));
        assertArrayEquals(bytes(ascii("home"), zeros(14)), values.get(1));
        assertArrayEquals(zeros(18), values.get(2));
        assertArrayEquals(zeros(18), values.get(3));
        assertArrayEquals(bytes("53 37", zeros(16)), values.get(4));
    }

    @Test
    void wifiSetupFillsBothPartsAtTheLimits() throws BleFormatException {
        String name = "0123456789abcdefghijklmnopqrstuvwxyz"; // 36 bytes
        String password = "0123456789abcdefghijklmnopqrstuvwx"; // 34 bytes
        WifiSetup setup = new WifiSetup(name, password, WifiSecurity.WPAPSK, IpMode.ONLY_IPV6);
        List<byte[]> values = GattValues.encodeWifiSetupRequest(0xFFFF, setup);
        assertArrayEquals(hex("53 37 00 02 FF FF 00 02"), values.get(0));
        assertArrayEquals(ascii("0123456789abcdefgh"), values.get(1));
        assertArrayEquals(ascii("ijklmnopqrstuvwxyz"), values.get(2));
        assertArrayEquals(ascii("0123456789abcdefgh"), values.get(3));
        assertArrayEquals(bytes("53 37", ascii("ijklmnopqrstuvwx")), values.get(4));
        assertEquals(new WifiSetupRequest(0xFFFF, setup), BoxValues.decodeWifiSetupRequest(values));
    }

    @Test
    void wifiSetupRefusesValuesThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> new WifiSetup("0123456789abcdefghijklmnopqrstuvwxyz!",
                "", WifiSecurity.NONE, IpMode.ONLY_IPV4));
        assertThrows(IllegalArgumentException.class, () -> new WifiSetup("home",
                "0123456789abcdefghijklmnopqrstuvwxy", WifiSecurity.WPA2PSK, IpMode.ONLY_IPV4));
        // 13 three-byte characters are 39 bytes in UTF-8, though only 13 characters.
        assertThrows(IllegalArgumentException.class,
                () -> new WifiSetup("无线网络无线网络无线网络无", "", WifiSecurity.NONE, IpMode.ONLY_IPV4));
        assertThrows(IllegalArgumentException.class,
                () -> new WifiSetup("ho\0me", "", WifiSecurity.NONE, IpMode.ONLY_IPV4));
    }

    @Test
    void wifiSetupSplitsUtf8ByBytes() throws BleFormatException {
        // Seven three-byte characters: 21 bytes, so the 7th character is cut between Buffer-1 and Buffer-2.
        WifiSetup setup = new WifiSetup("无线网络无线网", "密码", WifiSecurity.WPA2PSK, IpMode.ONLY_IPV4);
        List<byte[]> values = GattValues.encodeWifiSetupRequest(1, setup);
        byte[] name = "无线网络无线网".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(Arrays.copyOf(name, 18), values.get(1));
        assertArrayEquals(bytes(Arrays.copyOfRange(name, 18, 21), zeros(15)), values.get(2));
        assertEquals(setup, BoxValues.decodeWifiSetupRequest(values).setup());
    }

    @Test
    void wifiSetupPasswordIsNotShown() {
        assertFalse(new WifiSetup("home", "secret-pass", WifiSecurity.WPA2PSK, IpMode.ONLY_IPV4).toString()
                .contains("secret-pass"));
    }

    @Test
    void boxRejectsAMalformedWifiSetup() {
        List<byte[]> good = GattValues.encodeWifiSetupRequest(1,
                new WifiSetup("home", "password", WifiSecurity.WPA2PSK, IpMode.ONLY_IPV4));
        assertThrows(BleFormatException.class, () -> BoxValues.decodeWifiSetupRequest(good.subList(0, 4)));
        assertThrows(BleFormatException.class, () -> BoxValues.decodeWifiSetupRequest(
                List.of(hex("53 37 00 04 00 01 00 00"), good.get(1), good.get(2), good.get(3), good.get(4))));
        assertThrows(BleFormatException.class, () -> BoxValues.decodeWifiSetupRequest(
                List.of(hex("53 37 00 03 00 01 00 03"), good.get(1), good.get(2), good.get(3), good.get(4))));
        assertThrows(BleFormatException.class, () -> BoxValues.decodeWifiSetupRequest(
                List.of(good.get(0), zeros(17), good.get(2), good.get(3), good.get(4))));
        assertThrows(BleFormatException.class, () -> BoxValues.decodeWifiSetupRequest(
                List.of(good.get(0), good.get(1), good.get(2), good.get(3), bytes("53 36", zeros(16)))));
    }

    @Test
    void wifiSetupReplyIsTheEchoThenTheResult() throws Exception {
        byte[] buffer0 = hex("53 32 01 02");
        byte[] buffer4 = hex("53 32 00 00 00 00 C0 A8 30 01 00 01 00 40 00 01 00 03");
        WifiSetupReply reply = GattValues.decodeWifiSetupReply(buffer0, buffer4, 0x0102);
        assertEquals(new WifiSetupReply(0x0102, 0, (Inet4Address) InetAddress.getByName("192.168.48.1"), 65600L, 1,
                3), reply);
        assertTrue(reply.succeeded());
        assertArrayEquals(buffer0, GattValues.encodeIndexMessage(GattValues.WIFI_SETUP_REPLY, 0x0102));
        assertArrayEquals(buffer4, BoxValues.encodeWifiSetupResult(0, reply.wifiIp(), 65600L, 1, 3));
    }

    @Test
    void wifiSetupReplyResultsAreSigned() throws BleFormatException {
        WifiSetupReply running = GattValues.decodeWifiSetupReply(hex("53 32 00 09"),
                hex("53 32 00 00 00 02 00 00 00 00 00 00 00 00 00 01 00 00"), 9);
        assertTrue(running.running());
        WifiSetupReply empty = GattValues.decodeWifiSetupReply(hex("53 32 00 09"),
                hex("53 32 FF FF FF EC 00 00 00 00 00 00 00 00 00 01 00 00"), 9);
        assertEquals(-20, empty.result());
        assertEquals(ResultCode.ERR_EMPTY, empty.resultCode());
    }

    @Test
    void wifiSetupReplyChecksTheEchoInBuffer0() {
        byte[] buffer4 = hex("53 32 00 00 00 00 C0 A8 30 01 00 01 00 40 00 01 00 03");
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeWifiSetupReply(hex("53 32 01 03"), buffer4, 0x0102));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeWifiSetupReply(hex("53 37 01 02"), buffer4, 0x0102));
        assertThrows(BleFormatException.class, () -> GattValues.decodeWifiSetupReply(hex("53 32 01 02"),
                hex("53 32 00 00 00 00 C0 A8 30 01 00 01 00 40 00 01 00"), 0x0102));
    }

    // ---- AP mode ----

    @Test
    void apModeRequestAndReply() throws BleFormatException {
        assertArrayEquals(hex("53 41 00 2A"), GattValues.encodeIndexMessage(GattValues.AP_MODE_REQUEST, 42));
        assertEquals(42, BoxValues.decodeIndexMessage(GattValues.AP_MODE_REQUEST, hex("53 41 00 2A")));
        assertEquals(new ResultReply(42, 2),
                GattValues.decodeResultReply(GattValues.AP_MODE_REPLY, hex("53 42 00 00 00 02 00 2A"), 42));
        assertEquals(ResultCode.ERR_DEVICE, GattValues
                .decodeResultReply(GattValues.AP_MODE_REPLY, hex("53 42 FF FF FF FC 00 2A"), 42).resultCode());
        assertEquals(ResultCode.UNKNOWN, GattValues
                .decodeResultReply(GattValues.AP_MODE_REPLY, hex("53 42 00 00 03 E7 00 2A"), 42).resultCode());
        assertThrows(BleFormatException.class,
                () -> BoxValues.decodeIndexMessage(GattValues.AP_MODE_REQUEST, hex("53 43 00 2A")));
    }

    // ---- AP info ----

    @Test
    void apInfoRequestAndReply() throws BleFormatException {
        assertArrayEquals(hex("53 43 80 00"), GattValues.encodeIndexMessage(GattValues.AP_INFO_REQUEST, 0x8000));
        byte[] buffer4 = hex("53 44 00 03 80 00");
        byte[] buffer2 = bytes("53 44", ascii("C301170101001"), zeros(3));
        byte[] buffer3 = bytes("53 44", ascii("12345678"), zeros(8));
        ApInfoReply reply = GattValues.decodeApInfoReply(buffer4, buffer2, buffer3, 0x8000);
        assertEquals(new ApInfoReply(0x8000, WifiSecurity.WPA2PSK, "C301170101001", "12345678"), reply);
        assertFalse(reply.toString().contains("12345678"));
        List<byte[]> encoded = BoxValues.encodeApInfoReply(0x8000, WifiSecurity.WPA2PSK, "C301170101001",
                "12345678");
        assertArrayEquals(buffer4, encoded.get(0));
        assertArrayEquals(buffer2, encoded.get(1));
        assertArrayEquals(buffer3, encoded.get(2));
    }

    @Test
    void apInfoReplyIsCheckedPieceByPiece() {
        byte[] buffer4 = hex("53 44 00 03 80 00");
        byte[] text = bytes("53 44", zeros(16));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeApInfoReply(hex("53 44 00 03 80 01"), text, text, 0x8000));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeApInfoReply(hex("53 44 00 05 80 00"), text, text, 0x8000));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeApInfoReply(buffer4, bytes("53 43", zeros(16)), text, 0x8000));
        assertThrows(BleFormatException.class,
                () -> GattValues.decodeApInfoReply(buffer4, text, bytes("53 44", zeros(15)), 0x8000));
        assertThrows(IllegalArgumentException.class, () -> BoxValues.encodeApInfoReply(1, WifiSecurity.NONE,
                "0123456789abcdefg", ""));
    }

    // ---- Index ----

    @Test
    void indexMustBeSixteenBitsUnsigned() {
        assertThrows(IllegalArgumentException.class, () -> GattValues.encodeIndexMessage(0x5335, -1));
        assertThrows(IllegalArgumentException.class, () -> GattValues.encodeIndexMessage(0x5335, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> BoxValues.encodeWordReply(0x5336, 0, 0x10000));
    }
}
