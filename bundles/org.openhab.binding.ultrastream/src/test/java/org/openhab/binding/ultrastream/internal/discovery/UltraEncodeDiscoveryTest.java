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
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jupnp.model.meta.DeviceDetails;
import org.jupnp.model.meta.ManufacturerDetails;
import org.jupnp.model.meta.ModelDetails;
import org.jupnp.model.meta.RemoteDevice;
import org.jupnp.model.meta.RemoteDeviceIdentity;
import org.jupnp.model.meta.RemoteService;
import org.jupnp.model.types.DeviceType;
import org.jupnp.model.types.UDN;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.client.discovery.SsdpClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.FixedNetworkAddressService;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.ManualClock;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.RecordingListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Discovery of the Ultra Encode family (HDMI, SDI, HDMI Plus, SDI Plus, AIO): each emulated model is found by
 * multicast and by its UPnP description and proposed as {@code ultrastream:ultra-encode:<serial>}. Multicast runs on
 * loopback only: openHAB's primary address is 127.0.0.1 here.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraEncodeDiscoveryTest {

    private static final String ULTRA_ENCODE = "ultrastream:ultra-encode";
    private static final String SERIAL = "C313261126201";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final RecordingListener inbox = new RecordingListener();
    private final UltraStreamMulticastDiscoveryService multicast = new UltraStreamMulticastDiscoveryService(
            scheduler, new FixedNetworkAddressService("127.0.0.1"), null, new ManualClock());
    private final UltraStreamUpnpDiscoveryParticipant upnp = new UltraStreamUpnpDiscoveryParticipant(null);

    @AfterEach
    void tearDown() throws InterruptedException {
        multicast.deactivate();
        scheduler.shutdownNow();
        assertTrue(scheduler.awaitTermination(5, TimeUnit.SECONDS));
    }

    /** A serial of this test's own for each model, so that devices of other test runs on loopback do not count. */
    private static String serialOf(Model model) {
        return String.format("C313261126%03d", 100 + model.ordinal());
    }

    private static EmulatorOptions device(Model model) {
        // Announcing rarely, so that what the test sees is the answer to its query
        return EmulatorOptions.builder().model(model).serialNumber(serialOf(model))
                .announceInterval(Duration.ofHours(1)).build();
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = EnumSource.Mode.MATCH_ALL)
    void multicastFindsEachFamilyModelAsAnUltraEncode(Model model) throws Exception {
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(device(model))) {
            EmulatedDevice device = emulator.device();
            multicast.addDiscoveryListener(inbox);
            multicast.activate(Map.of());
            multicast.startScan(null);

            DiscoveryResult result = inbox.awaitSerial(device.serialNumber());
            assertEquals(ULTRA_ENCODE + ":" + device.serialNumber(), result.getThingUID().getAsString());
            assertEquals(ULTRA_ENCODE, result.getThingTypeUID().getAsString());
            assertEquals(Thing.PROPERTY_SERIAL_NUMBER, result.getRepresentationProperty());
            assertEquals(InetAddress.getByName(device.host()).getHostAddress(),
                    result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
            assertEquals(device.httpPort(), result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_PORT));
            assertEquals("MAGEWELL", result.getProperties().get(Thing.PROPERTY_VENDOR));
            // The announcement names the family only; the model comes from get-info once it is a Thing.
            assertNull(result.getProperties().get(Thing.PROPERTY_MODEL_ID));
            // The family's default box name holds the serial, so it is the label as it is.
            assertEquals("Ultra Encode " + device.serialNumber(), result.getLabel());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = EnumSource.Mode.MATCH_ALL)
    void upnpFindsEachFamilyModelAsAnUltraEncodeWithItsModel(Model model) throws Exception {
        try (UltraStreamEmulator emulator = UltraStreamEmulator
                .start(device(model).toBuilder().multicastEnabled(false).build())) {
            EmulatedDevice device = emulator.device();
            RemoteDevice remote = DiscoveryTestSupport.describedByJupnp(device);

            DiscoveryResult result = upnp.createResult(remote);
            assertNotNull(result);
            assertEquals(ULTRA_ENCODE + ":" + device.serialNumber(), result.getThingUID().getAsString());
            assertEquals(result.getThingUID(), upnp.getThingUID(remote));
            assertEquals(ULTRA_ENCODE, result.getThingTypeUID().getAsString());
            assertEquals(Thing.PROPERTY_SERIAL_NUMBER, result.getRepresentationProperty());
            assertEquals(device.serialNumber(), result.getProperties().get(Thing.PROPERTY_SERIAL_NUMBER));
            assertEquals(model.moduleName(), result.getProperties().get(Thing.PROPERTY_MODEL_ID));
            assertEquals(model.moduleName() + " " + device.serialNumber(), result.getLabel());
            assertEquals(device.host(), result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
            assertEquals(device.httpPort(), result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_PORT));
        }
    }

    @Test
    void bothWaysDescribeAnAioAsOneEntry() throws Exception {
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(device(Model.ULTRA_ENCODE_AIO))) {
            multicast.addDiscoveryListener(inbox);
            multicast.activate(Map.of());
            multicast.startScan(null);
            DiscoveryResult byMulticast = inbox.awaitSerial(emulator.device().serialNumber());
            DiscoveryResult byUpnp = upnp.createResult(DiscoveryTestSupport.describedByJupnp(emulator.device()));
            assertNotNull(byUpnp);
            assertEquals(byMulticast.getThingUID(), byUpnp.getThingUID());
            assertEquals(byMulticast.getRepresentationProperty(), byUpnp.getRepresentationProperty());
        }
    }

    private DiscoveryResult announced(String product, String boxName) throws Exception {
        InetAddress address = InetAddress.getByName("127.0.0.1");
        multicast.announced(new MulticastAnnouncement(SERIAL, boxName, product, address, null, 0, 80, address));
        DiscoveryResult result = inbox.awaitNext(5);
        assertNotNull(result, product);
        return Objects.requireNonNull(result);
    }

    @Test
    void theAnnouncedProductChoosesTheThingType() throws Exception {
        multicast.addDiscoveryListener(inbox);
        assertEquals(ULTRA_ENCODE, announced("Ultra Encode", "Hall").getThingTypeUID().getAsString());
        assertEquals(ULTRA_ENCODE, announced(" ultra encode ", "Hall 2").getThingTypeUID().getAsString());
        assertEquals("ultrastream:encoder", announced("Ultra Stream", "Hall").getThingTypeUID().getAsString());
        // No product at all: an Ultra Stream, as every announcement was taken before the families were told apart
        assertEquals("ultrastream:encoder", announced("", "Hall 3").getThingTypeUID().getAsString());
    }

    @Test
    void anotherProductIsIgnored() throws Exception {
        InetAddress address = InetAddress.getByName("127.0.0.1");
        multicast.addDiscoveryListener(inbox);
        multicast.announced(new MulticastAnnouncement(SERIAL, "Desk", "Pro Convert", address, null, 0, 80, address));
        multicast.announced(new MulticastAnnouncement(SERIAL, "Desk", "Ultra Encoder", address, null, 0, 80, address));
        // The listener runs on the scheduler: once this marker task has run, any result would be in.
        scheduler.submit(() -> null).get(5, TimeUnit.SECONDS);
        assertEquals(0, inbox.count());
        assertEquals(0, multicast.trackedCount());
    }

    @Test
    void anUnnamedUltraEncodeIsLabelledByFamilyAndSerial() throws Exception {
        multicast.addDiscoveryListener(inbox);
        assertEquals("Ultra Encode " + SERIAL, announced("Ultra Encode", "").getLabel());
        assertEquals("Ultra Stream " + SERIAL, announced("Ultra Stream", "").getLabel());
    }

    private static RemoteDevice described(String modelName) throws Exception {
        RemoteDeviceIdentity identity = new RemoteDeviceIdentity(UDN.uniqueSystemIdentifier("test " + modelName),
                1800, new URL("http://192.168.1.217/upnp/description.xml"), null,
                InetAddress.getByName("127.0.0.1"));
        DeviceDetails details = new DeviceDetails("", new ManufacturerDetails("magewell"),
                new ModelDetails(modelName, null, null), SERIAL, null);
        return new RemoteDevice(identity, DeviceType.valueOf(SsdpClient.DEVICE_TYPE), details,
                (RemoteService[]) null);
    }

    @Test
    void anUltraEncodeModelNotKnownYetIsAnUltraEncodeWithoutModel() throws Exception {
        DiscoveryResult result = upnp.createResult(described("Ultra Encode HDMI 12G"));
        assertNotNull(result);
        assertEquals(ULTRA_ENCODE, result.getThingTypeUID().getAsString());
        assertNull(result.getProperties().get(Thing.PROPERTY_MODEL_ID), "free text of the description");
        assertEquals("Ultra Encode " + SERIAL, result.getLabel());
    }

    @Test
    void anyOtherModelNameStaysAnUltraStreamAsBefore() throws Exception {
        for (String modelName : new String[]{ "Ultra Stream HDMI", "Ultra Encoder", "Ultra Encode", "" }) {
            assertEquals(UltraStreamDiscoveryResults.thingUID(EncoderFamily.ULTRA_STREAM, SERIAL),
                    upnp.getThingUID(described(modelName)), modelName);
        }
    }

    @Test
    void bothServicesSupportBothThingTypes() {
        Set<ThingTypeUID> both = Set.of(new ThingTypeUID("ultrastream:encoder"),
                new ThingTypeUID("ultrastream:ultra-encode"));
        assertEquals(both, multicast.getSupportedThingTypes());
        assertEquals(both, upnp.getSupportedThingTypeUIDs());
    }
}
