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
import java.net.InetSocketAddress;
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
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.ultrastream.emulator.internal.DeviceFrontEnd;
import org.openhab.binding.ultrastream.emulator.internal.DeviceHost;
import org.openhab.binding.ultrastream.emulator.internal.FaultState;
import org.openhab.binding.ultrastream.emulator.internal.MultiPortConnector;

/**
 * Runs one or more emulated Ultra Stream devices in one Jetty server: one shared thread pool, and one connector
 * with one selector thread for every device's HTTP and download port, each bound to its {@code bindAddress} only.
 * Also owns one scheduler for the discovery responders and for moving device time along (so reboots end by
 * themselves).
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
        List<DeviceHost> hosts = new ArrayList<>();
        List<FaultState> faults = new ArrayList<>();
        List<DeviceFrontEnd> frontEnds = new ArrayList<>();
        for (EmulatorOptions o : options) {
            DeviceHost host = new DeviceHost(o, scheduler);
            FaultState faultState = new FaultState();
            hosts.add(host);
            faults.add(faultState);
            frontEnds.add(new DeviceFrontEnd(host, faultState));
        }
        MultiPortConnector connector = connector(server, options);
        Map<InetSocketAddress, Route> routes = new HashMap<>();
        server.setStopTimeout(0);
        try {
            // Bound before the server starts, so that every route is known before the first request arrives.
            connector.open();
            for (int i = 0; i < hosts.size(); i++) {
                routes.put(connector.boundAddress(i), new Route(frontEnds.get(i), false));
                routes.put(connector.boundAddress(hosts.size() + i), new Route(frontEnds.get(i), true));
            }
            server.setHandler(new Router(routes));
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            connector.close(); // bound before the start, so closed here whether or not the server got to stop it
            scheduler.shutdownNow();
            throw new IllegalStateException("The emulator could not start: " + e.getMessage(), e);
        }
        List<EmulatedDevice> devices = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            DeviceHost host = hosts.get(i);
            int httpPort = connector.boundAddress(i).getPort();
            int downloadPort = connector.boundAddress(hosts.size() + i).getPort();
            host.start(httpPort);
            devices.add(new EmulatedDevice(host, frontEnds.get(i), new Faults(faults.get(i), host), httpPort,
                    downloadPort));
        }
        scheduler.scheduleWithFixedDelay(() -> hosts.forEach(DeviceHost::tick), TICK_MS, TICK_MS,
                TimeUnit.MILLISECONDS);
        return new UltraStreamEmulator(server, scheduler, hosts, List.copyOf(devices));
    }

    /**
     * One connector for every device's HTTP port, then every device's download port, each on its device's bind
     * address, all served by one selector thread (see {@link MultiPortConnector}).
     */
    private static MultiPortConnector connector(Server server, List<EmulatorOptions> options) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        options.forEach(o -> addresses.add(new InetSocketAddress(o.bindAddress(), o.httpPort())));
        options.forEach(o -> addresses.add(new InetSocketAddress(o.bindAddress(), o.downloadPort())));
        MultiPortConnector c = new MultiPortConnector(server, 1, addresses);
        c.setName("devices");
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

    /** Sends each request to the device and port it arrived on, by the address and port it arrived at. */
    private static final class Router extends AbstractHandler {
        private final Map<InetSocketAddress, Route> routes;
        /** Ports bound to the wildcard address: a request there arrives at whichever local address it was sent to. */
        private final Map<Integer, Route> wildcardPorts = new HashMap<>();

        Router(Map<InetSocketAddress, Route> routes) {
            this.routes = Map.copyOf(routes);
            routes.forEach((address, route) -> {
                if (address.getAddress().isAnyLocalAddress()) {
                    wildcardPorts.put(address.getPort(), route);
                }
            });
        }

        @Override
        public void handle(@org.eclipse.jdt.annotation.Nullable String target, Request base,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
            InetSocketAddress local = base.getHttpChannel().getEndPoint().getLocalAddress();
            if (local == null) {
                return; // the connection is gone
            }
            Route route = routes.get(local);
            if (route == null) {
                route = wildcardPorts.get(local.getPort());
            }
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
