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
package org.openhab.binding.ultrastream.internal.firmware;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.firmware.Firmware;

/**
 * The provider offers what the encoder's online check found and the packages in the firmware folder that say the
 * encoder's model, never another model's; it asks for at most one online check per connection.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraStreamFirmwareProviderTest extends FirmwareTestBase {

    @Test
    void offersTheVersionTheOnlineCheckFound() {
        findOnlineFirmware();
        Firmware online = offered(ONLINE);
        assertTrue(online.isSuitableFor(thing()));
        assertTrue(online.isSuccessorVersion(INSTALLED));
        assertEquals("Ultra Stream HDMI", online.getModel());
        assertTrue(online.isModelRestricted());
        assertEquals(EncoderFirmware.SOURCE_ONLINE, online.getProperties().get(EncoderFirmware.PROPERTY_SOURCE));
        assertNotNull(online.getChangelog());
        assertTrue(online.getChangelog().contains(ONLINE));
        assertNull(online.getInputStream(), "installing it transfers nothing");
        offered();
        h.scheduler.runDue();
        assertEquals(1, h.device().requestCount("online-update-check"), "one check per connection");
    }

    @Test
    void offersDroppedPackagesOfItsModelOnly() throws Exception {
        drop("ultra_stream_hdmi_rev_c_1_2_130.mwf");
        drop("ULTRA_STREAM_HDMI_1_2_99.MWF");
        drop("ultra_stream_sdi_1_2_140.mwf");
        drop("firmware_1_2_150.mwf");
        drop("ultra_stream_hdmi_1_2_160.zip");
        Set<Firmware> offered = offered();
        assertEquals(Set.of("1.2.130", "1.2.99"), versions(offered),
                "the SDI package and unnamed files are not offered");
        Firmware file = offered("1.2.130");
        assertTrue(file.isSuitableFor(thing()));
        assertEquals("ultra_stream_hdmi_rev_c_1_2_130.mwf", file.getProperties().get(EncoderFirmware.PROPERTY_FILE));
        assertNull(new UltraStreamFirmwareProvider().getFirmware(thing(), "1.2.140", null));
        // openHAB's registry: newest first, and only what suits the thing
        TreeSet<Firmware> sorted = new TreeSet<>(offered);
        assertEquals("1.2.130", sorted.first().getVersion());
    }

    @Test
    void anSdiEncoderIsOfferedSdiPackagesOnly() throws Exception {
        drop("ultra_stream_hdmi_1_2_130.mwf");
        drop("ultra_stream_sdi_1_2_140.mwf");
        Thing sdi = thing();
        sdi.setProperty(Thing.PROPERTY_MODEL_ID, "Ultra Stream SDI");
        Set<Firmware> offered = Objects.requireNonNull(new UltraStreamFirmwareProvider().getFirmwares(sdi, null));
        assertEquals(Set.of("1.2.140"), versions(offered));
        Firmware sdiPackage = offered.iterator().next();
        assertTrue(sdiPackage.isSuitableFor(sdi));
        sdi.setProperty(Thing.PROPERTY_MODEL_ID, "Ultra Stream HDMI");
        assertFalse(sdiPackage.isSuitableFor(sdi), "openHAB would not offer it to an HDMI encoder either");
    }

    @Test
    void nothingIsOfferedBeforeTheModelIsKnown() throws Exception {
        drop("ultra_stream_hdmi_1_2_130.mwf");
        Thing thing = thing();
        thing.setProperty(Thing.PROPERTY_MODEL_ID, null);
        assertTrue(Objects.requireNonNull(new UltraStreamFirmwareProvider().getFirmwares(thing, null)).isEmpty());
    }

    private static Set<String> versions(Set<Firmware> firmwares) {
        return firmwares.stream().map(Firmware::getVersion).collect(Collectors.toSet());
    }
}
