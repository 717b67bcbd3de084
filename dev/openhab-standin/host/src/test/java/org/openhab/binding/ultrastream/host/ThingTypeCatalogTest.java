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
package org.openhab.binding.ultrastream.host;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ChannelKind;

/**
 * The catalog builds a thing's channels from thing type XML as openHAB's ThingFactory does.
 */
@NonNullByDefault
public class ThingTypeCatalogTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <thing:thing-descriptions bindingId="demo" xmlns:thing="https://openhab.org/schemas/thing-description/v1.0.0">
              <thing-type id="box">
                <label>Box</label>
                <channel-groups>
                  <channel-group id="usb" typeId="storage"/>
                  <channel-group id="sd" typeId="storage"/>
                </channel-groups>
                <channels>
                  <channel id="event" typeId="event"/>
                  <channel id="power" typeId="system.power"/>
                </channels>
                <properties><property name="vendor">ACME</property></properties>
                <config-description>
                  <parameter name="hostname" type="text"/>
                  <parameter name="password" type="text"/>
                </config-description>
              </thing-type>
              <channel-group-type id="storage">
                <label>Storage</label>
                <channels><channel id="free" typeId="free-space"><label>Free</label></channel></channels>
              </channel-group-type>
              <channel-type id="free-space"><item-type>Number:DataAmount</item-type><label>Free</label></channel-type>
              <channel-type id="event"><kind>trigger</kind><label>Event</label></channel-type>
            </thing:thing-descriptions>
            """;

    private static final ThingTypeUID BOX = new ThingTypeUID("demo", "box");

    @Test
    void buildsChannelsOfGroupsAndOfTheThingType() throws IOException {
        ThingTypeCatalog catalog = catalog();
        List<Channel> channels = catalog.channels(BOX, new ThingUID(BOX, "one"));

        assertEquals(List.of("demo:box:one:event", "demo:box:one:power", "demo:box:one:usb#free",
                "demo:box:one:sd#free"), channels.stream().map(c -> c.getUID().getAsString()).toList());
        Channel free = channels.get(2);
        assertEquals("Number:DataAmount", free.getAcceptedItemType());
        assertEquals("demo:free-space", String.valueOf(free.getChannelTypeUID()));
        assertEquals(ChannelKind.TRIGGER, channels.get(0).getKind());
        assertEquals("system:power", String.valueOf(channels.get(1).getChannelTypeUID()));
    }

    @Test
    void knowsPropertiesAndConfigurationParameters() throws IOException {
        ThingTypeCatalog catalog = catalog();

        assertTrue(catalog.knows(BOX));
        assertFalse(catalog.knows(new ThingTypeUID("demo", "other")));
        assertEquals(Map.of("vendor", "ACME"), catalog.properties(BOX));
        assertEquals(List.of("hostname", "password"), catalog.configParameterNames(BOX));
    }

    private static ThingTypeCatalog catalog() throws IOException {
        return ThingTypeCatalog.of(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), "demo");
    }
}
