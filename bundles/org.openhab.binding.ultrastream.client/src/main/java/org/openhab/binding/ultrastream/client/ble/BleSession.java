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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to one connected box over a {@link BleTransport}: runs each {@link GattExchange} with its writes and reads
 * in the document's order, and picks the {@code Index} of each exchange.
 * <p>
 * Indexes start at a random value and go up by one per exchange (wrapping at 65535), so two consecutive exchanges
 * never share an index and a stale reply cannot pass the echo check. All exchanges share the same five buffers,
 * so they run one at a time: concurrent callers wait for each other.
 */
@NonNullByDefault
public final class BleSession {

    private final Logger logger = LoggerFactory.getLogger(BleSession.class);

    private final BleTransport transport;
    private int nextIndex;

    /** A session whose first index is random. */
    public BleSession(BleTransport transport) {
        this(transport, ThreadLocalRandom.current().nextInt(GattValues.MAX_INDEX + 1));
    }

    /** A session whose first index is {@code firstIndex} (0–65535), e.g. for repeatable tests. */
    public BleSession(BleTransport transport, int firstIndex) {
        if (firstIndex < 0 || firstIndex > GattValues.MAX_INDEX) {
            throw new IllegalArgumentException("Index must be 0-65535: " + firstIndex);
        }
        this.transport = transport;
        this.nextIndex = firstIndex;
    }

    /** The box's status mask ({@code 0x5335}). */
    public StatusReply readStatus() throws IOException, BleFormatException {
        return run(GattExchange.status(takeIndex()));
    }

    /**
     * Sends the MD5 of the password ({@code 0x5333}). The reply's result is retSucceed (0) or errPasswd (-1).
     */
    public ResultReply authenticate(String password) throws IOException, BleFormatException {
        return run(GattExchange.password(takeIndex(), password));
    }

    /**
     * Tells the box to join a Wi-Fi network ({@code 0x5337}). While the reply says retRunning (2), read the result
     * again with {@link #readWifiSetupResult(int)} and the reply's index.
     */
    public WifiSetupReply setupWifi(WifiSetup setup) throws IOException, BleFormatException {
        return run(GattExchange.wifiSetup(takeIndex(), setup));
    }

    /** Reads the Wi-Fi setup result again (Step 2 only) for the setup sent with {@code index}. */
    public WifiSetupReply readWifiSetupResult(int index) throws IOException, BleFormatException {
        return run(GattExchange.wifiSetupResult(index));
    }

    /** Turns on the box's AP mode, the softap ({@code 0x5341}). */
    public ResultReply openApMode() throws IOException, BleFormatException {
        return run(GattExchange.apMode(takeIndex()));
    }

    /** The box's own access point: security, name and password ({@code 0x5343}). */
    public ApInfoReply readApInfo() throws IOException, BleFormatException {
        return run(GattExchange.apInfo(takeIndex()));
    }

    /**
     * Reads Buffer-1 so that the box keeps the connection. Call it periodically from the caller's scheduler while
     * connected; the value is not used.
     */
    public void ping() throws IOException, BleFormatException {
        run(GattExchange.ping());
    }

    /**
     * Runs an exchange: its writes in order, then its reads in order, then decodes them.
     *
     * @throws IOException if the transport fails
     * @throws BleFormatException if the reply is malformed or its index is not the request's
     */
    public synchronized <R> R run(GattExchange<R> exchange) throws IOException, BleFormatException {
        for (GattWrite write : exchange.writes()) {
            logger.trace("BLE {}: write {} bytes to {}", exchange.name(), write.value().length, write.buffer());
            transport.write(write.buffer().uuid(), write.value());
        }
        List<byte[]> values = new ArrayList<>();
        for (BleBuffer buffer : exchange.reads()) {
            byte[] value = transport.read(buffer.uuid());
            logger.trace("BLE {}: read {} bytes from {}", exchange.name(), value.length, buffer);
            values.add(value);
        }
        R reply = exchange.decode(values);
        logger.debug("BLE exchange {} done", exchange.name());
        return reply;
    }

    /** The index for the next exchange. */
    private synchronized int takeIndex() {
        int index = nextIndex;
        nextIndex = (nextIndex + 1) & GattValues.MAX_INDEX;
        return index;
    }
}
