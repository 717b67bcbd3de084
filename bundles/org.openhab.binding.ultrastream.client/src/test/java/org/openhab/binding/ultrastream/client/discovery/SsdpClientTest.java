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

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.internal.discovery.DeviceDescription;
import org.openhab.binding.ultrastream.emulator.internal.discovery.SsdpResponder;

/**
 * The SSDP client against the emulator's responder and description, and against hostile answers, all on
 * loopback.
 */
@NonNullByDefault
class SsdpClientTest {

    private static final Duration WINDOW = Duration.ofMillis(600);
    private final NetworkInterface loopback = MulticastDiscoveryTest.loopback();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient httpClient = new HttpClient();
    private final SsdpClient client = new SsdpClient(loopback, scheduler, httpClient, Duration.ofSeconds(5));

    @BeforeEach
    void startHttp() throws Exception {
        httpClient.start();
    }

    @AfterEach
    void stop() throws Exception {
        httpClient.stop();
        scheduler.shutdownNow();
    }

    @Test
    void findsTheEmulatedDeviceAndReadsItsDescription() throws Exception {
        try (DescriptionServer http = new DescriptionServer()) {
            LoopbackDevice device = new LoopbackDevice("C301251124401", "Stage left", http.port());
            http.serve(DeviceDescription.PATH, DeviceDescription.xml(device));
            try (SsdpResponder responder = new SsdpResponder(device, "lo", scheduler)) {
                responder.start();
                SsdpDevice found = only(client.search(WINDOW).get(10, TimeUnit.SECONDS), device.serialNumber());
                assertEquals("Stage left", found.friendlyName());
                assertEquals("Ultra Stream SDI", found.modelName());
                assertEquals("770", found.modelNumber());
                assertEquals(DeviceDescription.udn(device.serialNumber()), found.udn());
                assertEquals(InetAddress.getLoopbackAddress(), found.address());
                assertEquals("http://127.0.0.1:" + http.port() + "/upnp/description.xml", found.location().toString());
            }
        }
    }

    @Test
    void skipsHostileAndBrokenAnswers() throws Exception {
        try (DescriptionServer http = new DescriptionServer(); MulticastSocket fake = groupWatcher()) {
            String good = DeviceDescription.xml(new LoopbackDevice("C301251124402", "Good", http.port()));
            http.serve("/good.xml", good);
            http.serve("/big.xml", good.replace("<friendlyName>", "<friendlyName>" + "x".repeat(70_000)));
            http.serve("/xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>"
                    + good.substring(good.indexOf("<root")).replace("<friendlyName>Good", "<friendlyName>&s;"));
            http.serve("/noserial.xml", good.replace("C301251124402", "none"));
            http.serve("/other.xml", good.replace("UltraStream:1", "MediaRenderer:1"));

            var search = client.search(WINDOW);
            SocketAddress searcher = awaitSearch(fake);
            String base = "http://127.0.0.1:" + http.port();
            answer(fake, searcher, base + "/good.xml");
            answer(fake, searcher, base + "/big.xml");
            answer(fake, searcher, base + "/xxe.xml");
            answer(fake, searcher, base + "/noserial.xml");
            answer(fake, searcher, base + "/other.xml");
            answer(fake, searcher, base + "/missing.xml"); // 404
            answer(fake, searcher, "http://127.0.0.2:" + http.port() + "/good.xml"); // not the sender
            answer(fake, searcher, "file:///etc/passwd");
            send(fake, searcher, "HTTP/1.1 200 OK\r\n\u0000garbage\r\n\r\n");
            send(fake, searcher, "x".repeat(5000));

            // Only answers that point at this test's server count: other tests may run devices on the group.
            List<SsdpDevice> devices = search.get(10, TimeUnit.SECONDS).stream()
                    .filter(device -> device.location().getPort() == http.port()).toList();
            assertEquals(List.of(base + "/good.xml"), devices.stream().map(d -> d.location().toString()).toList());
            assertEquals("Good", devices.get(0).friendlyName());
        }
    }

    @Test
    void cancellingASearchEndsItEarly() throws Exception {
        var search = client.search(Duration.ofMinutes(10));
        assertTrue(search.cancel(false));
        assertTrue(search.isCancelled());
    }

    private static SsdpDevice only(List<SsdpDevice> devices, String serial) {
        // Other tests on this machine may run devices on the same group: look for our own.
        List<SsdpDevice> ours = devices.stream().filter(d -> d.serialNumber().equals(serial)).toList();
        assertEquals(1, ours.size(), devices.toString());
        return ours.get(0);
    }

    /** A socket on the SSDP group port, pinned to loopback, that sees the client's M-SEARCH. */
    private MulticastSocket groupWatcher() throws IOException {
        MulticastSocket socket = new MulticastSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(SsdpClient.PORT));
        socket.setNetworkInterface(loopback);
        socket.joinGroup(new InetSocketAddress(InetAddress.getByName(SsdpClient.GROUP), SsdpClient.PORT), loopback);
        socket.setSoTimeout(5000);
        return socket;
    }

    /** The source of the next M-SEARCH for the Ultra Stream type: where the client awaits answers. */
    private static SocketAddress awaitSearch(MulticastSocket socket) throws IOException {
        byte[] buffer = new byte[4096];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
            if (text.startsWith("M-SEARCH") && text.contains("ST: " + SsdpClient.DEVICE_TYPE)) {
                return packet.getSocketAddress();
            }
        }
    }

    private static void answer(MulticastSocket socket, SocketAddress target, String location) throws IOException {
        send(socket, target, "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\nLOCATION: " + location
                + "\r\nST: " + SsdpClient.DEVICE_TYPE + "\r\nUSN: uuid:x::" + SsdpClient.DEVICE_TYPE + "\r\n\r\n");
    }

    private static void send(MulticastSocket socket, SocketAddress target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        socket.send(new DatagramPacket(bytes, bytes.length, target));
    }
}
