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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.Coded;

/**
 * The byte layout of the characteristic values of the document's GATT exchanges: this class writes what the app
 * writes (requests) and reads what the box offers (replies); the box's side of the table serves only the fake box of
 * the tests, and lives there. Multi-byte fields are big-endian; {@code II II} below is the 16-bit {@code Index}.
 *
 * <pre>
 * status        app  Buffer-0  53 35 II II
 *               box  Buffer-4  53 36 SS SS SS SS II II                        S status mask
 * password      app  Buffer-4  53 33 II II                                    written first
 *                    Buffer-0  53 33 + 16 bytes MD5(password)                 written second
 *               box  Buffer-4  53 34 RR RR RR RR II II                        R result
 * Wi-Fi setup   app  Buffer-0  53 37 CC CC II II VV VV                        C secuID, V IP mode
 *                    Buffer-1  18 bytes: Wi-Fi name bytes 0-17
 *                    Buffer-2  18 bytes: Wi-Fi name bytes 18-35
 *                    Buffer-3  18 bytes: password bytes 0-17
 *                    Buffer-4  53 37 + 16 bytes: password bytes 18-33         written in the order 0, 1, 2, 3, 4
 *               box  Buffer-0  53 32 II II                                    read first
 *                    Buffer-4  53 32 RR RR RR RR WW WW WW WW SS SS SS SS MA MA MI MI
 *                                                          W Wi-Fi IP, MA/MI version major/minor; read second
 * AP mode       app  Buffer-0  53 41 II II
 *               box  Buffer-4  53 42 RR RR RR RR II II
 * AP info       app  Buffer-0  53 43 II II
 *               box  Buffer-4  53 44 CC CC II II                              read first
 *                    Buffer-2  53 44 + 16 bytes Wi-Fi name                    read second
 *                    Buffer-3  53 44 + 16 bytes Wi-Fi password                read third
 * </pre>
 *
 * Text is UTF-8, zero-padded; a text ends at its first zero byte. Decoding refuses a value shorter than its layout
 * or with the wrong prefix, and accepts extra bytes after the layout only when they are all zero (a box may return
 * a fixed-size buffer whole). Reply decoders also check the {@code Index} echo.
 */
@NonNullByDefault
public final class GattValues {

    public static final int STATUS_REQUEST = 0x5335;
    public static final int STATUS_REPLY = 0x5336;
    public static final int PASSWORD_REQUEST = 0x5333;
    public static final int PASSWORD_REPLY = 0x5334;
    public static final int WIFI_SETUP_REQUEST = 0x5337;
    public static final int WIFI_SETUP_REPLY = 0x5332;
    public static final int AP_MODE_REQUEST = 0x5341;
    public static final int AP_MODE_REPLY = 0x5342;
    public static final int AP_INFO_REQUEST = 0x5343;
    public static final int AP_INFO_REPLY = 0x5344;

    /** The largest {@code Index}: it is 16 bits unsigned. */
    public static final int MAX_INDEX = 0xFFFF;
    /** The length of an MD5 digest. */
    public static final int DIGEST_LENGTH = 16;
    /** The size of each part of the Wi-Fi name and password in the Wi-Fi setup request. */
    public static final int PART_LENGTH = 18;
    /** The size of the AP name and password in the AP info reply. */
    public static final int AP_TEXT_LENGTH = 16;

    static final int PREFIX_LENGTH = 2;
    /** A value of opcode and index: the status, AP mode and AP info requests, and two parts of other exchanges. */
    static final int INDEX_MESSAGE_LENGTH = PREFIX_LENGTH + 2;
    /** Opcode, 32-bit value, index: the status, password and AP mode replies. */
    static final int WORD_REPLY_LENGTH = PREFIX_LENGTH + 4 + 2;
    static final int WIFI_SETUP_HEAD_LENGTH = PREFIX_LENGTH + 2 + 2 + 2;
    static final int WIFI_SETUP_RESULT_LENGTH = PREFIX_LENGTH + 4 + 4 + 4 + 2 + 2;
    static final int AP_INFO_HEAD_LENGTH = PREFIX_LENGTH + 2 + 2;
    static final int NO_PREFIX = -1;

