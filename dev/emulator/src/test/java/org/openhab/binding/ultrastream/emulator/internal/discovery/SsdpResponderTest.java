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
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SSDP responder over real sockets on loopback. The responder handles datagrams in order on one thread, so
 * "no answer to A" is shown by the first answer seen being the one to a later search B.
 */
@NonNullByDefault
class SsdpResponderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    static String search(String target) {
        return "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\nST: " + target
                + "\r\n\r\n";
    }

    @Test
    void answersASearchForTheDeviceType() throws Exception {
        FakeDevice device = new FakeDevice("C301251124201");
        String udn = DeviceDescription.udn(device.serialNumber());
        try (SsdpResponder responder = new SsdpResponder(device, "lo", scheduler);
                LoopbackUdp searcher = new LoopbackUdp()) {
            responder.start();
            searcher.sendToGroup(search(DeviceDescription.DEVICE_TYPE), SsdpResponder.PORT);
            String answer = searcher.receive(text -> text.contains(udn), TIMEOUT);
            assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
            assertTrue(answer.contains("\r\nLOCATION: http://127.0.0.1:8081/upnp/description.xml\r\n"), answer);
            assertTrue(answer.contains("\r\nST: " + DeviceDescription.DEVICE_TYPE + "\r\n"), answer);
            assertTrue(answer.contains("\r\nUSN: " + udn + "::" + DeviceDescription.DEVICE_TYPE + "\r\n"), answer);
            assertTrue(answer.contains("\r\nCACHE-CONTROL: max-age=1800\r\n"), answer);
        }
    }

    @Test
    void answersSsdpAllWithEachTarget() throws Exception {
        FakeDevice device = new FakeDevice("C301251124202");
        String udn = DeviceDescription.udn(device.serialNumber());
        try (SsdpResponder responder = new SsdpResponder(device, "lo", scheduler);
                LoopbackUdp searcher = new LoopbackUdp()) {
            responder.start();
            searcher.sendToGroup(search("ssdp:all"), SsdpResponder.PORT);
            Set<String> targets = new HashSet<>();
            while (targets.size() < 3) {
                String answer = searcher.receive(text -> text.contains(udn), TIMEOUT);
                targets.add(answer.replaceAll("(?s).*\r\nST: ([^\r]*)\r\n.*", "$1"));
            }
            assertEquals(Set.of("upnp:rootdevice", udn, DeviceDescription.DEVICE_TYPE), targets);
        }
    }

    @Test
    void ignoresOtherTargetsGarbageAndSearchesWithoutMan() throws Exception {
        FakeDevice device = new FakeDevice("C301251124203");
        String udn = DeviceDescription.udn(device.serialNumber());
        try (SsdpResponder responder = new SsdpResponder(device, "lo", scheduler);
                LoopbackUdp searcher = new LoopbackUdp()) {
            responder.start();
            searcher.sendToGroup(search("urn:schemas-upnp-org:device:MediaRenderer:1"), SsdpResponder.PORT);
            searcher.sendToGroup(search("upnp:rootdevice").replace("MAN: \"ssdp:discover\"\r\n", ""),
                    SsdpResponder.PORT);
            searcher.sendToGroup("M-SEARCH \u0000\r\n:::\r\n", SsdpResponder.PORT);
            searcher.sendToGroup(search(udn), SsdpResponder.PORT);
            String first = searcher.receive(text -> text.contains(udn), TIMEOUT);
            assertTrue(first.contains("\r\nST: " + udn + "\r\n"), first);
            assertTrue(first.contains("\r\nUSN: " + udn + "\r\n"), first);
        }
    }

    @Test
    void notifiesAliveAtStartAndByebyeWhenSwitchedOffAndStopped() throws Exception {
        FakeDevice device = new FakeDevice("C301251124204");
        String udn = DeviceDescription.udn(device.serialNumber());
        try (LoopbackUdp watcher = new LoopbackUdp(SsdpResponder.PORT);
                LoopbackUdp searcher = new LoopbackUdp()) {
            SsdpResponder responder = new SsdpResponder(device, "lo", scheduler);
            responder.start();
            String alive = watcher.receive(text -> text.contains(udn) && text.startsWith("NOTIFY"), TIMEOUT);
            assertTrue(alive.contains("\r\nNTS: ssdp:alive\r\n"), alive);
            assertTrue(alive.contains("\r\nLOCATION: http://127.0.0.1:8081/upnp/description.xml\r\n"), alive);

            responder.ssdpEnabledChanged(false);
            watcher.receive(text -> text.contains(udn) && text.contains("\r\nNTS: ssdp:byebye\r\n"), TIMEOUT);
            // switched off: the search goes unanswered, so the first answer seen is to the one after switching on
            CountDownLatch handled = new CountDownLatch(1);
            responder.onSearchHandled(text -> {
                if (text.contains("X-TEST: off")) {
                    handled.countDown();
                }
            });
            searcher.sendToGroup(search(DeviceDescription.DEVICE_TYPE).replace("\r\n\r\n", "\r\nX-TEST: off\r\n\r\n"),
                    SsdpResponder.PORT);
            assertTrue(handled.await(5, TimeUnit.SECONDS));
            responder.ssdpEnabledChanged(true);
            watcher.receive(text -> text.contains(udn) && text.contains("\r\nNTS: ssdp:alive\r\n"), TIMEOUT);
            searcher.sendToGroup(search(udn), SsdpResponder.PORT);
            assertTrue(searcher.receive(text -> text.contains(udn), TIMEOUT).contains("\r\nST: " + udn + "\r\n"));

            responder.close();
            watcher.receive(text -> text.contains(udn) && text.contains("\r\nNTS: ssdp:byebye\r\n"), TIMEOUT);
            assertFalse(MulticastResponderTest.threadAlive("ultrastream-emulator-ssdp-" + device.serialNumber()));
        }
    }

    @Test
    void startsSilentWhenSsdpIsOff() throws Exception {
        FakeDevice off = new FakeDevice("C301251124205", "Off", 8081, false);
        FakeDevice on = new FakeDevice("C301251124206");
        try (SsdpResponder silent = new SsdpResponder(off, "lo", scheduler);
                SsdpResponder answering = new SsdpResponder(on, "lo", scheduler);
                LoopbackUdp searcher = new LoopbackUdp()) {
            silent.start();
            answering.start();
            CountDownLatch handled = new CountDownLatch(1);
            silent.onSearchHandled(text -> handled.countDown());
            searcher.sendToGroup(search(DeviceDescription.udn(off.serialNumber())), SsdpResponder.PORT);
            assertTrue(handled.await(5, TimeUnit.SECONDS));
            searcher.sendToGroup(search(DeviceDescription.udn(on.serialNumber())), SsdpResponder.PORT);
            String first = searcher.receive(text -> text.contains("C301251124205") || text.contains("USN: uuid:"),
                    TIMEOUT);
            assertTrue(first.contains(DeviceDescription.udn(on.serialNumber())), first);
        }
    }
}
