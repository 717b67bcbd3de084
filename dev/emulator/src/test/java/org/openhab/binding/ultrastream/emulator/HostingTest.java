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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.internal.ControlEndpoint;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Several devices in one emulator, the runnable jar's flags, the control endpoint, and the discovery wiring
 * (description on the HTTP port, set-ssdp, multicast answers) on loopback.
 */
@NonNullByDefault
class HostingTest {

    private static EmulatorOptions.Builder quiet() {
        return EmulatorOptions.builder().multicastEnabled(false).ssdpEnabled(false);
    }

    @Test
    void severalDevicesEachWithItsOwnPortsSerialAndState() {
        try (UltraStreamEmulator e = UltraStreamEmulator.start(List.of(quiet().serialNumber("C301251124001").build(),
                quiet().serialNumber("C301251124002").model(Model.SDI).build()))) {
            assertEquals(2, e.devices().size());
            EmulatedDevice a = e.devices().get(0);
            EmulatedDevice b = e.devices().get(1);
            assertSame(a, e.device());
            Set<Integer> ports = new HashSet<>(List.of(a.httpPort(), a.downloadPort(), b.httpPort(), b.downloadPort()));
            assertEquals(4, ports.size());
            AppClient ua = AppClient.loggedIn(a);
            AppClient ub = AppClient.loggedIn(b);
            assertEquals("C301251124002",
                    ub.call("get-info").getAsJsonObject("product").get("sn").getAsString());
            assertEquals(0, ua.result("start-rec"));
            assertTrue(a.isRecording());
            assertFalse(b.isRecording());
            a.faults().http500(true);
            assertEquals(0, ub.result("get-status"), "faults are per device");
            assertEquals("127.0.0.1", a.host());
            assertEquals(URI.create("http://127.0.0.1:" + a.httpPort()), a.baseUri());
        }
    }

