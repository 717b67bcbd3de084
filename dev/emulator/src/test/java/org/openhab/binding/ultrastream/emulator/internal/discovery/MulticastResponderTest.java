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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.internal.DeviceHost;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The multicast responder over real sockets on loopback. Other tests on this machine may run devices on the
 * same group, so every check looks for this test's own serial.
 */
@NonNullByDefault
class MulticastResponderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void answersAQueryUnicastWithTheDocumentsJson() throws Exception {
        FakeDevice device = new FakeDevice("C301251124101");
        try (MulticastResponder responder = new MulticastResponder(device, "lo", Duration.ofHours(1), scheduler);
                LoopbackUdp querier = new LoopbackUdp()) {
            responder.start();
            querier.sendToGroup("{\"version\":\"1.0\",\"flag\":\"ssip-query\"}", MulticastResponder.PORT);
            JsonObject json = JsonParser
                    .parseString(querier.receive(text -> text.contains(device.serialNumber()), TIMEOUT))
                    .getAsJsonObject();
            assertEquals("1.0", json.get("version").getAsString());
            assertEquals("ssip", json.get("flag").getAsString());
            assertEquals("Ultra Stream", json.get("product").getAsString());
            assertEquals(device.boxName(), json.get("boxname").getAsString());
            assertEquals("127.0.0.1", json.get("ethip").getAsString());
            assertEquals("", json.get("wifiip").getAsString());
            assertEquals(65600, json.get("status").getAsInt());
            assertEquals(8081, json.get("http-port").getAsInt());
        }
    }

    @Test
    void theUltraEncodeFamilyAnnouncesItsProduct() {
        DeviceHost aio = new DeviceHost(EmulatorOptions.builder().model(Model.ULTRA_ENCODE_AIO).build(), scheduler);
        aio.publish();
        JsonObject json = JsonParser.parseString(MulticastResponder.announcement(aio)).getAsJsonObject();
        assertEquals("Ultra Encode", json.get("product").getAsString(), "the family, as the vendor's pages show");
        assertEquals("Ultra Encode C313251124001", json.get("boxname").getAsString());
        assertEquals("C313251124001", json.get("serialnumber").getAsString());
        DeviceHost stream = new DeviceHost(EmulatorOptions.builder().build(), scheduler);
        assertEquals("Ultra Stream",
                JsonParser.parseString(MulticastResponder.announcement(stream)).getAsJsonObject().get("product")
                        .getAsString());
    }

    @Test
    void garbageIsIgnoredAndTheNextQueryStillAnswered() throws Exception {
        FakeDevice device = new FakeDevice("C301251124102");
        try (MulticastResponder responder = new MulticastResponder(device, "lo", Duration.ofHours(1), scheduler);
                LoopbackUdp querier = new LoopbackUdp()) {
            responder.start();
            querier.sendToGroup("{\"flag\":\"ssip-query\"", MulticastResponder.PORT); // truncated
            querier.sendToGroup("\u0000\u00ff garbage", MulticastResponder.PORT);
            querier.sendToGroup("{\"flag\":\"ssip-query\"}" + " ".repeat(3000), MulticastResponder.PORT);
            querier.sendToGroup("{\"version\":\"1.0\",\"flag\":\"ssip-query\",\"n\":2}", MulticastResponder.PORT);
            assertTrue(querier.receive(text -> text.contains(device.serialNumber()), TIMEOUT).contains("\"ssip\""));
        }
    }

    @Test
    void announcesToTheGroupWithoutBeingAsked() throws Exception {
        FakeDevice device = new FakeDevice("C301251124103", "Studio A", 80, true);
        try (LoopbackUdp watcher = new LoopbackUdp(MulticastResponder.PORT);
                MulticastResponder responder = new MulticastResponder(device, "lo", Duration.ofMillis(100),
                        scheduler)) {
            responder.start();
            String first = watcher.receive(text -> text.contains(device.serialNumber()), TIMEOUT);
            assertTrue(first.contains("\"boxname\":\"Studio A\""), first);
            assertFalse(first.contains("http-port"), "port 80 is the document's; no extra field");
            // periodically: a second one follows
            watcher.receive(text -> text.contains(device.serialNumber()), TIMEOUT);
        }
    }

    @Test
    void manyDevicesShareThePortAndAllAnswer() throws Exception {
        FakeDevice first = new FakeDevice("C301251124104");
        FakeDevice second = new FakeDevice("C301251124105");
        try (MulticastResponder one = new MulticastResponder(first, "lo", Duration.ofHours(1), scheduler);
                MulticastResponder two = new MulticastResponder(second, "lo", Duration.ofHours(1), scheduler);
                LoopbackUdp querier = new LoopbackUdp()) {
            one.start();
            two.start();
            querier.sendToGroup("{\"version\":\"1.0\",\"flag\":\"ssip-query\"}", MulticastResponder.PORT);
            String answer = querier.receive(
                    text -> text.contains(first.serialNumber()) || text.contains(second.serialNumber()), TIMEOUT);
            String other = answer.contains(first.serialNumber()) ? second.serialNumber() : first.serialNumber();
            querier.receive(text -> text.contains(other), TIMEOUT);
        }
    }

    @Test
    void closeStopsTheReceiveThread() throws Exception {
        FakeDevice device = new FakeDevice("C301251124106");
        MulticastResponder responder = new MulticastResponder(device, "lo", Duration.ofHours(1), scheduler);
        responder.start();
        assertTrue(threadAlive("ultrastream-emulator-multicast-" + device.serialNumber()));
        responder.close();
        assertFalse(threadAlive("ultrastream-emulator-multicast-" + device.serialNumber()));
    }

    @Test
    void unknownInterfaceFailsToStart() {
        MulticastResponder responder = new MulticastResponder(new FakeDevice("C301251124107"), "no-such-if0",
                Duration.ofHours(1), scheduler);
        assertThrows(java.io.IOException.class, responder::start);
    }

    static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }
}
