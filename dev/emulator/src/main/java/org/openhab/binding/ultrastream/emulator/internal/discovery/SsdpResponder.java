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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The device's SSDP side on 239.255.255.250:1900: answers M-SEARCH for {@code ssdp:all}, {@code upnp:rootdevice},
 * the Ultra Stream device type and the device's own {@code uuid:}, sends {@code ssdp:alive} at start and every
 * 30 s, and {@code ssdp:byebye} when stopped or when SSDP is switched off (docs/protocol-decisions.md, SSDP).
 * Answers go out at once rather than after a random delay up to MX: there is no crowd of real devices to spread.
 */
@NonNullByDefault
public final class SsdpResponder implements AutoCloseable {

    public static final int PORT = 1900;
    public static final int MAX_AGE_SECONDS = 1800;
    public static final long NOTIFY_INTERVAL_SECONDS = 30;

    private static final String SERVER = "Linux/4.9 UPnP/1.0 UltraStream/1.0";
    private static final String ROOT_DEVICE = "upnp:rootdevice";

    private final DiscoverableDevice device;
    private final String interfaceName;
    private final ScheduledExecutorService scheduler;
    private volatile boolean enabled;
    private volatile @Nullable GroupSocket socket;
    private @Nullable ScheduledFuture<?> notifier;
    private volatile Consumer<String> searchHandled = search -> {
    };

    public SsdpResponder(DiscoverableDevice device, String interfaceName, ScheduledExecutorService scheduler) {
        this.device = device;
        this.interfaceName = interfaceName;
        this.scheduler = scheduler;
    }

    public synchronized void start() throws IOException {
        if (socket != null) {
            return;
        }
        enabled = device.ssdpEnabled();
        socket = new GroupSocket(interfaceName, PORT, "ultrastream-emulator-ssdp-" + device.serialNumber(),
                this::onDatagram);
        notifier = scheduler.scheduleWithFixedDelay(this::notifyAliveIfEnabled, 0, NOTIFY_INTERVAL_SECONDS,
                TimeUnit.SECONDS);
    }

    /** {@code set-ssdp}: switching off says byebye and goes silent; switching on says alive at once. */
    public void ssdpEnabledChanged(boolean enabled) {
        boolean was = this.enabled;
        this.enabled = enabled;
        if (was && !enabled) {
            sendNotify("ssdp:byebye");
        } else if (!was && enabled) {
            sendNotify("ssdp:alive");
        }
    }

    /** Says byebye (when enabled) and releases the socket. */
    @Override
    public synchronized void close() {
        ScheduledFuture<?> future = notifier;
        if (future != null) {
            future.cancel(false);
            notifier = null;
        }
        GroupSocket groupSocket = socket;
        if (groupSocket != null) {
            if (enabled) {
                sendNotify("ssdp:byebye");
            }
            groupSocket.close();
            socket = null;
        }
    }

    private void notifyAliveIfEnabled() {
        if (enabled) {
            sendNotify("ssdp:alive");
        }
    }

    /** One NOTIFY per advertised target, as UPnP 1.0 asks of a root device without embedded devices. */
    private void sendNotify(String nts) {
        GroupSocket groupSocket = socket;
        if (groupSocket == null) {
            return;
        }
        String udn = DeviceDescription.udn(device.serialNumber());
        for (String target : List.of(ROOT_DEVICE, udn, DeviceDescription.DEVICE_TYPE)) {
            StringBuilder message = new StringBuilder("NOTIFY * HTTP/1.1\r\n");
            message.append("HOST: ").append(GroupSocket.GROUP).append(':').append(PORT).append("\r\n");
            message.append("NT: ").append(target).append("\r\n");
            message.append("NTS: ").append(nts).append("\r\n");
            message.append("USN: ").append(usn(udn, target)).append("\r\n");
            if ("ssdp:alive".equals(nts)) {
                message.append("CACHE-CONTROL: max-age=").append(MAX_AGE_SECONDS).append("\r\n");
                message.append("LOCATION: ").append(DeviceDescription.location(device)).append("\r\n");
                message.append("SERVER: ").append(SERVER).append("\r\n");
            }
            groupSocket.sendToGroup(message.append("\r\n").toString());
        }
    }

    /** For tests: called with each M-SEARCH after it was answered or ignored. */
    void onSearchHandled(Consumer<String> observer) {
        searchHandled = observer;
    }

    private void onDatagram(SocketAddress source, String text) {
        if (text.startsWith("M-SEARCH ")) { // NOTIFYs of other devices and our own arrive here too
            answerSearch(source, text);
            searchHandled.accept(text);
        }
    }

    private void answerSearch(SocketAddress source, String text) {
        GroupSocket groupSocket = socket;
        if (groupSocket == null || !enabled) {
            return;
        }
        Map<String, String> headers = headers(text);
        if (!"\"ssdp:discover\"".equals(headers.get("MAN"))) {
            return;
        }
        String searchTarget = headers.getOrDefault("ST", "");
        String udn = DeviceDescription.udn(device.serialNumber());
        List<String> targets;
        if ("ssdp:all".equals(searchTarget)) {
            targets = List.of(ROOT_DEVICE, udn, DeviceDescription.DEVICE_TYPE);
        } else if (ROOT_DEVICE.equals(searchTarget) || udn.equals(searchTarget)
                || DeviceDescription.DEVICE_TYPE.equals(searchTarget)) {
            targets = List.of(searchTarget);
        } else {
            return;
        }
        for (String target : targets) {
            groupSocket.send(searchResponse(udn, target), source);
        }
    }

    private String searchResponse(String udn, String target) {
        return "HTTP/1.1 200 OK\r\n" //
                + "CACHE-CONTROL: max-age=" + MAX_AGE_SECONDS + "\r\n" //
                + "DATE: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                + "EXT:\r\n" //
                + "LOCATION: " + DeviceDescription.location(device) + "\r\n" //
                + "SERVER: " + SERVER + "\r\n" //
                + "ST: " + target + "\r\n" //
                + "USN: " + usn(udn, target) + "\r\n" //
                + "\r\n";
    }

    private static String usn(String udn, String target) {
        return target.equals(udn) ? udn : udn + "::" + target;
    }

    /** Header names are case-insensitive; values are trimmed. */
    private static Map<String, String> headers(String message) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line : message.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toUpperCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
