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

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * Both discovery clients against whole emulated devices (HTTP server, responders and description), several in
 * one process, on loopback.
 */
@NonNullByDefault
class EmulatorDiscoveryTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static List<EmulatorOptions> devices(String... serials) {
        return Arrays.stream(serials).map(serial -> EmulatorOptions.builder().serialNumber(serial)
                .model(Model.SDI).boxName("Box " + serial).announceInterval(Duration.ofHours(1)).build()).toList();
    }

    @Test
    void multicastQueryFindsEveryEmulatedDeviceWithItsPort() throws Exception {
        Map<String, MulticastAnnouncement> found = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(3);
        try (UltraStreamEmulator emulator = UltraStreamEmulator
                .start(devices("C301251124701", "C301251124702", "C301251124703"));
                MulticastDiscovery discovery = new MulticastDiscovery(MulticastDiscoveryTest.loopback(), scheduler,
                        Duration.ofMillis(10))) {
            discovery.addListener(announcement -> {
                if (announcement.serialNumber().startsWith("C3012511247")
                        && found.put(announcement.serialNumber(), announcement) == null) {
                    all.countDown();
                }
            });
            discovery.start();
            assertTrue(discovery.sendQuery());
            assertTrue(all.await(5, TimeUnit.SECONDS), found.keySet().toString());
            for (EmulatedDevice device : emulator.devices()) {
                MulticastAnnouncement announcement = found.get(device.serialNumber());
                assertNotNull(announcement, device.serialNumber());
                assertEquals(device.httpPort(), announcement.httpPort());
                assertEquals("Box " + device.serialNumber(), announcement.boxName());
                assertEquals(InetAddress.getByName(device.host()), announcement.source());
            }
        }
    }

    @Test
    void aQueryFindsEachOfManyDevicesInOneProcess() throws Exception {
        String[] serials = IntStream.range(0, 100).mapToObj(i -> String.format("C3012511258%02d", i))
                .toArray(String[]::new);
        Set<String> found = ConcurrentHashMap.newKeySet();
        CountDownLatch all = new CountDownLatch(serials.length);
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(devices(serials));
                MulticastDiscovery discovery = new MulticastDiscovery(MulticastDiscoveryTest.loopback(), scheduler)) {
            discovery.addListener(announcement -> {
                if (announcement.serialNumber().startsWith("C3012511258") && found.add(announcement.serialNumber())) {
                    all.countDown();
                }
            });
            discovery.start();
            assertTrue(discovery.sendQuery());
            assertTrue(all.await(10, TimeUnit.SECONDS), found.size() + " of " + serials.length);
        }
    }

    @Test
    void ssdpSearchFindsTheEmulatedDeviceThroughItsOwnDescription() throws Exception {
        HttpClient httpClient = new HttpClient();
        httpClient.start();
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(devices("C301251124704"))) {
            SsdpClient client = new SsdpClient(MulticastDiscoveryTest.loopback(), scheduler, httpClient,
                    Duration.ofSeconds(5));
            List<SsdpDevice> found = client.search(Duration.ofMillis(600)).get(10, TimeUnit.SECONDS).stream()
                    .filter(device -> device.serialNumber().equals("C301251124704")).toList();
            assertEquals(1, found.size(), found.toString());
            SsdpDevice device = found.get(0);
            assertEquals("Box C301251124704", device.friendlyName());
            assertEquals("Ultra Stream SDI", device.modelName());
            assertEquals(emulator.device().httpPort(), device.location().getPort());
        } finally {
            httpClient.stop();
        }
    }
}
