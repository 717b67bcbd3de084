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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.discovery.InvalidAnnouncementException.Reason;

@NonNullByDefault
class AnnouncementParserTest {

    /** The document's example, as the device sends it. */
    static final String DOCUMENT_EXAMPLE = """
            {
              "version":"1.0",
              "flag":"ssip",
              "product":"Ultra Stream",
              "boxname":"[LH-SDI]-1.2.1",
              "serialnumber":"A302190719003",
              "wifiip":"192.168.48.1",
              "ethip":"192.168.1.217",
              "status":65600
            }""";

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByAddress(InetAddress.getByName(text).getAddress());
    }

    private static MulticastAnnouncement parse(String text, String source) throws Exception {
        return AnnouncementParser.parse(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), ip(source));
    }

    private static Reason rejection(String text, String source) throws Exception {
        return rejection(text.getBytes(StandardCharsets.UTF_8), source);
    }

    private static Reason rejection(byte[] bytes, String source) throws Exception {
        InvalidAnnouncementException e = assertThrows(InvalidAnnouncementException.class,
                () -> AnnouncementParser.parse(ByteBuffer.wrap(bytes), ip(source)));
        return e.reason();
    }

    @Test
    void readsTheDocumentsExample() throws Exception {
        MulticastAnnouncement announcement = parse(DOCUMENT_EXAMPLE, "192.168.1.217");
        assertEquals("A302190719003", announcement.serialNumber());
        assertEquals("[LH-SDI]-1.2.1", announcement.boxName());
        assertEquals("Ultra Stream", announcement.product());
        assertEquals(ip("192.168.1.217"), announcement.ethIp());
        assertEquals(ip("192.168.48.1"), announcement.wifiIp());
        assertEquals(65600, announcement.statusMask());
        assertEquals(80, announcement.httpPort());
        assertEquals(ip("192.168.1.217"), announcement.source());
    }

    @Test
    void acceptsTheWifiAddressAsSender() throws Exception {
        assertEquals(ip("192.168.48.1"), parse(DOCUMENT_EXAMPLE, "192.168.48.1").source());
    }

    @Test
    void toleratesUnknownAndMissingFields() throws Exception {
        MulticastAnnouncement announcement = parse(
                "{\"flag\":\"ssip\",\"serialnumber\":\"C301251124001\",\"ethip\":\"127.0.0.1\",\"new-field\":[1,2],"
                        + "\"wifiip\":\"\",\"http-port\":8081}",
                "127.0.0.1");
        assertEquals("", announcement.boxName());
        assertEquals("", announcement.product());
        assertNull(announcement.wifiIp());
        assertEquals(0, announcement.statusMask());
        assertEquals(8081, announcement.httpPort());
    }

    @Test
    void readsAStatusMaskWithTheTopBitSet() throws Exception {
        String text = DOCUMENT_EXAMPLE.replace("65600", "4294967295");
        assertEquals(-1, parse(text, "192.168.1.217").statusMask());
    }

    @Test
    void rejectsOversizedDatagramsUnread() throws Exception {
        byte[] big = new byte[AnnouncementParser.MAX_DATAGRAM + 1];
        assertEquals(Reason.OVERSIZED, rejection(big, "192.168.1.217"));
        String padded = DOCUMENT_EXAMPLE + " ".repeat(AnnouncementParser.MAX_DATAGRAM - DOCUMENT_EXAMPLE.length());
        assertEquals("A302190719003", parse(padded, "192.168.1.217").serialNumber(), "exactly the limit is fine");
    }

    @Test
    void rejectsMalformedTruncatedAndGarbage() throws Exception {
        assertEquals(Reason.MALFORMED, rejection(DOCUMENT_EXAMPLE.substring(0, 120), "192.168.1.217"));
        assertEquals(Reason.MALFORMED, rejection("", "192.168.1.217"));
        assertEquals(Reason.MALFORMED, rejection("hello", "192.168.1.217"));
        assertEquals(Reason.MALFORMED, rejection("[1,2,3]", "192.168.1.217"));
        assertEquals(Reason.MALFORMED, rejection(DOCUMENT_EXAMPLE + "{}", "192.168.1.217"));
        assertEquals(Reason.MALFORMED, rejection("{flag:ssip}", "192.168.1.217"), "lenient JSON is not accepted");
        assertEquals(Reason.MALFORMED, rejection(new byte[]{ '{', (byte) 0xff, (byte) 0xfe, '}' }, "192.168.1.217"));
        assertEquals(Reason.MALFORMED,
                rejection(DOCUMENT_EXAMPLE.replace("\"[LH-SDI]-1.2.1\"", "42"), "192.168.1.217"));
        assertEquals(Reason.MALFORMED, rejection("[".repeat(2000), "192.168.1.217"));
    }

    @Test
    void rejectsOtherFlagsIncludingTheQuery() throws Exception {
        assertEquals(Reason.WRONG_FLAG, rejection(MulticastDiscovery.QUERY, "192.168.1.217"));
        assertEquals(Reason.WRONG_FLAG, rejection(DOCUMENT_EXAMPLE.replace("\"ssip\"", "\"SSIP\""), "192.168.1.217"));
        assertEquals(Reason.WRONG_FLAG, rejection(DOCUMENT_EXAMPLE.replace("\"flag\"", "\"flags\""), "192.168.1.217"));
    }

    @Test
    void rejectsInvalidSerials() throws Exception {
        for (String serial : new String[]{ "", "a302190719003", "A30219071900", "A302160719003", "A302191319003",
                "A302190700003", "A3021907190031" }) {
            assertEquals(Reason.INVALID_SERIAL,
                    rejection(DOCUMENT_EXAMPLE.replace("A302190719003", serial), "192.168.1.217"), serial);
        }
    }

    @Test
    void rejectsBadFieldsWithoutAskingDns() throws Exception {
        assertEquals(Reason.INVALID_FIELD,
                rejection(DOCUMENT_EXAMPLE.replace("192.168.1.217", "device.example.com"), "192.168.48.1"));
        assertEquals(Reason.INVALID_FIELD,
                rejection(DOCUMENT_EXAMPLE.replace("192.168.1.217", "192.168.1.256"), "192.168.48.1"));
        assertEquals(Reason.INVALID_FIELD, rejection(DOCUMENT_EXAMPLE.replace("65600", "-1"), "192.168.1.217"));
        assertEquals(Reason.INVALID_FIELD, rejection(DOCUMENT_EXAMPLE.replace("65600", "1e9999"), "192.168.1.217"));
        assertEquals(Reason.INVALID_FIELD, rejection(DOCUMENT_EXAMPLE.replace("65600", "\"x\""), "192.168.1.217"));
        assertEquals(Reason.INVALID_FIELD,
                rejection(DOCUMENT_EXAMPLE.replace("65600", "1,\"http-port\":70000"), "192.168.1.217"));
    }

    @Test
    void rejectsSpoofedSenders() throws Exception {
        assertEquals(Reason.SPOOFED, rejection(DOCUMENT_EXAMPLE, "192.168.1.66"));
        String noAddresses = DOCUMENT_EXAMPLE.replace("192.168.48.1", "").replace("192.168.1.217", "0.0.0.0");
        assertEquals(Reason.SPOOFED, rejection(noAddresses, "0.0.0.0"), "0.0.0.0 means no address, never a match");
    }
}
