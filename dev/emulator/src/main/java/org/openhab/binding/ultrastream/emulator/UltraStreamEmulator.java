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
package org.openhab.binding.ultrastream.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.ultrastream.emulator.internal.DeviceFrontEnd;
import org.openhab.binding.ultrastream.emulator.internal.DeviceHost;
import org.openhab.binding.ultrastream.emulator.internal.FaultState;

/**
 * Runs one or more emulated Ultra Stream devices in one Jetty server: one shared thread pool, and for each
 * device an HTTP connector and a download connector bound to its {@code bindAddress} only. Also owns one
 * scheduler for the discovery responders and for moving device time along (so reboots end by themselves).
 */
@NonNullByDefault
public final class UltraStreamEmulator implements AutoCloseable {

    /** How often device time is settled in the background (reboot ends, responders restart). */
    private static final long TICK_MS = 200;

    private final Server server;
    private final ScheduledThreadPoolExecutor scheduler;
    private final List<DeviceHost> hosts;
    private final List<EmulatedDevice> devices;

    private UltraStreamEmulator(Server server, ScheduledThreadPoolExecutor scheduler, List<DeviceHost> hosts,
            List<EmulatedDevice> devices) {
        this.server = server;
        this.scheduler = scheduler;
        this.hosts = hosts;
        this.devices = devices;
    }

    public static UltraStreamEmulator start(EmulatorOptions options) {
        return start(List.of(options));
    }

    /** Starts every device; throws {@link IllegalStateException} when a port cannot be bound. */
    public static UltraStreamEmulator start(List<EmulatorOptions> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no device to emulate");
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "ultrastream-emulator-scheduler-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, 4 * options.size() + 16), 4);
        pool.setName("ultrastream-emulator-http");
        pool.setDaemon(true);
        Server server = new Server(pool);
        Map<String, Route> routes = new HashMap<>();
        List<DeviceHost> hosts = new ArrayList<>();
        List<FaultState> faults = new ArrayList<>();
        List<DeviceFrontEnd> frontEnds = new ArrayList<>();
        List<ServerConnector[]> connectors = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            EmulatorOptions o = options.get(i);
            DeviceHost host = new DeviceHost(o, scheduler);
            FaultState faultState = new FaultState();
            DeviceFrontEnd frontEnd = new DeviceFrontEnd(host, faultState);
            ServerConnector http = connector(server, o, o.httpPort(), "http-" + i);
            ServerConnector download = connector(server, o, o.downloadPort(), "download-" + i);
            routes.put(http.getName(), new Route(frontEnd, false));
            routes.put(download.getName(), new Route(frontEnd, true));
            hosts.add(host);
            faults.add(faultState);
            frontEnds.add(frontEnd);
            connectors.add(new ServerConnector[]{ http, download });
        }
        server.setHandler(new Router(routes));
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            scheduler.shutdownNow();
            throw new IllegalStateException("The emulator could not start: " + e.getMessage(), e);
        }
        List<EmulatedDevice> devices = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            DeviceHost host = hosts.get(i);
            int httpPort = connectors.get(i)[0].getLocalPort();
            int downloadPort = connectors.get(i)[1].getLocalPort();
            host.start(httpPort);
            devices.add(new EmulatedDevice(host, frontEnds.get(i), new Faults(faults.get(i), host), httpPort,
                    downloadPort));
        }
        scheduler.scheduleWithFixedDelay(() -> hosts.forEach(DeviceHost::tick), TICK_MS, TICK_MS,
                TimeUnit.MILLISECONDS);
        return new UltraStreamEmulator(server, scheduler, hosts, List.copyOf(devices));
    }

    private static ServerConnector connector(Server server, EmulatorOptions o, int port, String name) {
        // No acceptor thread: the one selector thread accepts too, so a hundred devices stay cheap.
        ServerConnector c = new ServerConnector(server, 0, 1);
        c.setHost(o.bindAddress().getHostAddress());
        c.setPort(port);
        c.setName(name);
        c.setReuseAddress(true);
        server.addConnector(c);
        return c;
    }

    public List<EmulatedDevice> devices() {
        return devices;
    }

    /** The first device. */
    public EmulatedDevice device() {
        return devices.get(0);
    }

    /** Stops the responders, the HTTP server and the scheduler: no thread or socket is left. */
    @Override
    public void close() {
        hosts.forEach(DeviceHost::close);
        stopQuietly(server);
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
            server.join();
        } catch (Exception e) {
            // Nothing more to do: the emulator is going away.
        }
    }

    private record Route(DeviceFrontEnd frontEnd, boolean download) {
    }

    /** Sends each request to the device and port it arrived on, by the connector's name. */
    private static final class Router extends AbstractHandler {
        private final Map<String, Route> routes;

        Router(Map<String, Route> routes) {
            this.routes = routes;
        }

        @Override
        public void handle(@org.eclipse.jdt.annotation.Nullable String target, Request base,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
            Route route = routes.get(base.getHttpChannel().getConnector().getName());
            if (route == null) {
                return;
            }
            if (route.download()) {
                route.frontEnd().handleDownload(base, request, response);
            } else {
                route.frontEnd().handleHttp(base, request, response);
            }
        }
    }
}
