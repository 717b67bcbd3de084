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

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;

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

    /** One line; names as they are ({@code '}, {@code <}, {@code &} not escaped), as the device sends them. */
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The document's fields; {@code http-port} only off port 80. */
    private record Announcement(String version, String flag, String product, String boxname, String serialnumber,
            String wifiip, String ethip, long status, @SerializedName("http-port") @Nullable Integer httpPort) {
    }

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
        return GSON.toJson(new Announcement("1.0", FLAG_ANNOUNCEMENT, device.productName(), device.boxName(),
                device.serialNumber(), device.wifiIp(), device.ethIp(), Integer.toUnsignedLong(device.statusMask()),
                device.httpPort() != 80 ? device.httpPort() : null));
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
