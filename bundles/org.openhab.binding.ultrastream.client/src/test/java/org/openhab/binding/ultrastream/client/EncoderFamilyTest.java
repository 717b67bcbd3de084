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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.client.discovery.SsdpDevice;

/**
 * Telling the families and their models apart by the names devices give.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class EncoderFamilyTest {

    @Test
    void aProductNameNamesItsFamilyInAnyCase() {
        Map<String, @Nullable EncoderFamily> expected = new HashMap<>();
        expected.put("Ultra Stream", EncoderFamily.ULTRA_STREAM);
        expected.put(" ULTRA ENCODE ", EncoderFamily.ULTRA_ENCODE);
        expected.put("Ultra Encoder", null);
        expected.put("Pro Convert", null);
        expected.put("", null);
        expected.forEach((name, family) -> assertEquals(family, EncoderFamily.of(name), name));
        assertNull(EncoderFamily.of(null));
    }

    @Test
    void aModuleNameNamesItsFamilyAndModelToken() {
        Map<String, @Nullable EncoderFamily> expected = new HashMap<>();
        expected.put("Ultra Encode AIO", EncoderFamily.ULTRA_ENCODE);
        expected.put("Ultra Encode HDMI 12G", EncoderFamily.ULTRA_ENCODE);
        expected.put("Ultra Stream SDI", EncoderFamily.ULTRA_STREAM);
        expected.put("Ultra Encode", null);
        expected.put("Ultra Encoder AIO", null);
        expected.forEach((name, family) -> assertEquals(family, EncoderFamily.ofModel(name), name));
        assertNull(EncoderFamily.ofModel(null));
        assertEquals("hdmi_plus", EncoderFamily.ULTRA_ENCODE.modelToken("Ultra Encode HDMI Plus"));
        assertEquals("aio", EncoderFamily.ULTRA_ENCODE.modelToken("ultra encode aio"));
        assertEquals("sdi", EncoderFamily.ULTRA_STREAM.modelToken("Ultra Stream SDI"));
        assertNull(EncoderFamily.ULTRA_STREAM.modelToken("Ultra Encode AIO"));
        assertNull(EncoderFamily.ULTRA_ENCODE.modelToken("Ultra Encode ../../x"));
    }

    @Test
    void theKnownModelsAreTheSourcesSeven() {
        assertEquals(5, EncoderFamily.ULTRA_ENCODE.knownModels().size());
        assertTrue(EncoderFamily.ULTRA_ENCODE.knownModels().contains("Ultra Encode SDI Plus"));
        assertEquals(2, EncoderFamily.ULTRA_STREAM.knownModels().size());
        for (EncoderFamily family : EncoderFamily.values()) {
            for (String model : family.knownModels()) {
                assertEquals(family, EncoderFamily.ofModel(model), model);
            }
        }
    }

    @Test
    void anAnnouncementNamesTheFamilyOrNoneAndUpnpFallsBackToTheUltraStream() throws Exception {
        InetAddress address = InetAddress.getByName("192.0.2.7");
        assertEquals(EncoderFamily.ULTRA_ENCODE, announcement("Ultra Encode", address).family());
        assertEquals(EncoderFamily.ULTRA_STREAM, announcement("Ultra Stream", address).family());
        assertEquals(EncoderFamily.ULTRA_STREAM, announcement("", address).family(), "no product: as before");
        assertNull(announcement("Pro Convert", address).family());

        URI location = URI.create("http://192.0.2.7/upnp/description.xml");
        assertEquals(EncoderFamily.ULTRA_ENCODE,
                new SsdpDevice("A304200908001", "", "Ultra Encode SDI", "", "uuid:x", location, address).family());
        assertEquals(EncoderFamily.ULTRA_STREAM,
                new SsdpDevice("A302190719003", "", "Ultra Stream HDMI", "", "uuid:y", location, address).family());
        assertEquals(EncoderFamily.ULTRA_STREAM,
                new SsdpDevice("A302190719003", "", "", "", "uuid:z", location, address).family());
    }

    private static MulticastAnnouncement announcement(String product, InetAddress address) {
        return new MulticastAnnouncement("A304200908001", "", product, address, null, 0, 80, address);
    }
}
