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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class SsdpResponseTest {

    private static final String ANSWER = "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\n"
            + "LOCATION: http://192.168.1.217/upnp/description.xml\r\nSERVER: Linux UPnP/1.0\r\n"
            + "ST: urn:schemas-magewell-com:device:UltraStream:1\r\n"
            + "USN: uuid:abc::urn:schemas-magewell-com:device:UltraStream:1\r\n\r\n";

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByAddress(InetAddress.getByName(text).getAddress());
    }

    @Test
    void readsAnAnswer() throws Exception {
        SsdpResponse response = SsdpResponse.parse(ANSWER, ip("192.168.1.217"));
        assertNotNull(response);
        assertEquals(SsdpClient.DEVICE_TYPE, response.searchTarget());
        assertEquals("uuid:abc::" + SsdpClient.DEVICE_TYPE, response.usn());
        assertEquals("http://192.168.1.217/upnp/description.xml", response.location().toString());
    }

    @Test
    void headerNamesAreCaseInsensitiveAndBareNewlinesTolerated() throws Exception {
        String relaxed = ANSWER.replace("\r\n", "\n").replace("LOCATION:", "Location:").replace("ST:", "st:");
        assertNotNull(SsdpResponse.parse(relaxed, ip("192.168.1.217")));
    }

    @Test
    void rejectsEverythingElse() throws Exception {
        InetAddress device = ip("192.168.1.217");
        assertNull(SsdpResponse.parse(ANSWER, ip("192.168.1.66")), "LOCATION on another host than the sender");
        assertNull(SsdpResponse.parse(ANSWER.replace("http://192.168.1.217", "https://192.168.1.217"), device));
        assertNull(SsdpResponse.parse(ANSWER.replace("http://192.168.1.217", "http://device.example"), device));
        assertNull(SsdpResponse.parse(ANSWER.replace("http://192.168.1.217/", "http://[::1/"), device));
        assertNull(SsdpResponse.parse(ANSWER.replace("200 OK", "404 Not Found"), device));
        assertNull(SsdpResponse.parse(ANSWER.replace("HTTP/1.1 200 OK", "NOTIFY * HTTP/1.1"), device));
        assertNull(SsdpResponse.parse(ANSWER.replaceAll("USN:[^\r]*\r\n", ""), device));
        assertNull(SsdpResponse.parse("", device));
        assertNull(SsdpResponse.parse("\u0000\u00ff\r\n:\r\n", device));
    }
}
