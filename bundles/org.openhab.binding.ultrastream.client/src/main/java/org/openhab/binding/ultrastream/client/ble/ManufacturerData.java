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

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;

/**
 * The manufacturer specific data of the advertising packet ("厂商自定义数据"). All fields are big-endian.
 * <p>
 * The document gives the AD structure a length of {@code 0x16} and 21 bytes of AD data, and those 21 bytes begin
 * with a second length/flag pair {@code 14 FF} before the 19 bytes of fields:
 *
 * <pre>
 * 16 FF | 14 FF | 29 35 | 08 08 | 01     | 00 01            | SS SS SS SS | EE EE EE EE | WW WW WW WW
 *       | inner | vendor| product| layout| protocol version | box status  | box eth ip  | box wifi ip
 * </pre>
 *
 * {@link #decode(byte[])} also accepts the 19 bytes of fields without the inner {@code 14 FF}, since a box may
 * write either: the document's lengths and its field list disagree by those two bytes.
 *
 * @param vendorId {@link #VENDOR_ID}
 * @param productId {@link #PRODUCT_ID}
 * @param layout {@link #LAYOUT}
 * @param protocolVersion the net protocol version, {@code 0x0001} for 1.0
 * @param statusMask the device status mask, 32 bits unsigned
 * @param ethIp the Ethernet IPv4 address, {@code 0.0.0.0} when there is none
 * @param wifiIp the Wi-Fi IPv4 address, {@code 0.0.0.0} when there is none
 */
@NonNullByDefault
public record ManufacturerData(int vendorId, int productId, int layout, int protocolVersion, long statusMask,
        Inet4Address ethIp, Inet4Address wifiIp) {

    public static final int VENDOR_ID = 0x2935;
    public static final int PRODUCT_ID = 0x0808;
    /** The "ble data layout" this class reads; another layout could place the fields elsewhere. */
    public static final int LAYOUT = 0x01;
    /** Net protocol version 1.0. */
    public static final int PROTOCOL_VERSION = 0x0001;

    /** The fields after the inner length/flag pair. */
    static final int FIELDS_LENGTH = 19;
    /** The inner length/flag pair the document puts before the fields. */
    static final byte[] INNER_HEADER = { 0x14, (byte) 0xFF };

    public ManufacturerData {
        checkUnsigned16(vendorId, "vendor id");
        checkUnsigned16(productId, "product id");
        checkUnsigned16(protocolVersion, "protocol version");
        if (layout < 0 || layout > 0xFF) {
            throw new IllegalArgumentException("layout must be one byte: " + layout);
        }
        if (statusMask < 0 || statusMask > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("status mask must be 32 bits unsigned: " + statusMask);
        }
    }

    /**
     * Reads the AD data of the manufacturer specific AD structure (type {@code 0xFF}).
     *
     * @throws BleFormatException if its length is neither 21 (with {@code 14 FF}) nor 19, or the vendor, product
     *             or layout is not the document's
     */
    public static ManufacturerData decode(byte[] adData) throws BleFormatException {
        byte[] fields;
        if (adData.length == INNER_HEADER.length + FIELDS_LENGTH) {
            if (adData[0] != INNER_HEADER[0] || adData[1] != INNER_HEADER[1]) {
                throw new BleFormatException(String.format(
                        "Manufacturer data starts with %02X %02X instead of 14 FF", adData[0], adData[1]));
            }
            fields = Arrays.copyOfRange(adData, INNER_HEADER.length, adData.length);
        } else if (adData.length == FIELDS_LENGTH) {
            fields = adData;
        } else {
            throw new BleFormatException("Manufacturer data of " + adData.length + " bytes instead of 21");
        }
        ByteBuffer in = ByteBuffer.wrap(fields);
        int vendorId = Short.toUnsignedInt(in.getShort());
        int productId = Short.toUnsignedInt(in.getShort());
        int layout = Byte.toUnsignedInt(in.get());
        if (vendorId != VENDOR_ID || productId != PRODUCT_ID) {
            throw new BleFormatException(
                    String.format("Not an Ultra Stream: vendor 0x%04X, product 0x%04X", vendorId, productId));
        }
        if (layout != LAYOUT) {
            throw new BleFormatException("Unknown BLE data layout " + layout);
        }
        int protocolVersion = Short.toUnsignedInt(in.getShort());
        long statusMask = Integer.toUnsignedLong(in.getInt());
        return new ManufacturerData(vendorId, productId, layout, protocolVersion, statusMask, readIp(in),
                readIp(in));
    }

    /** The flags of {@link #statusMask()}. */
    public Set<DeviceStatusFlag> status() {
        return DeviceStatusFlag.decode(statusMask);
    }

    /** Four big-endian bytes as an address; {@code 0.0.0.0} stays as it is. */
    static Inet4Address readIp(ByteBuffer in) {
        byte[] address = new byte[4];
        in.get(address);
        try {
            return (Inet4Address) InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    private static void checkUnsigned16(int value, String what) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(what + " must be 16 bits unsigned: " + value);
        }
    }
}
