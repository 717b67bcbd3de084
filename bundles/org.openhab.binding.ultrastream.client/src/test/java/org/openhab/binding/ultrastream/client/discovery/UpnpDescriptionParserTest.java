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

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.internal.discovery.DeviceDescription;

@NonNullByDefault
class UpnpDescriptionParserTest {

    private static UpnpDeviceDescription parse(String xml) throws IOException {
        return UpnpDescriptionParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheEmulatorsDescription() throws Exception {
        UpnpDeviceDescription description = parse(
                DeviceDescription.xml(new LoopbackDevice("C301251124501", "Hall <A> & B", 8081)));
        assertEquals(SsdpClient.DEVICE_TYPE, description.deviceType());
        assertEquals("Hall <A> & B", description.friendlyName());
        assertEquals("MAGEWELL", description.manufacturer());
        assertEquals("Ultra Stream SDI", description.modelName());
        assertEquals("770", description.modelNumber());
        assertEquals("C301251124501", description.serialNumber());
        assertEquals(DeviceDescription.udn("C301251124501"), description.udn());
    }

    @Test
    void toleratesMissingElementsAndNoNamespace() throws Exception {
        UpnpDeviceDescription description = parse("<root><device><UDN> uuid:1 </UDN></device></root>");
        assertEquals("uuid:1", description.udn());
        assertEquals("", description.serialNumber());
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY s SYSTEM \"file:///etc/hostname\">]>"
                + "<root><device><serialNumber>&s;</serialNumber></device></root>";
        assertThrows(IOException.class, () -> parse(xxe));
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><root><device><friendlyName>&l9;</friendlyName></device></root>");
        assertThrows(IOException.class, () -> parse(laughs.toString()));
    }

    @Test
    void refusesGarbageAndOtherDocuments() {
        assertThrows(IOException.class, () -> parse(""));
        assertThrows(IOException.class, () -> parse("{\"not\":\"xml\"}"));
        assertThrows(IOException.class, () -> parse("<root><device><UDN>uuid:1</UDN></device>"));
        assertThrows(IOException.class, () -> parse("<html><device/></html>"));
        assertThrows(IOException.class, () -> parse("<root><other/></root>"));
    }
}