    private GattValues() {
    }

    // ---- Shared shapes ----

    /** {@code opcode | Index}: 4 bytes. */
    public static byte[] encodeIndexMessage(int opcode, int index) {
        return ByteBuffer.allocate(INDEX_MESSAGE_LENGTH).putShort((short) opcode).putShort(checkIndex(index))
                .array();
    }

    // ---- Status (0x5335 / 0x5336) ----

    /**
     * Reads Buffer-4 of the status exchange.
     *
     * @throws BleFormatException if malformed or the index is not {@code expectedIndex}
     */
    public static StatusReply decodeStatusReply(byte[] buffer4, int expectedIndex) throws BleFormatException {
        ByteBuffer in = open(buffer4, STATUS_REPLY, WORD_REPLY_LENGTH);
        long statusMask = Integer.toUnsignedLong(in.getInt());
        return new StatusReply(echoedIndex(in, expectedIndex), statusMask);
    }

    // ---- Password (0x5333 / 0x5334) ----

    /** The MD5 digest of the password's UTF-8 bytes: the 16 raw bytes the exchange sends (not hex). */
    public static byte[] passwordDigest(String password) {
        try {
            return MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }

    /** Buffer-0 of the password exchange: {@code 0x5333} and the 16-byte digest. */
    public static byte[] encodePasswordDigest(byte[] digest) {
        if (digest.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException("An MD5 digest has 16 bytes, not " + digest.length);
        }
        return ByteBuffer.allocate(PREFIX_LENGTH + DIGEST_LENGTH).putShort((short) PASSWORD_REQUEST).put(digest)
                .array();
    }

    /**
     * Reads Buffer-4 of the password exchange ({@code 0x5334}) or of the AP mode exchange ({@code 0x5342}).
     *
     * @param opcode {@link #PASSWORD_REPLY} or {@link #AP_MODE_REPLY}
     * @throws BleFormatException if malformed or the index is not {@code expectedIndex}
     */
    public static ResultReply decodeResultReply(int opcode, byte[] buffer4, int expectedIndex)
            throws BleFormatException {
        ByteBuffer in = open(buffer4, opcode, WORD_REPLY_LENGTH);
        int result = in.getInt();
        return new ResultReply(echoedIndex(in, expectedIndex), result);
    }

    // ---- Wi-Fi setup (0x5337 / 0x5332) ----

    /** The five values of the Wi-Fi setup request, for Buffer-0 … Buffer-4 in this order. */
    public static List<byte[]> encodeWifiSetupRequest(int index, WifiSetup setup) {
        byte[] head = ByteBuffer.allocate(WIFI_SETUP_HEAD_LENGTH).putShort((short) WIFI_SETUP_REQUEST)
                .putShort((short) setup.security().code()).putShort(checkIndex(index))
                .putShort((short) setup.ipMode().code()).array();
        byte[] name = Arrays.copyOf(setup.ssid().getBytes(StandardCharsets.UTF_8), 2 * PART_LENGTH);
        byte[] password = Arrays.copyOf(setup.password().getBytes(StandardCharsets.UTF_8),
                PART_LENGTH + DIGEST_LENGTH);
        byte[] last = ByteBuffer.allocate(PREFIX_LENGTH + DIGEST_LENGTH).putShort((short) WIFI_SETUP_REQUEST)
                .put(password, PART_LENGTH, password.length - PART_LENGTH).array();
        return List.of(head, Arrays.copyOfRange(name, 0, PART_LENGTH),
                Arrays.copyOfRange(name, PART_LENGTH, 2 * PART_LENGTH), Arrays.copyOfRange(password, 0, PART_LENGTH),
                last);
    }

    /**
     * Reads the Wi-Fi setup reply: Buffer-0 (the index echo, read first) and Buffer-4 (the result).
     *
     * @throws BleFormatException if malformed or the index is not {@code expectedIndex}
     */
    public static WifiSetupReply decodeWifiSetupReply(byte[] buffer0, byte[] buffer4, int expectedIndex)
            throws BleFormatException {
        int index = echoedIndex(open(buffer0, WIFI_SETUP_REPLY, INDEX_MESSAGE_LENGTH), expectedIndex);
        ByteBuffer in = open(buffer4, WIFI_SETUP_REPLY, WIFI_SETUP_RESULT_LENGTH);
        int result = in.getInt();
        Inet4Address wifiIp = ManufacturerData.readIp(in);
        long statusMask = Integer.toUnsignedLong(in.getInt());
        int major = Short.toUnsignedInt(in.getShort());
        int minor = Short.toUnsignedInt(in.getShort());
        return new WifiSetupReply(index, result, wifiIp, statusMask, major, minor);
    }

    // ---- AP mode (0x5341 / 0x5342): the request is encodeIndexMessage, the reply decodeResultReply ----

    // ---- AP info (0x5343 / 0x5344) ----

    /**
     * Reads the AP info reply: Buffer-4 (read first), Buffer-2 (second) and Buffer-3 (third).
     *
     * @throws BleFormatException if malformed or the index is not {@code expectedIndex}
     */
    public static ApInfoReply decodeApInfoReply(byte[] buffer4, byte[] buffer2, byte[] buffer3, int expectedIndex)
            throws BleFormatException {
        ByteBuffer head = open(buffer4, AP_INFO_REPLY, AP_INFO_HEAD_LENGTH);
        WifiSecurity security = listed(WifiSecurity.class, Short.toUnsignedInt(head.getShort()), "secuID");
        int index = echoedIndex(head, expectedIndex);
        byte[] name = new byte[AP_TEXT_LENGTH];
        open(buffer2, AP_INFO_REPLY, PREFIX_LENGTH + AP_TEXT_LENGTH).get(name);
        byte[] password = new byte[AP_TEXT_LENGTH];
        open(buffer3, AP_INFO_REPLY, PREFIX_LENGTH + AP_TEXT_LENGTH).get(password);
        return new ApInfoReply(index, security, text(name), text(password));
    }

    // ---- Helpers ----

    /** The constant for a field's number, which must be one the document lists. */
    static <E extends Enum<E> & Coded> E listed(Class<E> type, int code, String field)
            throws BleFormatException {
        @Nullable
        E constant = Coded.of(type, code);
        if (constant == null) {
            throw new BleFormatException("Unknown " + field + " " + code);
        }
        return constant;
    }

    /**
     * Checks a value's length and prefix, and returns it positioned after the prefix.
     *
     * @param opcode the expected 16-bit prefix, or {@link #NO_PREFIX}
     * @param length the layout's length; longer values pass only when the extra bytes are zero
     */
    static ByteBuffer open(byte[] value, int opcode, int length) throws BleFormatException {
        String what = opcode == NO_PREFIX ? "Value" : String.format("Value 0x%04X", opcode);
        if (value.length < length) {
            throw new BleFormatException(what + " has " + value.length + " bytes, needs " + length);
        }
        for (int i = length; i < value.length; i++) {
            if (value[i] != 0) {
                throw new BleFormatException(what + " has " + value.length + " bytes, only " + length
                        + " expected and the rest is not zero padding");
            }
        }
        ByteBuffer in = ByteBuffer.wrap(value, 0, length);
        if (opcode != NO_PREFIX) {
            int prefix = Short.toUnsignedInt(in.getShort());
            if (prefix != opcode) {
                throw new BleFormatException(String.format("Expected prefix 0x%04X, got 0x%04X", opcode, prefix));
            }
        }
        return in;
    }

    /** Reads the 16-bit index and checks it is the request's. */
    private static int echoedIndex(ByteBuffer in, int expectedIndex) throws BleFormatException {
        int index = Short.toUnsignedInt(in.getShort());
        if (index != expectedIndex) {
            throw new BleFormatException("Reply has Index " + index + ", the request had " + expectedIndex);
        }
        return index;
    }

    static short checkIndex(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("Index must be 0-65535: " + index);
        }
        return (short) index;
    }

    /** UTF-8 text up to the first zero byte. */
    static String text(byte[] padded) {
        int end = 0;
        while (end < padded.length && padded[end] != 0) {
            end++;
        }
        return new String(padded, 0, end, StandardCharsets.UTF_8);
    }
}
