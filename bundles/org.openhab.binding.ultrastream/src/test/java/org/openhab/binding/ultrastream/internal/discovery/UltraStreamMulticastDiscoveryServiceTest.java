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
package org.openhab.binding.ultrastream.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.FixedNetworkAddressService;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.ManualClock;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.RecordingListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Thing;

/**
 * The multicast discovery service against emulated devices on loopback. openHAB's primary address is 127.0.0.1
 * here, which pins the service to the loopback interface: nothing is sent on any other network.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraStreamMulticastDiscoveryServiceTest {

    private static final String SERIAL_1 = "C301261125101";
    private static final String SERIAL_2 = "C301261125102";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final FixedNetworkAddressService network = new FixedNetworkAddressService("127.0.0.1");
    private final ManualClock clock = new ManualClock();
    private final RecordingListener inbox = new RecordingListener();
    private final UltraStreamMulticastDiscoveryService service = new UltraStreamMulticastDiscoveryService(scheduler,
            network, null, clock);

    @AfterEach
    void tearDown() throws InterruptedException {
        service.deactivate();
        scheduler.shutdownNow();
        assertTrue(scheduler.awaitTermination(5, TimeUnit.SECONDS));
    }

    private static EmulatorOptions device(String serial, String name) {
        // Devices announce rarely here, so what the test sees is the answer to its query.
        return EmulatorOptions.builder().serialNumber(serial).boxName(name).announceInterval(Duration.ofHours(1))
                .build();
    }

    @Test
    void aScanFindsEachEmulatedDeviceWithAddressPortSerialAndLabel() throws Exception {
        try (UltraStreamEmulator emulator = UltraStreamEmulator
                .start(List.of(device(SERIAL_1, "Studio A"), device(SERIAL_2, "Ultra Stream " + SERIAL_2)))) {
            service.addDiscoveryListener(inbox);
            service.activate(Map.of());
            assertTrue(service.isListening());
            service.startScan(null);

            for (EmulatedDevice device : emulator.devices()) {
                DiscoveryResult result = inbox.awaitSerial(device.serialNumber());
                assertEquals("ultrastream:encoder:" + device.serialNumber(), result.getThingUID().getAsString());
                assertEquals("ultrastream:encoder", result.getThingTypeUID().getAsString());
                assertEquals(Thing.PROPERTY_SERIAL_NUMBER, result.getRepresentationProperty());
                assertEquals(InetAddress.getByName(device.host()).getHostAddress(),
                        result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
                assertEquals(device.httpPort(), result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_PORT));
                assertEquals("MAGEWELL", result.getProperties().get(Thing.PROPERTY_VENDOR));
                assertEquals(UltraStreamMulticastDiscoveryService.TTL_SECONDS, result.getTimeToLive());
                assertFalse(result.getLabel().contains(device.host()), result.getLabel());
            }
            // The box name, with the serial unless the name holds it already
            assertEquals("Studio A (" + SERIAL_1 + ")", inbox.awaitSerial(SERIAL_1).getLabel());
            assertEquals("Ultra Stream " + SERIAL_2, inbox.awaitSerial(SERIAL_2).getLabel());
        }
    }

    @Test
    void withoutBackgroundDiscoveryTheSocketsAreOpenOnlyDuringAScan() throws Exception {
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(device(SERIAL_1, "Studio A"))) {
            service.addDiscoveryListener(inbox);
            service.activate(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, false));
            assertFalse(service.isListening());

            service.startScan(null);
            assertTrue(service.isListening());
            inbox.awaitSerial(SERIAL_1);

            service.stopScan();
            assertFalse(service.isListening());
        }
    }

    @Test
    void deactivationClosesTheSockets() {
        service.activate(Map.of());
        assertTrue(service.isListening());
        service.deactivate();
        assertFalse(service.isListening());
    }

    @Test
    void theConfiguredInterfaceWinsOverThePrimaryAddress() throws Exception {
        network.primaryAddress = null; // openHAB knows no primary address
        service.activate(Map.of());
        assertFalse(service.isListening());
        service.deactivate();

        service.activate(Map.of(UltraStreamMulticastDiscoveryService.CONFIG_NETWORK_INTERFACE, "lo"));
        assertTrue(service.isListening());

        service.modified(Map.of(UltraStreamMulticastDiscoveryService.CONFIG_NETWORK_INTERFACE, "no-such-if0"));
        assertFalse(service.isListening());

        service.modified(Map.of(UltraStreamMulticastDiscoveryService.CONFIG_NETWORK_INTERFACE, "lo"));
        assertTrue(service.isListening(), "a corrected interface opens the sockets again");
    }

    @Test
    void aPrimaryAddressChangeMovesTheListener() {
        network.primaryAddress = "192.0.2.1"; // no interface holds this documentation address
        service.activate(Map.of());
        assertFalse(service.isListening());
        assertEquals(List.of(service), network.listeners);

        network.primaryAddress = "127.0.0.1";
        service.startScan(null); // a scan tries again
        assertTrue(service.isListening());

        network.primaryAddress = "192.0.2.1";
        network.listeners.forEach(listener -> listener.onPrimaryAddressChanged("127.0.0.1", "192.0.2.1"));
        assertFalse(service.isListening());

        network.primaryAddress = "127.0.0.1";
        network.listeners.forEach(listener -> listener.onPrimaryAddressChanged("192.0.2.1", "127.0.0.1"));
        assertTrue(service.isListening(), "the address that works opens the sockets again, without a scan");

        service.deactivate();
        assertEquals(List.of(), network.listeners);
    }

    @Test
    void aDeviceSeenAgainIsReportedOnlyWhenChangedOrAgeing() throws Exception {
        service.addDiscoveryListener(inbox);
        InetAddress address = InetAddress.getByName("127.0.0.1");
        MulticastAnnouncement first = new MulticastAnnouncement(SERIAL_1, "Studio A", "Ultra Stream", address, null,
                0, 80, address);

        service.announced(first);
        service.announced(first);
        assertNotNull(inbox.awaitNext(5));
        clock.advance(Duration.ofSeconds(UltraStreamMulticastDiscoveryService.TTL_SECONDS / 3 - 1));
        service.announced(first);
        // The listener runs on the scheduler: once this marker task has run, any second result would be in.
        scheduler.submit(() -> null).get(5, TimeUnit.SECONDS);
        assertEquals(1, inbox.count());

        service.announced(new MulticastAnnouncement(SERIAL_1, "Studio B", "Ultra Stream", address, null, 0, 80,
                address));
        DiscoveryResult renamed = inbox.awaitNext(5);
        assertNotNull(renamed);
        assertEquals("Studio B (" + SERIAL_1 + ")", renamed.getLabel());
        assertNull(renamed.getProperties().get(UltraStreamDiscoveryResults.CONFIG_PORT), "port 80 is the default");

        clock.advance(Duration.ofSeconds(UltraStreamMulticastDiscoveryService.TTL_SECONDS / 3));
        service.announced(new MulticastAnnouncement(SERIAL_1, "Studio B", "Ultra Stream", address, null, 0, 80,
                address));
        assertNotNull(inbox.awaitNext(5), "reported again once a third of the lifetime passed");
    }
}
