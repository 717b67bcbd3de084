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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.SerialNumber;

/**
 * What an Ultra Stream box advertises over BLE, taken from its two packets:
 * <ul>
 * <li>the advertising data: the 32-bit service UUID {@code ad07a961} (AD type {@code 0x04}, little-endian as
 * Bluetooth requires: {@code 05 04 61 A9 07 AD}) and the {@link ManufacturerData} (AD type {@code 0xFF});</li>
 * <li>the scan response: the Complete Local Name (AD type {@code 0x09}), which is the 13-character serial number:
 * {@code 0E 09 43 33 30 31 ...}.</li>
 * </ul>
 * Other AD structures (flags, TX power, …) are ignored.
 *
 * @param serial the serial number, valid by {@link SerialNumber}
 * @param manufacturerData the manufacturer specific data
 */
@NonNullByDefault
public record BleAdvertisement(String serial, ManufacturerData manufacturerData) {

    public BleAdvertisement {
        if (!SerialNumber.isValid(serial)) {
            throw new IllegalArgumentException("Invalid serial number: " + serial);
        }
    }

    /**
     * Reads both packets.
     *
     * @throws BleFormatException if either packet is malformed or not an Ultra Stream's
     */
    public static BleAdvertisement parse(byte[] advertisingData, byte[] scanResponse) throws BleFormatException {
        return new BleAdvertisement(parseScanResponse(scanResponse), parseAdvertisingData(advertisingData));
    }

    /**
     * Reads the advertising packet: checks the service UUID and returns the manufacturer data.
     *
     * @throws BleFormatException if the packet is malformed, lacks the service UUID or the manufacturer data, or
     *             the manufacturer data is not an Ultra Stream's
     */
    public static ManufacturerData parseAdvertisingData(byte[] advertisingData) throws BleFormatException {
        List<AdStructure> structures = AdStructure.parseAll(advertisingData);
        if (!hasServiceUuid(structures)) {
            throw new BleFormatException(String.format("No service UUID %08x", BleUuids.ADVERTISED_SERVICE_32));
        }
        AdStructure manufacturer = AdStructure.findSingle(structures, "manufacturer data",
                AdStructure.TYPE_MANUFACTURER_DATA);
        if (manufacturer == null) {
            throw new BleFormatException("No manufacturer data");
        }
        return ManufacturerData.decode(manufacturer.data());
    }

    /**
     * Reads the scan response: the Complete Local Name, which must be a valid serial number.
     *
     * @throws BleFormatException if the packet is malformed, has no complete local name, or the name is not a
     *             valid serial number
     */
    public static String parseScanResponse(byte[] scanResponse) throws BleFormatException {
        AdStructure name = AdStructure.findSingle(AdStructure.parseAll(scanResponse), "complete local name",
                AdStructure.TYPE_COMPLETE_LOCAL_NAME);
        if (name == null) {
            throw new BleFormatException("No complete local name");
        }
        // Latin-1 maps each byte to one char, so any non-ASCII byte fails the serial rules below.
        String serial = new String(name.data(), StandardCharsets.ISO_8859_1);
        if (!SerialNumber.isValid(serial)) {
            throw new BleFormatException("Local name is not a valid serial number: " + printable(serial));
        }
        return serial;
    }

    /** Whether an advertising packet is well formed and lists the Ultra Stream service UUID; never throws. */
    public static boolean isUltraStream(byte[] advertisingData) {
        try {
            return hasServiceUuid(AdStructure.parseAll(advertisingData));
        } catch (BleFormatException e) {
            return false;
        }
    }

    /**
     * Whether a 32-bit UUID list (incomplete or complete) holds the Ultra Stream service UUID.
     *
     * @throws BleFormatException if a list's length is not a multiple of 4
     */
    private static boolean hasServiceUuid(List<AdStructure> structures) throws BleFormatException {
        for (AdStructure structure : structures) {
            if (structure.type() == AdStructure.TYPE_INCOMPLETE_32_BIT_UUIDS
                    || structure.type() == AdStructure.TYPE_COMPLETE_32_BIT_UUIDS) {
                if (structure.data().length % 4 != 0) {
                    throw new BleFormatException(
                            "32-bit UUID list of " + structure.data().length + " bytes, not a multiple of 4");
                }
                ByteBuffer uuids = ByteBuffer.wrap(structure.data()).order(ByteOrder.LITTLE_ENDIAN);
                while (uuids.remaining() >= 4) {
                    if (uuids.getInt() == BleUuids.ADVERTISED_SERVICE_32) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The name with control and non-ASCII characters escaped, safe for a message. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return out.toString();
    }
}
