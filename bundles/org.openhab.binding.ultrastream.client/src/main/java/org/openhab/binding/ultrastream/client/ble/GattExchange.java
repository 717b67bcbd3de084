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

import static org.openhab.binding.ultrastream.client.ble.BleBuffer.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One GATT exchange of the document, as data: the writes of Step 1 in the order the document requires, the reads
 * of Step 2 in the order it requires, and how to decode what was read. {@link BleSession} runs an exchange over a
 * {@link BleTransport}; a BLE stack with its own scheduling can run {@link #writes()} and {@link #reads()} itself
 * and hand the values to {@link #decode(List)}.
 *
 * @param <R> the decoded reply
 */
@NonNullByDefault
public final class GattExchange<R> {

    /** Turns the values read, in the order of {@link GattExchange#reads()}, into a reply. */
    @FunctionalInterface
    interface ReplyDecoder<R> {
        R decode(List<byte[]> values) throws BleFormatException;
    }

    private final String name;
    private final List<GattWrite> writes;
    private final List<BleBuffer> reads;
    private final ReplyDecoder<R> decoder;

    private GattExchange(String name, List<GattWrite> writes, List<BleBuffer> reads, ReplyDecoder<R> decoder) {
        this.name = name;
        this.writes = List.copyOf(writes);
        this.reads = List.copyOf(reads);
        this.decoder = decoder;
    }

    /** Status: write Buffer-0 {@code 0x5335}, read Buffer-4 {@code 0x5336}. */
    public static GattExchange<StatusReply> status(int index) {
        return new GattExchange<>("status",
                List.of(new GattWrite(BUFFER_0, GattValues.encodeIndexMessage(GattValues.STATUS_REQUEST, index))),
                List.of(BUFFER_4), values -> GattValues.decodeStatusReply(values.get(0), index));
    }

    /**
     * Password: write Buffer-4 {@code 0x5333 | Index} first, then Buffer-0 {@code 0x5333 | MD5(password)}; read
     * Buffer-4 {@code 0x5334}.
     */
    public static GattExchange<ResultReply> password(int index, String password) {
        return password(index, GattValues.passwordDigest(password));
    }

    /** As {@link #password(int, String)}, with the 16-byte MD5 digest computed already. */
    public static GattExchange<ResultReply> password(int index, byte[] digest) {
        return new GattExchange<>("password",
                List.of(new GattWrite(BUFFER_4, GattValues.encodeIndexMessage(GattValues.PASSWORD_REQUEST, index)),
                        new GattWrite(BUFFER_0, GattValues.encodePasswordDigest(digest))),
                List.of(BUFFER_4),
                values -> GattValues.decodeResultReply(GattValues.PASSWORD_REPLY, values.get(0), index));
    }

    /**
     * Wi-Fi setup: write Buffer-0, 1, 2, 3, 4 in this order (all five, always), then read Buffer-0 (the index
     * echo) before Buffer-4 (the result).
     */
    public static GattExchange<WifiSetupReply> wifiSetup(int index, WifiSetup setup) {
        List<byte[]> values = GattValues.encodeWifiSetupRequest(index, setup);
        List<GattWrite> writes = new ArrayList<>();
        for (BleBuffer buffer : BleBuffer.values()) {
            writes.add(new GattWrite(buffer, values.get(buffer.ordinal())));
        }
        return new GattExchange<>("wifi-setup", writes, wifiSetupResult(index).reads, wifiSetupResult(index).decoder);
    }

    /**
     * Step 2 of the Wi-Fi setup alone: read its result again, e.g. while the box answers retRunning (2). Reads
     * Buffer-0, then Buffer-4; writes nothing.
     */
    public static GattExchange<WifiSetupReply> wifiSetupResult(int index) {
        return new GattExchange<>("wifi-setup-result", List.of(), List.of(BUFFER_0, BUFFER_4),
                values -> GattValues.decodeWifiSetupReply(values.get(0), values.get(1), index));
    }

    /** AP mode: write Buffer-0 {@code 0x5341}, read Buffer-4 {@code 0x5342}. */
    public static GattExchange<ResultReply> apMode(int index) {
        return new GattExchange<>("ap-mode",
                List.of(new GattWrite(BUFFER_0, GattValues.encodeIndexMessage(GattValues.AP_MODE_REQUEST, index))),
                List.of(BUFFER_4),
                values -> GattValues.decodeResultReply(GattValues.AP_MODE_REPLY, values.get(0), index));
    }

    /** AP info: write Buffer-0 {@code 0x5343}, read Buffer-4, Buffer-2, Buffer-3 in this order. */
    public static GattExchange<ApInfoReply> apInfo(int index) {
        return new GattExchange<>("ap-info",
                List.of(new GattWrite(BUFFER_0, GattValues.encodeIndexMessage(GattValues.AP_INFO_REQUEST, index))),
                List.of(BUFFER_4, BUFFER_2, BUFFER_3),
                values -> GattValues.decodeApInfoReply(values.get(0), values.get(1), values.get(2), index));
    }

    /**
     * Ping: read Buffer-1, periodically while connected, so that the box keeps the GATT connection. The document
     * gives the value no meaning; the reply is the raw value.
     */
    public static GattExchange<byte[]> ping() {
        return new GattExchange<>("ping", List.of(), List.of(BUFFER_1), values -> values.get(0).clone());
    }

    /** A short name for logs, e.g. {@code status}. */
    public String name() {
        return name;
    }

    /** The writes of Step 1, in the order they must happen. */
    public List<GattWrite> writes() {
        return writes;
    }

    /** The characteristics to read in Step 2, in the order they must be read. */
    public List<BleBuffer> reads() {
        return reads;
    }

    /**
     * Decodes the values read, given in the order of {@link #reads()}.
     *
     * @throws BleFormatException if a value is malformed, the index echo differs, or the count is wrong
     */
    public R decode(List<byte[]> values) throws BleFormatException {
        if (values.size() != reads.size()) {
            throw new BleFormatException(
                    "Exchange " + name + " reads " + reads.size() + " values, got " + values.size());
        }
        return decoder.decode(values);
    }

    @Override
    public String toString() {
        return "GattExchange[" + name + ", writes=" + writes + ", reads=" + reads + "]";
    }
}
