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
package org.openhab.core.thing.binding.firmware;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The firmware rules openHAB's firmware registry and update service rely on: version order, suitability, checks.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class FirmwareBuilderTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("test", "box");

    private static Firmware firmware(String version) {
        return FirmwareBuilder.create(TYPE, version).build();
    }

    private static Thing thing(Map<String, String> properties) {
        Thing thing = ThingBuilder.create(TYPE, new ThingUID(TYPE, "one")).withProperties(properties).build();
        return thing;
    }

    @Test
    void versionsCompareByPartsNumbersAsNumbersAndMorePartsNewer() {
        assertTrue(firmware("1.2.123").isSuccessorVersion("1.2.122"));
        assertTrue(firmware("1.10.0").isSuccessorVersion("1.9.9"), "numbers, not text");
        assertTrue(firmware("1.2.0").isSuccessorVersion("1.2"), "more parts is newer");
        assertTrue(firmware("1.2.3-beta").isSuccessorVersion("1.2.3"), "a suffix counts as newer");
        assertFalse(firmware("1.2.122").isSuccessorVersion("1.2.122"));
        assertFalse(firmware("1.2.122").isSuccessorVersion(null));
        TreeSet<Firmware> sorted = new TreeSet<>(List.of(firmware("1.2.1"), firmware("1.3"), firmware("1.2.10")));
        assertEquals(List.of("1.3", "1.2.10", "1.2.1"), sorted.stream().map(Firmware::getVersion).toList(),
                "newest first");
    }

    @Test
    void suitabilityFollowsTypeModelPrerequisiteAndRestriction() {
        Thing hdmi = thing(Map.of(Thing.PROPERTY_MODEL_ID, "HDMI", Thing.PROPERTY_FIRMWARE_VERSION, "1.2.0"));
        assertTrue(FirmwareBuilder.create(TYPE, "2").withModel("HDMI").withModelRestricted(true).build()
                .isSuitableFor(hdmi));
        assertFalse(FirmwareBuilder.create(TYPE, "2").withModel("SDI").withModelRestricted(true).build()
                .isSuitableFor(hdmi));
        assertTrue(FirmwareBuilder.create(TYPE, "2").withModel("SDI").build().isSuitableFor(hdmi),
                "a model alone does not restrict");
        assertFalse(FirmwareBuilder.create(new ThingTypeUID("test", "other"), "2").build().isSuitableFor(hdmi));
        assertTrue(FirmwareBuilder.create(TYPE, "2").withPrerequisiteVersion("1.2.0").build().isSuitableFor(hdmi));
        assertFalse(FirmwareBuilder.create(TYPE, "2").withPrerequisiteVersion("1.3").build().isSuitableFor(hdmi));
        assertFalse(FirmwareBuilder.create(TYPE, "2").withFirmwareRestriction(t -> false).build().isSuitableFor(hdmi));
    }

    @Test
    void builderRefusesWhatOpenHabRefuses() {
        assertThrows(IllegalArgumentException.class, () -> FirmwareBuilder.create(TYPE, ""));
        assertThrows(IllegalArgumentException.class,
                () -> FirmwareBuilder.create(TYPE, "1").withModelRestricted(true).build());
    }

    @Test
    void bytesAreCheckedAgainstTheMd5Hash() {
        byte[] data = { 1, 2, 3 };
        Firmware good = FirmwareBuilder.create(TYPE, "1").withInputStream(new ByteArrayInputStream(data))
                .withMd5Hash("5289df737df57326fcdd22597afb1fac").build();
        assertArrayEquals(data, good.getBytes());
        Firmware bad = FirmwareBuilder.create(TYPE, "1").withInputStream(new ByteArrayInputStream(data))
                .withMd5Hash("00000000000000000000000000000000").build();
        assertThrows(IllegalStateException.class, bad::getBytes);
        assertNull(firmware("1").getBytes(), "no stream, no bytes");
    }
}
