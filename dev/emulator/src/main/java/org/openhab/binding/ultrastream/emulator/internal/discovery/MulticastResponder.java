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
package org.openhab.binding.ultrastream.emulator.internal.discovery;

import java.io.IOException;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The device's side of multicast discovery on 239.255.255.250:2538 (the document's 组播方式): announces the
 * device JSON to the group every {@code announceInterval}, and answers a query datagram
 * ({@code "flag":"ssip-query"}) with the same JSON, unicast to the sender (docs/protocol-decisions.md).
 */
@NonNullByDefault
public final class MulticastResponder implements AutoCloseable {

    public static final int PORT = 2538;
    public static final String FLAG_ANNOUNCEMENT = "ssip";
    public static final String FLAG_QUERY = "ssip-query";

    private final DiscoverableDevice device;
    private final String interfaceName;
    private final Duration announceInterval;
    private final ScheduledExecutorService scheduler;
    private volatile @Nullable GroupSocket socket;
    private @Nullable ScheduledFuture<?> announcer;

    public MulticastResponder(DiscoverableDevice device, String interfaceName, Duration announceInterval,
            ScheduledExecutorService scheduler) {
        this.device = device;
        this.interfaceName = interfaceName;
        this.announceInterval = announceInterval;
        this.scheduler = scheduler;
    }

    public synchronized void start() throws IOException {
        if (socket != null) {
            return;
        }
        GroupSocket groupSocket = new GroupSocket(interfaceName, PORT,
                "ultrastream-emulator-multicast-" + device.serialNumber(), this::onDatagram);
        socket = groupSocket;
        long intervalMillis = Math.max(1, announceInterval.toMillis());
        announcer = scheduler.scheduleWithFixedDelay(() -> groupSocket.sendToGroup(announcement(device)), 0,
                intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        ScheduledFuture<?> future = announcer;
        if (future != null) {
            future.cancel(false);
            announcer = null;
        }
        GroupSocket groupSocket = socket;
        if (groupSocket != null) {
            groupSocket.close();
            socket = null;
        }
    }

    /**
     * The announcement JSON: exactly the document's fields, plus {@code http-port} when the HTTP API is not on
     * port 80 (emulated devices on loopback; see docs/protocol-decisions.md).
     */
    public static String announcement(DiscoverableDevice device) {
        JsonObject json = new JsonObject();
        json.addProperty("version", "1.0");
        json.addProperty("flag", FLAG_ANNOUNCEMENT);
        json.addProperty("product", "Ultra Stream");
        json.addProperty("boxname", device.boxName());
        json.addProperty("serialnumber", device.serialNumber());
        json.addProperty("wifiip", device.wifiIp());
        json.addProperty("ethip", device.ethIp());
        json.addProperty("status", Integer.toUnsignedLong(device.statusMask()));
        if (device.httpPort() != 80) {
            json.addProperty("http-port", device.httpPort());
        }
        return json.toString();
    }

    private void onDatagram(SocketAddress source, String text) {
        GroupSocket groupSocket = socket;
        if (groupSocket != null && isQuery(text)) {
            groupSocket.send(announcement(device), source);
        }
    }

    /** Announcements of other devices arrive here too; only a query gets an answer. */
    private static boolean isQuery(String text) {
        try {
            JsonElement element = JsonParser.parseString(text);
            if (!element.isJsonObject()) {
                return false;
            }
            JsonElement flag = element.getAsJsonObject().get("flag");
            return flag != null && flag.isJsonPrimitive() && FLAG_QUERY.equals(flag.getAsString());
        } catch (RuntimeException e) {
            return false; // garbage: a real device ignores it too
        }
    }
}
