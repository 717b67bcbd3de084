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
package org.openhab.binding.ultrastream.benchmarks;

import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;
import org.openhab.binding.ultrastream.client.discovery.MulticastDiscovery;
import org.openhab.binding.ultrastream.client.discovery.SsdpClient;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * Discovery latency on the loopback interface only: from the multicast query to the announcement delivered to
 * the listener of the client's {@link MulticastDiscovery}; from the start of a scan of the binding's multicast
 * discovery service to its discovery result (query, answer, the service's socket drain, the result handed to the
 * inbox on openHAB's discovery pool); from an M-SEARCH to the first SSDP reply datagram; and from an M-SEARCH of
 * jupnp to the result of the binding's UPnP participant ({@link UpnpDiscovery}). Other programs on this machine
 * may answer too; only the benchmark's own device counts.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DiscoveryLatency {

    private static final String AREA = "Latency";
    /** A serial number no other test on the machine uses. */
    private static final String SERIAL = "C301251124777";
    private static final long WAIT_SECONDS = 5;

    private DiscoveryLatency() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        NetworkInterface lo = NetworkInterface.getByName("lo");
        if (lo == null) {
            table.info(AREA, "discovery", "skipped: no loopback interface named lo", "-");
            return;
        }
        int samples = Math.max(3, settings.latencySamples() / 10);
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        EmulatorOptions options = EmulatorOptions.builder().serialNumber(SERIAL).multicastInterface("lo")
                .multicastEnabled(true).ssdpEnabled(true).announceInterval(Duration.ofHours(1)).build();
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(options);
                MulticastDiscovery discovery = new MulticastDiscovery(lo, scheduler)) {
            Stats multicast = multicast(discovery, samples);
            table.add(AREA, "multicast query -> announcement at the listener", multicast.describe(),
                    "socket drained every " + MulticastDiscovery.DEFAULT_POLL_INTERVAL.toMillis() + " ms", "-",
                    Verdict.INFO);
            Stats service = bindingService(samples);
            table.add(AREA, "scan (multicast query) -> discovery result of the binding", service.describe(),
                    "the binding's multicast discovery service", "-", Verdict.INFO);
            Stats ssdp = ssdp(lo, "127.0.0.1:" + emulator.device().httpPort() + "/", samples);
            table.add(AREA, "SSDP M-SEARCH -> reply datagram", ssdp.describe(), "-", "-", Verdict.INFO);
            Stats upnp = UpnpDiscovery.searchToResult(SERIAL, Math.max(1, samples / 4));
            table.add(AREA, "M-SEARCH -> discovery result via jupnp and the binding's participant",
                    upnp.describe(), "includes jupnp's description fetch", "-", Verdict.INFO);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static Stats multicast(MulticastDiscovery discovery, int samples) throws Exception {
        AtomicReference<@Nullable CompletableFuture<Long>> waiting = new AtomicReference<>();
        discovery.addListener(announcement -> {
            CompletableFuture<Long> w = waiting.get();
            if (w != null && SERIAL.equals(announcement.serialNumber())) {
                w.complete(System.nanoTime());
            }
        });
        discovery.start();
        List<Long> nanos = new ArrayList<>();
        for (int n = 0; n < samples; n++) {
            CompletableFuture<Long> seen = new CompletableFuture<>();
            waiting.set(seen);
            long start = System.nanoTime();
            if (!discovery.sendQuery()) {
                throw new IllegalStateException("the multicast query could not be sent on lo");
            }
            nanos.add(seen.get(WAIT_SECONDS, TimeUnit.SECONDS) - start);
            Thread.sleep(50 + (long) (Math.random() * 200)); // a random phase against the drain task
        }
        return Stats.ofNanos(nanos);
    }

    /** The binding's discovery service: from the start of a scan to the result in the inbox. */
    private static Stats bindingService(int samples) throws Exception {
        AtomicReference<@Nullable CompletableFuture<Long>> waiting = new AtomicReference<>();
        List<Long> nanos = new ArrayList<>();
        try (BindingDiscovery service = new BindingDiscovery(result -> {
            CompletableFuture<Long> w = waiting.get();
            if (w != null && SERIAL.equals(result.getThingUID().getId())) {
                w.complete(System.nanoTime());
            }
        })) {
            for (int n = 0; n < samples; n++) {
                CompletableFuture<Long> seen = new CompletableFuture<>();
                waiting.set(seen);
                long start = System.nanoTime();
                service.scan();
                nanos.add(seen.get(WAIT_SECONDS, TimeUnit.SECONDS) - start);
                Thread.sleep(50 + (long) (Math.random() * 200));
            }
        }
        return Stats.ofNanos(nanos);
    }

    /** M-SEARCH from a socket of our own, timed to the first reply whose LOCATION is our device's. */
    private static Stats ssdp(NetworkInterface lo, String location, int samples) throws Exception {
        String search = "M-SEARCH * HTTP/1.1\r\nHOST: " + SsdpClient.GROUP + ":" + SsdpClient.PORT
                + "\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: " + SsdpClient.DEVICE_TYPE + "\r\n\r\n";
        List<Long> nanos = new ArrayList<>();
        try (DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET)) {
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            channel.configureBlocking(true);
            channel.socket().setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            byte[] buffer = new byte[4096];
            for (int n = 0; n < samples; n++) {
                long start = System.nanoTime();
                channel.send(ByteBuffer.wrap(search.getBytes(StandardCharsets.US_ASCII)),
                        new InetSocketAddress(InetAddress.getByName(SsdpClient.GROUP), SsdpClient.PORT));
                long deadline = start + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
                while (true) {
                    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                    channel.socket().receive(packet);
                    String reply = new String(buffer, 0, packet.getLength(), StandardCharsets.US_ASCII);
                    if (reply.contains(location)) {
                        nanos.add(System.nanoTime() - start);
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("no SSDP reply from " + SERIAL);
                    }
                }
            }
        }
        return Stats.ofNanos(nanos);
    }
}
