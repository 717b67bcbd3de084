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

import static org.openhab.binding.ultrastream.client.ble.GattValues.*;

import java.io.ByteArrayOutputStream;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The box's side of the codec, for the fake box: it reads what the app writes and writes what the app reads, by the
 * same layouts as {@link GattValues}, {@link ManufacturerData} and {@link AdStructure}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class BoxValues {

    /** A Wi-Fi setup request as the box reads it from Buffer-0 … Buffer-4. */
    record WifiSetupRequest(int index, WifiSetup setup) {
    }

    private BoxValues() {
    }

    /** Reads {@code opcode | Index} and returns the index. */
    static int decodeIndexMessage(int opcode, byte[] value) throws BleFormatException {
        return Short.toUnsignedInt(open(value, opcode, INDEX_MESSAGE_LENGTH).getShort());
    }

    /** {@code opcode | 32-bit word | Index}: the layout of the status, password and AP mode replies. */
    static byte[] encodeWordReply(int opcode, int word, int index) {
        return ByteBuffer.allocate(WORD_REPLY_LENGTH).putShort((short) opcode).putInt(word)
                .putShort(checkIndex(index)).array();
    }

    static byte[] encodeStatusReply(int index, long statusMask) {
        return encodeWordReply(STATUS_REPLY, (int) statusMask, index);
    }

    /** Buffer-0 of the password exchange: the 16-byte digest. */
    static byte[] decodePasswordDigest(byte[] buffer0) throws BleFormatException {
        byte[] digest = new byte[DIGEST_LENGTH];
        open(buffer0, PASSWORD_REQUEST, PREFIX_LENGTH + DIGEST_LENGTH).get(digest);
        return digest;
    }

    /** The five values of the Wi-Fi setup request; a field the document does not list is refused. */
    static WifiSetupRequest decodeWifiSetupRequest(List<byte[]> buffers) throws BleFormatException {
        if (buffers.size() != BleBuffer.values().length) {
            throw new BleFormatException("Wi-Fi setup needs the five buffers, got " + buffers.size());
        }
        ByteBuffer head = open(buffers.get(0), WIFI_SETUP_REQUEST, WIFI_SETUP_HEAD_LENGTH);
        WifiSecurity security = listed(WifiSecurity.class, Short.toUnsignedInt(head.getShort()), "secuID");
        int index = Short.toUnsignedInt(head.getShort());
        IpMode ipMode = listed(IpMode.class, Short.toUnsignedInt(head.getShort()), "IP mode");
        byte[] name = new byte[2 * PART_LENGTH];
        open(buffers.get(1), NO_PREFIX, PART_LENGTH).get(name, 0, PART_LENGTH);
        open(buffers.get(2), NO_PREFIX, PART_LENGTH).get(name, PART_LENGTH, PART_LENGTH);
        byte[] password = new byte[PART_LENGTH + DIGEST_LENGTH];
        open(buffers.get(3), NO_PREFIX, PART_LENGTH).get(password, 0, PART_LENGTH);
        open(buffers.get(4), WIFI_SETUP_REQUEST, PREFIX_LENGTH + DIGEST_LENGTH).get(password, PART_LENGTH,
                DIGEST_LENGTH);
        try {
            return new WifiSetupRequest(index, new WifiSetup(text(name), text(password), security, ipMode));
        } catch (IllegalArgumentException e) {
            throw new BleFormatException("Wi-Fi setup request: " + e.getMessage());
        }
    }

    /** Buffer-4 of the Wi-Fi setup reply. (Buffer-0 is {@code encodeIndexMessage(0x5332, index)}.) */
    static byte[] encodeWifiSetupResult(int result, Inet4Address wifiIp, long statusMask, int versionMajor,
            int versionMinor) {
        return ByteBuffer.allocate(WIFI_SETUP_RESULT_LENGTH).putShort((short) WIFI_SETUP_REPLY).putInt(result)
                .put(wifiIp.getAddress()).putInt((int) statusMask).putShort((short) versionMajor)
                .putShort((short) versionMinor).array();
    }

    /** The three values of the AP info reply, in the order the app reads them: Buffer-4, Buffer-2, Buffer-3. */
    static List<byte[]> encodeApInfoReply(int index, WifiSecurity security, String ssid, String password) {
        byte[] head = ByteBuffer.allocate(AP_INFO_HEAD_LENGTH).putShort((short) AP_INFO_REPLY)
                .putShort((short) security.code()).putShort(checkIndex(index)).array();
        return List.of(head, apText(ssid, "AP name"), apText(password, "AP password"));
    }

    /** {@code 0x5344} and the text zero-padded to 16 bytes. */
    private static byte[] apText(String text, String what) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > AP_TEXT_LENGTH || text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must take at most 16 bytes in UTF-8, without U+0000");
        }
        return ByteBuffer.allocate(PREFIX_LENGTH + AP_TEXT_LENGTH).putShort((short) AP_INFO_REPLY).put(bytes)
                .array();
    }

    /** The data an Ultra Stream advertises: the document's constants with this status and these addresses. */
    static ManufacturerData manufacturerData(long statusMask, Inet4Address ethIp, Inet4Address wifiIp) {
        return new ManufacturerData(ManufacturerData.VENDOR_ID, ManufacturerData.PRODUCT_ID, ManufacturerData.LAYOUT,
                ManufacturerData.PROTOCOL_VERSION, statusMask, ethIp, wifiIp);
    }

    /** The 21 bytes of AD data, in the document's form (with the inner {@code 14 FF}). */
    static byte[] encode(ManufacturerData data) {
        return ByteBuffer.allocate(ManufacturerData.INNER_HEADER.length + ManufacturerData.FIELDS_LENGTH)
                .put(ManufacturerData.INNER_HEADER).putShort((short) data.vendorId())
                .putShort((short) data.productId()).put((byte) data.layout()).putShort((short) data.protocolVersion())
                .putInt((int) data.statusMask()).put(data.ethIp().getAddress()).put(data.wifiIp().getAddress())
                .array();
    }

    /** The advertising packet: the service UUID structure, then the manufacturer data (29 bytes). */
    static byte[] encodeAdvertisingData(BleAdvertisement advertisement) {
        byte[] uuid = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(BleUuids.ADVERTISED_SERVICE_32)
                .array();
        return encodeAll(List.of(new AdStructure(AdStructure.TYPE_INCOMPLETE_32_BIT_UUIDS, uuid),
                new AdStructure(AdStructure.TYPE_MANUFACTURER_DATA, encode(advertisement.manufacturerData()))));
    }

    /** The scan response: the complete local name (15 bytes). */
    static byte[] encodeScanResponse(BleAdvertisement advertisement) {
        return encodeAll(List.of(new AdStructure(AdStructure.TYPE_COMPLETE_LOCAL_NAME,
                advertisement.serial().getBytes(StandardCharsets.US_ASCII))));
    }

    /** Joins AD structures into one packet; they must fit into 31 bytes. */
    static byte[] encodeAll(List<AdStructure> structures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (AdStructure structure : structures) {
            out.write(structure.data().length + 1);
            out.write(structure.type());
            out.writeBytes(structure.data());
        }
        if (out.size() > AdStructure.MAX_PACKET_LENGTH) {
            throw new IllegalArgumentException("AD structures take " + out.size() + " bytes, more than 31");
        }
        return out.toByteArray();
    }
}
