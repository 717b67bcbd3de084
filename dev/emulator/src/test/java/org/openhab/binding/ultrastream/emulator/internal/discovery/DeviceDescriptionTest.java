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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class DeviceDescriptionTest {

    @Test
    void udnIsStableForASerialAndDiffersBetweenSerials() {
        String udn = DeviceDescription.udn("C301251124001");
        assertTrue(udn.matches("uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), udn);
        assertEquals(udn, DeviceDescription.udn("C301251124001"));
        assertNotEquals(udn, DeviceDescription.udn("C301251124002"));
    }

    @Test
    void carriesTheDecidedFields() {
        FakeDevice device = new FakeDevice("C301251124001", "Hall <1> & \"2\"", 8081, true);
        String xml = DeviceDescription.xml(device);
        assertTrue(xml.contains("<deviceType>urn:schemas-magewell-com:device:UltraStream:1</deviceType>"), xml);
        assertTrue(xml.contains("<manufacturer>MAGEWELL</manufacturer>"), xml);
        assertTrue(xml.contains("<modelName>Ultra Stream HDMI</modelName>"), xml);
        assertTrue(xml.contains("<modelNumber>769</modelNumber>"), xml);
        assertTrue(xml.contains("<serialNumber>C301251124001</serialNumber>"), xml);
        assertTrue(xml.contains("<UDN>" + DeviceDescription.udn("C301251124001") + "</UDN>"), xml);
        assertTrue(xml.contains("<friendlyName>Hall &lt;1&gt; &amp; &quot;2&quot;</friendlyName>"), xml);
        assertTrue(xml.contains("<presentationURL>http://127.0.0.1:8081/</presentationURL>"), xml);
    }

    @Test
    void portEightyIsLeftOutOfUrls() {
        FakeDevice device = new FakeDevice("C301251124001", "A", 80, true);
        assertEquals("http://127.0.0.1/upnp/description.xml", DeviceDescription.location(device));
        assertTrue(DeviceDescription.xml(device).contains("<presentationURL>http://127.0.0.1/</presentationURL>"));
    }
}
