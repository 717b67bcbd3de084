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
package org.openhab.binding.ultrastream.client.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.internal.discovery.MulticastResponder;

/**
 * Multicast discovery against the emulator's responder, over real sockets pinned to loopback. Other tests on
 * this machine may announce on the same group, so each test looks only for its own serials.
 */
@NonNullByDefault
class MulticastDiscoveryTest {

    private static final long TIMEOUT_SECONDS = 5;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<MulticastAnnouncement> received = new LinkedBlockingQueue<>();
    private final NetworkInterface loopback = loopback();
    private @Nullable MulticastDiscovery discovery;

    @AfterEach
    void stop() {
        MulticastDiscovery current = discovery;
        if (current != null) {
            current.close();
        }
        scheduler.shutdownNow();
    }

    private MulticastDiscovery start() throws IOException {
        MulticastDiscovery started = new MulticastDiscovery(loopback, scheduler, Duration.ofMillis(10));
        started.addListener(received::add);
        started.start();
        discovery = started;
        return started;
    }

    /** The next announcement for the serial, skipping other devices'; fails after the timeout. */
    private MulticastAnnouncement next(String serial) throws InterruptedException {
        return next(received, serial);
    }

    private static MulticastAnnouncement next(BlockingQueue<MulticastAnnouncement> received, String serial)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            MulticastAnnouncement announcement = received.poll(Math.max(1, deadline - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
            if (announcement == null) {
                throw new AssertionError("No announcement for " + serial);
            }
            if (announcement.serialNumber().equals(serial)) {
                return announcement;
            }
        }
    }

    @Test
    void aQueryIsAnsweredAndParsed() throws Exception {
        LoopbackDevice device = new LoopbackDevice("C301251124301");
        MulticastDiscovery discovery = start();
        try (MulticastResponder responder = new MulticastResponder(device, "lo", Duration.ofHours(1), scheduler)) {
            responder.start(); // announces once at start; the query's answer comes next
            next(device.serialNumber());
            assertTrue(discovery.sendQuery());
            MulticastAnnouncement answer = next(device.serialNumber());
            assertEquals(device.boxName(), answer.boxName());
            assertEquals("Ultra Stream", answer.product());
            assertEquals(InetAddress.getLoopbackAddress(), answer.ethIp());
            assertNull(answer.wifiIp());
            assertEquals(0x10040, answer.statusMask());
            assertEquals(8081, answer.httpPort());
            assertEquals(InetAddress.getLoopbackAddress(), answer.source());
        }
    }

    @Test
    void periodicAnnouncementsArriveWithoutAQuery() throws Exception {
        LoopbackDevice device = new LoopbackDevice("C301251124302");
        start();
        try (MulticastResponder responder = new MulticastResponder(device, "lo", Duration.ofMillis(50), scheduler)) {
            responder.start();
            next(device.serialNumber());
            next(device.serialNumber());
        }
    }

    @Test
    void invalidDatagramsNeverReachListeners() throws Exception {
        start();
        String valid = announcement("C301251124303", "127.0.0.1");
        try (MulticastSocket sender = loopbackSender()) {
            send(sender, "{".repeat(3000)); // oversized
            send(sender, valid.substring(0, valid.length() - 5)); // truncated
            send(sender, "\u0000garbage\uffff");
            send(sender, valid.replace("\"ssip\"", "\"ssdp\"")); // wrong flag
            send(sender, announcement("C301251124399", "10.1.2.3")); // spoofed: sent from 127.0.0.1
            send(sender, announcement("C301251324304", "127.0.0.1")); // month 13
            send(sender, valid); // processed in order: once it is seen, all above were handled
        }
        assertEquals("C301251124303", next("C301251124303").serialNumber());
        List<String> serials = received.stream().map(MulticastAnnouncement::serialNumber).toList();
        assertFalse(serials.contains("C301251124399"), serials.toString());
        assertFalse(serials.contains("C301251324304"), serials.toString());
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersNorThePolling() throws Exception {
        MulticastDiscovery discovery = start();
        discovery.addListener(announcement -> {
            throw new IllegalStateException("listener bug");
        });
        BlockingQueue<MulticastAnnouncement> late = new LinkedBlockingQueue<>();
        discovery.addListener(late::add);
        try (MulticastSocket sender = loopbackSender()) {
            send(sender, announcement("C301251124305", "127.0.0.1"));
            next(late, "C301251124305");
            send(sender, announcement("C301251124306", "127.0.0.1"));
            next(late, "C301251124306");
        }
    }

    @Test
    void anInterfaceThatGoesAwayIsSurvivedAndLoggedOnce() throws Exception {
        AtomicBoolean present = new AtomicBoolean(true);
        MulticastDiscovery discovery = new MulticastDiscovery(loopback, scheduler, Duration.ofMillis(1),
                networkInterface -> present.get());
        discovery.addListener(received::add);
        discovery.start();
        this.discovery = discovery;

        present.set(false);
        waitFor(discovery::isInterfaceLost);
        int checks = discovery.interfaceChecks();
        waitFor(() -> discovery.interfaceChecks() >= checks + 3);
        assertEquals(1, discovery.interfaceLossCount());

        present.set(true);
        waitFor(() -> !discovery.isInterfaceLost());
        try (MulticastSocket sender = loopbackSender()) {
            send(sender, announcement("C301251124307", "127.0.0.1"));
        }
        next("C301251124307");
        assertEquals(1, discovery.interfaceLossCount());
    }

    @Test
    void closeLeavesNoSocketBehind() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs Linux /proc to count sockets");
        long before = openSockets(fds);
        MulticastDiscovery discovery = start();
        assertEquals(before + 2, openSockets(fds));
        discovery.close();
        assertEquals(before, openSockets(fds));
        assertFalse(discovery.isRunning());
        assertFalse(discovery.sendQuery());
        discovery.close(); // twice is fine
    }

    @Test
    void startingTwiceOpensNoSecondPairOfSockets() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs Linux /proc to count sockets");
        MulticastDiscovery discovery = start();
        long open = openSockets(fds);
        discovery.start();
        assertEquals(open, openSockets(fds));
        assertTrue(discovery.isRunning());
    }

    private static long openSockets(Path fds) throws IOException {
        try (Stream<Path> entries = Files.list(fds)) {
            return entries.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listing
                }
            }).count();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met in time");
            }
            Thread.sleep(5);
        }
    }

    private static String announcement(String serial, String ethIp) {
        return "{\"version\":\"1.0\",\"flag\":\"ssip\",\"product\":\"Ultra Stream\",\"boxname\":\"Test\","
                + "\"serialnumber\":\"" + serial + "\",\"wifiip\":\"\",\"ethip\":\"" + ethIp + "\",\"status\":0}";
    }

    private MulticastSocket loopbackSender() throws IOException {
        MulticastSocket socket = new MulticastSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setNetworkInterface(loopback);
        return socket;
    }

    private static void send(MulticastSocket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(MulticastDiscovery.GROUP),
                MulticastDiscovery.PORT));
    }

    static NetworkInterface loopback() {
        try {
            NetworkInterface lo = NetworkInterface.getByName("lo");
            if (lo == null) {
                throw new IllegalStateException("No loopback interface named lo");
            }
            return lo;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