    @Test
    void devicesOnOtherAddressesMayShareAPortNumber() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (UltraStreamEmulator e = UltraStreamEmulator.start(List.of(
                quiet().serialNumber("C301251124001").httpPort(port).build(),
                quiet().serialNumber("C301251124002").httpPort(port)
                        .bindAddress(InetAddress.getByName("127.0.0.2")).build()))) {
            EmulatedDevice b = e.devices().get(1);
            assertEquals(port, b.httpPort());
            assertEquals(URI.create("http://127.0.0.2:" + port), b.baseUri());
            assertEquals("C301251124002",
                    AppClient.loggedIn(b).call("get-info").getAsJsonObject("product").get("sn").getAsString(),
                    "each request goes to the device whose address it arrived at");
            assertEquals("C301251124001", AppClient.loggedIn(e.device()).call("get-info").getAsJsonObject("product")
                    .get("sn").getAsString());
        }
    }

    @Test
    void closeReleasesThePorts() throws IOException {
        int port;
        try (UltraStreamEmulator e = UltraStreamEmulator.start(quiet().build())) {
            port = e.device().httpPort();
        }
        try (UltraStreamEmulator e = UltraStreamEmulator.start(quiet().httpPort(port).build())) {
            assertEquals(port, e.device().httpPort());
        }
    }

    @Test
    void aPortInUseFailsTheStartAndLeavesNothingRunning() throws InterruptedException {
        try (UltraStreamEmulator first = UltraStreamEmulator.start(quiet().build())) {
            int taken = first.device().httpPort();
            long before = emulatorThreads();
            assertThrows(IllegalStateException.class,
                    () -> UltraStreamEmulator.start(quiet().serialNumber("C301251124003").httpPort(taken).build()));
            assertTrue(waitFor(() -> emulatorThreads() <= before), "the failed start cleaned up");
        }
    }

    @Test
    void closeLeavesNoThreadBehind() throws InterruptedException {
        UltraStreamEmulator e = UltraStreamEmulator.start(EmulatorOptions.builder().serialNumber("C301251124008")
                .announceInterval(Duration.ofMinutes(10)).build());
        assertTrue(emulatorThreads() > 0, "the emulator runs threads while open");
        e.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (emulatorThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, emulatorThreads());
    }

    @Test
    void discoveryStopsWhileRebootingAndComesBack() throws InterruptedException {
        ManualClock clock = new ManualClock(1_790_000_000_000L);
        try (UltraStreamEmulator e = UltraStreamEmulator.start(EmulatorOptions.builder().clock(clock)
                .serialNumber("C301251124004").announceInterval(Duration.ofMinutes(10)).build())) {
            String multicast = "ultrastream-emulator-multicast-C301251124004";
            String ssdp = "ultrastream-emulator-ssdp-C301251124004";
            assertTrue(waitFor(() -> threadRuns(multicast) && threadRuns(ssdp)));
            e.device().faults().reboot();
            assertTrue(waitFor(() -> !threadRuns(multicast) && !threadRuns(ssdp)), "responders closed");
            clock.advance(Duration.ofSeconds(20));
            assertTrue(waitFor(() -> threadRuns(multicast) && threadRuns(ssdp)), "responders back after reboot");
        }
    }

    private static boolean threadRuns(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().equals(name));
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static long emulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("ultrastream-emulator")).count();
    }

    @Test
    void flagsMakeConsecutivePortsAndSerials() throws Exception {
        Map<String, String> flags = Main.parse(new String[]{ "--http-port", "18080", "--download-port", "19080",
                "--devices", "3", "--serial", "C301251124007", "--model", "sdi", "--no-ssdp", "--password", "pw",
                "--session-timeout", "60", "--reboot-seconds", "5" });
        List<EmulatorOptions> options = Main.options(flags);
        assertEquals(3, options.size());
        assertEquals(18082, options.get(2).httpPort());
        assertEquals(19081, options.get(1).downloadPort());
        assertEquals("C301251124009", options.get(2).serialNumber());
        assertEquals(Model.SDI, options.get(0).model());
        assertFalse(options.get(0).ssdpEnabled());
        assertTrue(options.get(0).multicastEnabled());
        assertEquals("pw", options.get(0).password());
        assertEquals(Duration.ofSeconds(60), options.get(0).sessionIdleTimeout());
        assertEquals(Duration.ofSeconds(5), options.get(0).rebootDuration());
        assertEquals("lo", options.get(0).multicastInterface());
        assertEquals(StatusShape.ULTRA_STREAM, options.get(0).statusShape());
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{ "--bogus", "1" }));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[]{ "--devices" }));
    }

    @Test
    void serialsGoOnAtTheNextProductionDayAfterUnit999() throws Exception {
        assertEquals("C301251124999", Serials.plus("C301251124001", 998));
        assertEquals("C301251125001", Serials.plus("C301251124001", 999));
        assertEquals("C301251201001", Serials.plus("C301251130999", 1), "the next day is a real date");
        assertEquals("C301260101002", Serials.plus("C301251231999", 2));
        assertEquals("A302190719004", Serials.plus("A302190719003", 1));
        assertThrows(IllegalArgumentException.class, () -> Serials.plus("C301XXXXXX999", 1), "no date, no next day");
        List<EmulatorOptions> options = Main.options(Main.parse(new String[]{ "--devices", "5000", "--http-port", "0",
                "--download-port", "0", "--serial", "C301251124001" }));
        assertEquals(5000, options.stream().map(EmulatorOptions::serialNumber).distinct().count());
        assertEquals("C301251129005", options.get(4999).serialNumber());
        assertThrows(IllegalArgumentException.class,
                () -> Main.options(Main.parse(new String[]{ "--devices", "2000" })),
                "HTTP ports 8080.. and download ports 9080.. would overlap");
        assertThrows(IllegalArgumentException.class,
                () -> Main.options(Main.parse(new String[]{ "--devices", "10001", "--http-port", "0" })));
    }

    @Test
    void theModelFlagNamesEveryFamilyMember() throws Exception {
        List<EmulatorOptions> aio = Main.options(Main.parse(new String[]{ "--model", "ultra-encode-aio" }));
        assertEquals(Model.ULTRA_ENCODE_AIO, aio.get(0).model());
        assertEquals(StatusShape.ULTRA_ENCODE_AIO, aio.get(0).statusShape());
        assertEquals("C313251124001", aio.get(0).serialNumber(), "the model's own default serial");
        assertEquals("Ultra Encode C313251124001", aio.get(0).boxName());
        List<EmulatorOptions> sibling = Main
                .options(Main.parse(new String[]{ "--model", "ultra-stream-sdi", "--status-shape", "sibling" }));
        assertEquals(StatusShape.SIBLING, sibling.get(0).statusShape());
        assertThrows(IllegalArgumentException.class, () -> Main.options(
                Main.parse(new String[]{ "--model", "ultra-encode-sdi", "--status-shape", "sibling" })));
        assertThrows(IllegalArgumentException.class,
                () -> Main.options(Main.parse(new String[]{ "--model", "ultra-encode" })));
    }

    @Test
    void controlEndpointSwitchesFaultsOnLoopback() {
        try (UltraStreamEmulator e = UltraStreamEmulator.start(quiet().build());
                ControlEndpoint control = new ControlEndpoint(e.devices(), 0)) {
            String base = "http://127.0.0.1:" + control.port();
            HttpResponse<byte[]> r = AppClient.fetch(URI.create(base + "/control?serial="
                    + EmulatorOptions.DEFAULT_SERIAL + "&fault=latency&value=250"));
            assertEquals(200, r.statusCode());
            assertEquals(Duration.ofMillis(250), e.device().faults().latency());
            AppClient.fetch(URI.create(base + "/control?fault=http500&value=on"));
            assertTrue(e.device().faults().http500());
            AppClient.fetch(URI.create(base + "/control?fault=clear"));
            assertFalse(e.device().faults().http500());
            AppClient.fetch(URI.create(base + "/control?fault=malformed&value=truncated"));
            assertEquals(MalformedJson.TRUNCATED, e.device().faults().malformedJson());
            AppClient.fetch(URI.create(base + "/control?fault=signal&value=off"));
            assertEquals(400, AppClient.fetch(URI.create(base + "/control?fault=nonsense")).statusCode());
            assertEquals(400, AppClient.fetch(URI.create(base + "/control?serial=X&fault=clear")).statusCode());
            JsonObject devices = JsonParser.parseString(new String(
                    AppClient.fetch(URI.create(base + "/control/devices")).body(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            assertEquals(1, devices.getAsJsonArray("devices").size());
            assertEquals("ultra-stream-hdmi",
                    devices.getAsJsonArray("devices").get(0).getAsJsonObject().get("model").getAsString());
        }
    }

    @Test
    void descriptionIsServedWhileSsdpIsOn() {
        try (UltraStreamEmulator e = UltraStreamEmulator
                .start(quiet().ssdpEnabled(true).serialNumber("C301251124005").build())) {
            URI description = URI.create(e.device().baseUri() + "/upnp/description.xml");
            HttpResponse<byte[]> r = AppClient.fetch(description);
            assertEquals(200, r.statusCode());
            String xml = new String(r.body(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<serialNumber>C301251124005</serialNumber>"));
            assertTrue(xml.contains("MAGEWELL"));
            AppClient u = AppClient.loggedIn(e.device());
            assertEquals(0, u.result("set-ssdp", "is-ssdp", "0"));
            assertEquals(404, AppClient.fetch(description).statusCode());
            assertEquals(0, u.result("set-ssdp", "is-ssdp", "1"));
            assertEquals(200, AppClient.fetch(description).statusCode());
        }
    }

    @Test
    void aMulticastQueryIsAnsweredOnLoopback() throws IOException {
        try (UltraStreamEmulator e = UltraStreamEmulator.start(EmulatorOptions.builder().ssdpEnabled(false)
                .serialNumber("C301251124006").announceInterval(Duration.ofMinutes(10)).build());
                MulticastSocket socket = new MulticastSocket(0)) {
            NetworkInterface lo = NetworkInterface.getByName("lo");
            socket.setOption(StandardSocketOptions.IP_MULTICAST_IF, lo);
            socket.setSoTimeout(200);
            byte[] query = "{\"version\":\"1.0\",\"flag\":\"ssip-query\"}".getBytes(StandardCharsets.UTF_8);
            InetSocketAddress group = new InetSocketAddress(InetAddress.getByName("239.255.255.250"), 2538);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            String answer = null;
            while (answer == null && System.nanoTime() < deadline) {
                socket.send(new DatagramPacket(query, query.length, group));
                try {
                    DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
                    socket.receive(p);
                    String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                    if (text.contains("C301251124006")) {
                        answer = text;
                    }
                } catch (SocketTimeoutException again) {
                    // the responder may still be joining the group: ask again until the deadline
                }
            }
            assertNotNull(answer, "the device answers the query");
            JsonObject json = JsonParser.parseString(answer).getAsJsonObject();
            assertEquals("ssip", json.get("flag").getAsString());
            assertEquals("127.0.0.1", json.get("ethip").getAsString());
            assertEquals(0x10010, json.get("status").getAsInt());
        }
    }
}
