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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.jupnp.model.meta.DeviceDetails;
import org.jupnp.model.meta.ManufacturerDetails;
import org.jupnp.model.meta.ModelDetails;
import org.jupnp.model.meta.RemoteDevice;
import org.jupnp.model.meta.RemoteDeviceIdentity;
import org.jupnp.model.meta.RemoteService;
import org.jupnp.model.types.DeviceType;
import org.jupnp.model.types.UDN;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;

/**
 * The UPnP participant with real jupnp {@link RemoteDevice}s: one that jupnp builds from an emulated device's own
 * description, as openHAB's UPnP discovery does, and hand-built ones that must or must not match.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraStreamUpnpDiscoveryParticipantTest {

    private static final String SERIAL = "C301261125201";
    private static final String ULTRA_STREAM_TYPE = "urn:schemas-magewell-com:device:UltraStream:1";

    private final UltraStreamUpnpDiscoveryParticipant participant = new UltraStreamUpnpDiscoveryParticipant(null);

    private static RemoteDevice device(String location, String type, @Nullable String manufacturer, String model,
            @Nullable String serial, String friendlyName) throws Exception {
        RemoteDeviceIdentity identity = new RemoteDeviceIdentity(UDN.uniqueSystemIdentifier("test " + serial), 1800,
                new URL(location), null, InetAddress.getByName("127.0.0.1"));
        DeviceDetails details = new DeviceDetails(friendlyName,
                manufacturer == null ? null : new ManufacturerDetails(manufacturer),
                new ModelDetails(model, null, "770"), serial, null);
        return new RemoteDevice(identity, DeviceType.valueOf(type), details, (RemoteService[]) null);
    }

    private static RemoteDevice ultraStream(@Nullable String serial) throws Exception {
        return device("http://192.168.1.217/upnp/description.xml", ULTRA_STREAM_TYPE, "MAGEWELL",
                "Ultra Stream HDMI", serial, "Studio A");
    }

    @Test
    void aDeviceDescribedByTheEmulatorBecomesAnInboxEntry() throws Exception {
        EmulatorOptions options = EmulatorOptions.builder().serialNumber(SERIAL).model(Model.SDI).boxName("Hall")
                .multicastEnabled(false).build();
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(options)) {
            EmulatedDevice emulated = emulator.device();
            RemoteDevice remote = DiscoveryTestSupport.describedByJupnp(emulated);

            DiscoveryResult result = participant.createResult(remote);
            assertNotNull(result);
            assertEquals(new ThingUID("ultrastream:encoder:" + SERIAL), result.getThingUID());
            assertEquals(result.getThingUID(), participant.getThingUID(remote));
            // No free text of the description: the model and the serial (the name comes by multicast)
            assertEquals("Ultra Stream SDI " + SERIAL, result.getLabel());
            assertEquals(Thing.PROPERTY_SERIAL_NUMBER, result.getRepresentationProperty());
            assertEquals(SERIAL, result.getProperties().get(Thing.PROPERTY_SERIAL_NUMBER));
            assertEquals("Ultra Stream SDI", result.getProperties().get(Thing.PROPERTY_MODEL_ID));
            assertEquals(emulated.host(), result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
            assertEquals(emulated.httpPort(), result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_PORT));
        }
    }

    @Test
    void aRealDeviceOnPort80GetsNoPortAndTheSameIdentityAsMulticast() throws Exception {
        DiscoveryResult result = participant.createResult(ultraStream(SERIAL));
        assertNotNull(result);
        assertEquals("192.168.1.217", result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
        assertNull(result.getProperties().get(UltraStreamDiscoveryResults.CONFIG_PORT));
        assertEquals("MAGEWELL", result.getProperties().get(Thing.PROPERTY_VENDOR));
        assertFalse(result.getLabel().contains("192.168"), result.getLabel());
        // The multicast service keys the same device the same way, so both results are one inbox entry.
        assertEquals(UltraStreamDiscoveryResults.thingUID(EncoderFamily.ULTRA_STREAM, SERIAL), result.getThingUID());
    }

    @Test
    void aDeviceWithoutANameIsLabelledByModelAndSerial() throws Exception {
        RemoteDevice unnamed = device("http://192.168.1.217/upnp/description.xml", ULTRA_STREAM_TYPE, "MAGEWELL",
                "Ultra Stream SDI", SERIAL, "");
        DiscoveryResult result = participant.createResult(unnamed);
        assertNotNull(result);
        assertEquals("Ultra Stream SDI " + SERIAL, result.getLabel());
    }

    @Test
    void aLaterVersionOfTheDeviceTypeAndAnyCaseOfTheManufacturerMatch() throws Exception {
        assertNotNull(participant.getThingUID(device("http://10.0.0.2/d.xml",
                "urn:schemas-magewell-com:device:UltraStream:2", "Magewell", "Ultra Stream HDMI", SERIAL, "x")));
    }

    @Test
    void otherDevicesDoNotMatch() throws Exception {
        String location = "http://192.168.1.50/description.xml";
        List<RemoteDevice> others = List.of(
                // another manufacturer with the same device type
                device(location, ULTRA_STREAM_TYPE, "ACME", "Ultra Stream HDMI", SERIAL, "x"),
                // no manufacturer at all
                device(location, ULTRA_STREAM_TYPE, null, "Ultra Stream HDMI", SERIAL, "x"),
                // a MAGEWELL device of another type
                device(location, "urn:schemas-magewell-com:device:ProConvert:1", "MAGEWELL", "Pro Convert", SERIAL,
                        "x"),
                // the right type name in another namespace
                device(location, "urn:schemas-upnp-org:device:UltraStream:1", "MAGEWELL", "Ultra Stream HDMI",
                        SERIAL, "x"),
                // a media renderer
                device(location, "urn:schemas-upnp-org:device:MediaRenderer:1", "Sonos, Inc.", "Play:1",
                        "00-0E-58-12-34-56:7", "Kitchen"),
                // an Ultra Stream whose serial breaks the document's rules, or has none
                ultraStream("C301991301001"), ultraStream("not a serial"), ultraStream(null));
        for (RemoteDevice other : others) {
            String what = other.getType() + " / " + other.getDetails().getSerialNumber();
            assertNull(participant.getThingUID(other), what);
            assertNull(participant.createResult(other), what);
        }
    }
}
