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
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;

/**
 * Advertising data and scan response, from the document's tables ("广播数据约定").
 */
@NonNullByDefault
class BleAdvertisementTest {

    /** The document's advertising packet: the UUID structure and the manufacturer data with its example values. */
    private static final byte[] DOCUMENT_ADVERTISING = hex("05 04 61 A9 07 AD" // 32-bit UUID, little-endian
            + " 16 FF 14 FF 29 35 08 08 01 00 01" // lengths, flags, vendor, product, layout, version 1.0
            + " 01 01 01 01 00 00 00 00 00 00 00 00"); // status 0x01010101, eth ip, wifi ip

    /** The document's scan response: the complete local name C301170101001. */
    private static final byte[] DOCUMENT_SCAN_RESPONSE = hex(
            "0E 09 43 33 30 31 31 37 30 31 30 31 30 30 31");

    @Test
    void readsTheDocumentsPackets() throws Exception {
        BleAdvertisement advertisement = BleAdvertisement.parse(DOCUMENT_ADVERTISING, DOCUMENT_SCAN_RESPONSE);
        assertEquals("C301170101001", advertisement.serial());
        ManufacturerData data = advertisement.manufacturerData();
        assertEquals(0x2935, data.vendorId());
        assertEquals(0x0808, data.productId());
        assertEquals(1, data.layout());
        assertEquals(1, data.protocolVersion());
        assertEquals(0x01010101L, data.statusMask());
        assertEquals(ip("0.0.0.0"), data.ethIp());
        assertEquals(ip("0.0.0.0"), data.wifiIp());
    }

    @Test
    void writesTheDocumentsPackets() throws Exception {
        BleAdvertisement advertisement = new BleAdvertisement("C301170101001",
                BoxValues.manufacturerData(0x01010101L, ip("0.0.0.0"), ip("0.0.0.0")));
        assertEquals(29, DOCUMENT_ADVERTISING.length);
        assertArrayEquals(DOCUMENT_ADVERTISING, BoxValues.encodeAdvertisingData(advertisement));
        assertEquals(15, DOCUMENT_SCAN_RESPONSE.length);
        assertArrayEquals(DOCUMENT_SCAN_RESPONSE, BoxValues.encodeScanResponse(advertisement));
    }

    @Test
    void readsStatusAndAddressesBigEndian() throws Exception {
        // The multicast example: status 65600 = 0x00010040, eth 192.168.1.217, wifi 192.168.48.1.
        byte[] advertising = hex("05 04 61 A9 07 AD 16 FF 14 FF 29 35 08 08 01 00 01"
                + " 00 01 00 40 C0 A8 01 D9 C0 A8 30 01");
        ManufacturerData data = BleAdvertisement.parseAdvertisingData(advertising);
        assertEquals(65600L, data.statusMask());
        assertEquals(Set.of(DeviceStatusFlag.STATUS_SOFTAP, DeviceStatusFlag.STATUS_PASSWD), data.status());
        assertEquals(ip("192.168.1.217"), data.ethIp());
        assertEquals(ip("192.168.48.1"), data.wifiIp());
        assertArrayEquals(advertising, BoxValues.encodeAdvertisingData(new BleAdvertisement("A302190719003", data)));
    }

    @Test
    void readsTheFullUnsignedStatusMask() throws Exception {
        ManufacturerData data = ManufacturerData
                .decode(hex("14 FF 29 35 08 08 01 00 01 FF FF FF FF 00 00 00 00 00 00 00 00"));
        assertEquals(0xFFFFFFFFL, data.statusMask());
    }

    @Test
    void acceptsManufacturerDataWithoutTheInnerLengthAndFlag() throws Exception {
        ManufacturerData data = ManufacturerData
                .decode(hex("29 35 08 08 01 00 01 00 01 00 40 C0 A8 01 D9 C0 A8 30 01"));
        assertEquals(65600L, data.statusMask());
        assertEquals(ip("192.168.48.1"), data.wifiIp());
    }

    @Test
    void ignoresOtherStructures() throws Exception {
        // Flags first, a complete 32-bit UUID list, then the 19-byte manufacturer data form: 30 bytes.
        byte[] advertising = bytes("02 01 06", "05 05 61 A9 07 AD",
                "14 FF 29 35 08 08 01 00 01 00 00 00 10 0A 00 00 05 00 00 00 00");
        ManufacturerData data = BleAdvertisement.parseAdvertisingData(advertising);
        assertEquals(0x10L, data.statusMask());
        assertEquals(ip("10.0.0.5"), data.ethIp());
        assertTrue(BleAdvertisement.isUltraStream(advertising));
    }

