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

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.ble.BoxValues.WifiSetupRequest;

/**
 * A box behind a {@link BleTransport}: holds the five buffers, answers each request the way the document
 * describes, using the box side of the codec ({@link BoxValues}), and records every write and read in order.
 */
@NonNullByDefault
class FakeBox implements BleTransport {

    /** Every operation, e.g. {@code "write Buffer-0 53 35 12 34"} or {@code "read Buffer-4"}. */
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    long statusMask = 0x10040;
    String password = "Admin";
    int wifiResult = 0;
    Inet4Address wifiIp = address("192.168.48.1");
    int apModeResult = 0;
    WifiSecurity apSecurity = WifiSecurity.WPA2PSK;
    String apSsid = "C301170101001";
    String apPassword = "12345678";
    /** Added to every echoed index, to play a box that answers another request. */
    int indexSkew = 0;
    @Nullable
    WifiSetupRequest lastWifiSetup;

    private final Map<BleBuffer, byte[]> buffers = new EnumMap<>(BleBuffer.class);
    private final List<byte[]> wifiWrites = new ArrayList<>();
    private int passwordIndex = -1;

    @Override
    public synchronized void write(UUID characteristic, byte[] value) throws IOException {
        BleBuffer buffer = BleBuffer.of(characteristic);
        log.add("write " + buffer + " " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(value));
        buffers.put(buffer, value.clone());
        try {
            react(buffer, value);
        } catch (BleFormatException e) {
            throw new IOException("The box could not read the write: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized byte[] read(UUID characteristic) {
        BleBuffer buffer = BleBuffer.of(characteristic);
        log.add("read " + buffer);
        byte[] value = buffers.get(buffer);
        return value == null ? new byte[18] : value.clone();
    }

    /** The Wi-Fi join that answered retRunning has finished: Buffer-4 now says retSucceed. */
    synchronized void finishWifi() {
        wifiResult = 0;
        buffers.put(BleBuffer.BUFFER_4, BoxValues.encodeWifiSetupResult(0, wifiIp, statusMask, 1, 3));
    }

    private void react(BleBuffer buffer, byte[] value) throws BleFormatException, IOException {
        int prefix = value.length >= 2 ? ((value[0] & 0xFF) << 8) | (value[1] & 0xFF) : -1;
        switch (buffer) {
            case BUFFER_0 -> reactToBuffer0(prefix, value);
            case BUFFER_4 -> {
                if (prefix == GattValues.PASSWORD_REQUEST && value.length == 4) {
                    passwordIndex = BoxValues.decodeIndexMessage(GattValues.PASSWORD_REQUEST, value);
                } else if (prefix == GattValues.WIFI_SETUP_REQUEST && wifiWrites.size() == 4) {
                    wifiWrites.add(value);
                    WifiSetupRequest request = BoxValues.decodeWifiSetupRequest(wifiWrites);
                    wifiWrites.clear();
                    lastWifiSetup = request;
                    put(BleBuffer.BUFFER_0,
                            GattValues.encodeIndexMessage(GattValues.WIFI_SETUP_REPLY, echo(request.index())));
                    put(BleBuffer.BUFFER_4, BoxValues.encodeWifiSetupResult(wifiResult, wifiIp, statusMask, 1, 3));
                } else {
                    throw new IOException("Unexpected write to Buffer-4");
                }
            }
            default -> {
                // Buffer-1 to Buffer-3 only carry the parts of a Wi-Fi setup, in order.
                if (wifiWrites.size() != buffer.ordinal()) {
                    throw new IOException(buffer + " written out of order");
                }
                wifiWrites.add(value);
            }
        }
    }

    private void reactToBuffer0(int prefix, byte[] value) throws BleFormatException, IOException {
        switch (prefix) {
            case GattValues.STATUS_REQUEST -> {
                int index = BoxValues.decodeIndexMessage(prefix, value);
                put(BleBuffer.BUFFER_4, BoxValues.encodeStatusReply(echo(index), statusMask));
            }
            case GattValues.PASSWORD_REQUEST -> {
                if (passwordIndex < 0) {
                    throw new IOException("Password digest written before the index in Buffer-4");
                }
                byte[] digest = BoxValues.decodePasswordDigest(value);
                int result = Arrays.equals(digest, GattValues.passwordDigest(password)) ? 0 : -1;
                put(BleBuffer.BUFFER_4,
                        BoxValues.encodeWordReply(GattValues.PASSWORD_REPLY, result, echo(passwordIndex)));
                passwordIndex = -1;
            }
            case GattValues.WIFI_SETUP_REQUEST -> {
                wifiWrites.clear();
                wifiWrites.add(value);
            }
            case GattValues.AP_MODE_REQUEST -> {
                int index = BoxValues.decodeIndexMessage(prefix, value);
                put(BleBuffer.BUFFER_4,
                        BoxValues.encodeWordReply(GattValues.AP_MODE_REPLY, apModeResult, echo(index)));
            }
            case GattValues.AP_INFO_REQUEST -> {
                int index = BoxValues.decodeIndexMessage(prefix, value);
                List<byte[]> reply = BoxValues.encodeApInfoReply(echo(index), apSecurity, apSsid, apPassword);
                put(BleBuffer.BUFFER_4, reply.get(0));
                put(BleBuffer.BUFFER_2, reply.get(1));
                put(BleBuffer.BUFFER_3, reply.get(2));
            }
            default -> throw new IOException(String.format("Unknown request 0x%04X", prefix));
        }
    }

    private int echo(int index) {
        return (index + indexSkew) & GattValues.MAX_INDEX;
    }

    private void put(BleBuffer buffer, byte[] value) {
        buffers.put(buffer, value);
    }

    static Inet4Address address(String dotted) {
        try {
            return (Inet4Address) InetAddress.getByName(dotted);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
