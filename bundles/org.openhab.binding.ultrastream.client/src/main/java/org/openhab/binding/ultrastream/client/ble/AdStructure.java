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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One AD structure of advertising data or a scan response: {@code Length} (one byte, counting the type and the
 * data), {@code AD type} (one byte), {@code AD data}.
 *
 * @param type the AD type, 0–255
 * @param data the AD data, at most 29 bytes
 */
@NonNullByDefault
public record AdStructure(int type, byte[] data) {

    /** The most a legacy advertising packet or scan response carries. */
    public static final int MAX_PACKET_LENGTH = 31;

    /** AD type: Incomplete List of 32-bit Service Class UUIDs (the document uses this one). */
    public static final int TYPE_INCOMPLETE_32_BIT_UUIDS = 0x04;
    /** AD type: Complete List of 32-bit Service Class UUIDs. */
    public static final int TYPE_COMPLETE_32_BIT_UUIDS = 0x05;
    /** AD type: Complete Local Name. */
    public static final int TYPE_COMPLETE_LOCAL_NAME = 0x09;
    /** AD type: Manufacturer Specific Data. */
    public static final int TYPE_MANUFACTURER_DATA = 0xFF;

    public AdStructure {
        if (type < 0 || type > 0xFF) {
            throw new IllegalArgumentException("AD type must be 0-255: " + type);
        }
        if (data.length > MAX_PACKET_LENGTH - 2) {
            throw new IllegalArgumentException("AD data longer than " + (MAX_PACKET_LENGTH - 2) + " bytes");
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * Splits one advertising packet or scan response into its AD structures. A zero length byte ends the
     * significant part early, as Bluetooth allows; what follows (padding) is ignored.
     *
     * @throws BleFormatException if the packet is longer than 31 bytes or a structure runs past its end
     */
    public static List<AdStructure> parseAll(byte[] packet) throws BleFormatException {
        if (packet.length > MAX_PACKET_LENGTH) {
            throw new BleFormatException(
                    "Advertising packet of " + packet.length + " bytes, more than " + MAX_PACKET_LENGTH);
        }
        List<AdStructure> structures = new ArrayList<>();
        int pos = 0;
        while (pos < packet.length) {
            int length = packet[pos] & 0xFF;
            if (length == 0) {
                break;
            }
            if (pos + 1 + length > packet.length) {
                throw new BleFormatException("AD structure at byte " + pos + " declares " + length
                        + " bytes but only " + (packet.length - pos - 1) + " follow");
            }
            int type = packet[pos + 1] & 0xFF;
            structures.add(new AdStructure(type, Arrays.copyOfRange(packet, pos + 2, pos + 1 + length)));
            pos += 1 + length;
        }
        return structures;
    }

    /**
     * The only structure of one of these types.
     *
     * @return {@code null} if there is none
     * @throws BleFormatException if there are several
     */
    static @Nullable AdStructure findSingle(List<AdStructure> structures, String what, int... types)
            throws BleFormatException {
        @Nullable
        AdStructure found = null;
        for (AdStructure structure : structures) {
            for (int type : types) {
                if (structure.type == type) {
                    if (found != null) {
                        throw new BleFormatException("More than one " + what + " AD structure");
                    }
                    found = structure;
                }
            }
        }
        return found;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AdStructure other && type == other.type && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("AdStructure[type=0x%02X, %d bytes]", type, data.length);
    }
}