    @Test
    void findsTheUuidAmongOthers() throws Exception {
        byte[] advertising = bytes("09 04 78 56 34 12 61 A9 07 AD",
                "14 FF 29 35 08 08 01 00 01 00 00 00 10 0A 00 00 05 00 00 00 00");
        assertEquals(31, advertising.length);
        assertEquals(0x10L, BleAdvertisement.parseAdvertisingData(advertising).statusMask());
    }

    @Test
    void rejectsAdvertisingWithoutTheServiceUuid() {
        byte[] noUuid = bytes(manufacturerStructure());
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseAdvertisingData(noUuid));
        assertFalse(BleAdvertisement.isUltraStream(noUuid));
        // The UUID written big-endian is a different UUID.
        byte[] bigEndianUuid = bytes("05 04 AD 07 A9 61", manufacturerStructure());
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseAdvertisingData(bigEndianUuid));
        assertFalse(BleAdvertisement.isUltraStream(bigEndianUuid));
    }

    @Test
    void rejectsAUuidListThatIsNotAMultipleOfFourBytes() {
        byte[] advertising = bytes("06 04 61 A9 07 AD 00", manufacturerStructure());
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseAdvertisingData(advertising));
        assertFalse(BleAdvertisement.isUltraStream(advertising));
    }

    @Test
    void rejectsAdvertisingWithoutOrWithTwoManufacturerData() {
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseAdvertisingData(hex("05 04 61 A9 07 AD")));
        byte[] twice = bytes("05 04 61 A9 07 AD 03 FF 29 35", manufacturerStructure());
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseAdvertisingData(twice));
    }

    @Test
    void rejectsAnotherVendorProductOrLayout() {
        assertRejected("14 FF 29 36 08 08 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00", "vendor");
        assertRejected("14 FF 29 35 08 09 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00", "product");
        assertRejected("14 FF 29 35 08 08 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00", "layout");
    }

    @Test
    void rejectsManufacturerDataOfTheWrongLength() {
        assertRejected("14 FF 29 35 08 08 01 00 01 00 00 00 00 00 00 00 00 00 00 00", "20 bytes");
        assertRejected("14 FF 29 35 08 08 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00", "22 bytes");
        assertRejected("15 FF 29 35 08 08 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00", "14 FF");
    }

    @Test
    void rejectsATruncatedAdvertisingPacket() {
        byte[] truncated = Arrays.copyOf(DOCUMENT_ADVERTISING, 28);
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseAdvertisingData(truncated));
    }

    @Test
    void rejectsALocalNameThatIsNotASerial() {
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseScanResponse(bytes("0E 09", ascii(
                "c301170101001"))));
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseScanResponse(bytes("0E 09", ascii(
                "C301290101001"))));
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseScanResponse(bytes("0F 09", ascii(
                "C3011701010010"))));
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseScanResponse(bytes("0E 09", ascii(
                "C30117010100"), "E9")));
        // A shortened local name (0x08) is not the complete one.
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseScanResponse(bytes("0E 08", ascii(
                "C301170101001"))));
        assertThrows(BleFormatException.class, () -> BleAdvertisement.parseScanResponse(new byte[0]));
    }

    @Test
    void refusesToBuildAnAdvertisementWithAnInvalidSerial() {
        assertThrows(IllegalArgumentException.class, () -> new BleAdvertisement("C30117010100",
                BoxValues.manufacturerData(0, ip("0.0.0.0"), ip("0.0.0.0"))));
        assertThrows(IllegalArgumentException.class,
                () -> BoxValues.manufacturerData(-1, ip("0.0.0.0"), ip("0.0.0.0")));
    }

    private static void assertRejected(String manufacturerData, String expectedInMessage) {
        byte[] advertising = bytes("05 04 61 A9 07 AD", new byte[]{ (byte) (hex(manufacturerData).length + 1) },
                "FF", manufacturerData);
        BleFormatException e = assertThrows(BleFormatException.class,
                () -> BleAdvertisement.parseAdvertisingData(advertising));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    private static byte[] manufacturerStructure() {
        return hex("16 FF 14 FF 29 35 08 08 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00");
    }

    private static Inet4Address ip(String dotted) {
        try {
            return (Inet4Address) InetAddress.getByName(dotted);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
