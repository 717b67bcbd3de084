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

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.FixedNetworkAddressService;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.RecordingListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;

/**
 * One emulated device found both ways: the multicast result and the UPnP result must be one inbox entry, so they
 * must agree on the thing UID, the representation property and its value, the address and the label.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryMergeTest {

    private static final String SERIAL = "C301261125601";

    @Test
    void multicastAndUpnpDescribeTheSameDeviceAsOneEntry() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        UltraStreamMulticastDiscoveryService service = new UltraStreamMulticastDiscoveryService(scheduler,
                new FixedNetworkAddressService("127.0.0.1"), null, Clock.systemUTC());
        EmulatorOptions options = EmulatorOptions.builder().serialNumber(SERIAL).boxName("Foyer")
                .announceInterval(Duration.ofHours(1)).build();
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(options)) {
            EmulatedDevice device = emulator.device();
            RecordingListener inbox = new RecordingListener();
            service.addDiscoveryListener(inbox);
            service.activate(Map.of());
            service.startScan(null);
            DiscoveryResult multicast = inbox
                    .await(result -> SERIAL.equals(result.getProperties().get(Thing.PROPERTY_SERIAL_NUMBER)), 5);
            assertNotNull(multicast);

            DiscoveryResult upnp = new UltraStreamUpnpDiscoveryParticipant(null)
                    .createResult(DiscoveryTestSupport.describedByJupnp(device));
            assertNotNull(upnp);

            assertEquals(multicast.getThingUID(), upnp.getThingUID());
            assertEquals(multicast.getRepresentationProperty(), upnp.getRepresentationProperty());
            for (String key : new String[]{ Thing.PROPERTY_SERIAL_NUMBER, Thing.PROPERTY_VENDOR,
                    UltraStreamDiscoveryResults.CONFIG_HOSTNAME, UltraStreamDiscoveryResults.CONFIG_PORT }) {
                assertEquals(multicast.getProperties().get(key), upnp.getProperties().get(key), key);
            }
            // The label differs: UPnP takes no free text from the description (entities), multicast gives the name.
            assertEquals("Foyer (" + SERIAL + ")", multicast.getLabel());
            assertEquals("Ultra Stream HDMI " + SERIAL, upnp.getLabel());
        } finally {
            service.deactivate();
            scheduler.shutdownNow();
        }
    }
}
