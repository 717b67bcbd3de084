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
package org.openhab.binding.ultrastream.emulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.Faults;
import org.openhab.binding.ultrastream.emulator.MalformedJson;

/**
 * The running jar's remote control for faults and scenarios, on 127.0.0.1 only:
 * {@code GET /control?serial=<serial>&fault=<name>&value=<value>} (without {@code serial}: every device), and
 * {@code GET /control/devices} to list what runs (serial, model, ports, state). Faults: {@code latency} (ms),
 * {@code drop}, {@code http500}, {@code malformed} (a {@link MalformedJson} name), {@code expire-sessions},
 * {@code signal-lost}, {@code disk-full}, {@code reboot}, {@code firmware-refused}, {@code firmware-stuck},
 * {@code firmware-no-space}, {@code firmware-no-return}, {@code upload-reply-result} (on/off), {@code clear};
 * scenarios: {@code signal}, {@code usb}, {@code sd} (on/off). Every fault works on every model.
 */
@NonNullByDefault
public final class ControlEndpoint implements AutoCloseable {

    private final Server server;
    private final int port;

    public ControlEndpoint(List<EmulatedDevice> devices, int port) {
        QueuedThreadPool pool = new QueuedThreadPool(8, 2);
        pool.setName("ultrastream-emulator-control");
        pool.setDaemon(true);
        server = new Server(pool);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new Handler(devices));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("The control endpoint could not start: " + e.getMessage(), e);
        }
        this.port = connector.getLocalPort();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // going away anyway
        }
    }

    /** {@code /control/devices}: what runs. */
    private record Devices(List<Device> devices) {
    }

    private record Device(String serial, String model, String http, int downloadPort, boolean recording,
            boolean live, int sessions) {
    }

    /** The serial numbers of the devices a fault went to. */
    private record Applied(int result, List<String> devices) {
    }

    /** A request the endpoint could not follow, with HTTP 400. */
    private record Refused(String error) {
    }

    private static final class Handler extends AbstractHandler {
        private final List<EmulatedDevice> devices;

        Handler(List<EmulatedDevice> devices) {
            this.devices = devices;
        }

        @Override
        public void handle(@Nullable String target, Request base, HttpServletRequest req, HttpServletResponse resp)
                throws IOException {
            base.setHandled(true);
            Object reply;
            int status = HttpServletResponse.SC_OK;
            if ("/control/devices".equals(target)) {
                reply = list();
            } else if ("/control".equals(target)) {
                try {
                    reply = apply(req.getParameter("serial"), req.getParameter("fault"), req.getParameter("value"));
                } catch (IllegalArgumentException e) {
                    status = HttpServletResponse.SC_BAD_REQUEST;
                    reply = new Refused(String.valueOf(e.getMessage()));
                }
            } else {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes = Replies.COMPACT.toJson(reply).getBytes(StandardCharsets.UTF_8);
            resp.setStatus(status);
            resp.setContentType("application/json");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        }

        private Devices list() {
            return new Devices(devices.stream().map(d -> new Device(d.serialNumber(), d.options().model().id(),
                    d.baseUri().toString(), d.downloadPort(), d.isRecording(), d.isLive(), d.sessionCount()))
                    .toList());
        }

        private Applied apply(@Nullable String serial, @Nullable String fault, @Nullable String value) {
            if (fault == null) {
                throw new IllegalArgumentException("fault is missing");
            }
            List<String> touched = new ArrayList<>();
            for (EmulatedDevice d : devices) {
                if (serial == null || serial.equals(d.serialNumber())) {
                    apply(d, fault, value);
                    touched.add(d.serialNumber());
                }
            }
            if (touched.isEmpty()) {
                throw new IllegalArgumentException("no device with serial " + serial);
            }
            return new Applied(0, touched);
        }

        private static void apply(EmulatedDevice d, String fault, @Nullable String value) {
            Faults f = d.faults();
            switch (fault) {
                case "latency" -> f.latency(Duration.ofMillis(number(value)));
                case "drop" -> f.dropConnections(onOff(value));
                case "http500" -> f.http500(onOff(value));
                case "malformed" -> f.malformedJson(MalformedJson.valueOf(
                        String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_')));
                case "expire-sessions" -> f.expireSessions();
                case "signal-lost" -> f.signalLost(onOff(value));
                case "disk-full" -> f.diskFull(onOff(value));
                case "reboot" -> f.reboot();
                case "firmware-refused" -> f.firmwareRefused(onOff(value));
                case "firmware-stuck" -> f.firmwareStuckDownload(onOff(value));
                case "firmware-no-space" -> f.firmwareNoSpace(onOff(value));
                case "firmware-no-return" -> f.firmwareNoReturn(onOff(value));
                case "upload-reply-result" -> f.uploadReplyWithResult(onOff(value));
                case "clear" -> f.clear();
                case "signal" -> d.setSignalPresent(onOff(value));
                case "usb" -> d.setUsbInserted(onOff(value));
                case "sd" -> d.setSdInserted(onOff(value));
                default -> throw new IllegalArgumentException("unknown fault " + fault);
            }
        }

        private static long number(@Nullable String value) {
            try {
                return Long.parseLong(String.valueOf(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("value must be a number of milliseconds");
            }
        }

        private static boolean onOff(@Nullable String value) {
            String v = value == null ? "on" : value.toLowerCase(Locale.ROOT);
            return switch (v) {
                case "on", "1", "true" -> true;
                case "off", "0", "false" -> false;
                default -> throw new IllegalArgumentException("value must be on or off");
            };
        }
    }
}
