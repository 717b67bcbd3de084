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

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.SUPPORTED_THING_TYPES;

import java.util.Collection;
import java.util.Iterator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps discovery from re-pointing a Thing that exists. For a Thing that exists, openHAB's inbox adds no entry: it
 * copies every result property that is also a configuration parameter ({@code hostname}, {@code port}) into the
 * Thing's configuration, and the handler then logs in at the new address. An announcement or a description proves
 * nothing (anyone on the LAN can send one for any serial, from its own address), so a result is reported only for
 * a serial without a Thing. For a Thing that exists and is announced at another address, its handler is told, and
 * its status tells the user; only a Thing configured with {@code followAddressChanges} follows.
 * <p>
 * A serial is one device whatever thing type an announcement proposes for it: the announcement's {@code product}
 * is as forgeable as its address, so a Thing of either type for that serial counts as the device's Thing, and a
 * result, when one may go, carries that Thing's UID (a second entry under another type would be a second Thing of
 * the same box, or let a stranger offer one). Whether the Thing's type fits the device is the handler's to say,
 * from {@code get-info}.
 */
@NonNullByDefault
final class ExistingThings {

    /** Thing configuration parameter: follow the address discovery hears (off by default; see the README). */
    static final String CONFIG_FOLLOW_ADDRESS_CHANGES = "followAddressChanges";

    private final Logger logger = LoggerFactory.getLogger(ExistingThings.class);
    /**
     * Null where no ThingRegistry is registered (the console host): there is no inbox either then (openHAB's
     * inbox requires the registry), so nothing can re-configure a Thing.
     */
    private final @Nullable ThingRegistry thingRegistry;

    ExistingThings(@Nullable ThingRegistry thingRegistry) {
        this.thingRegistry = thingRegistry;
    }

    /**
     * The thing type under which a result for this device may go to the inbox, or null when none may.
     *
     * @param proposed the thing type of the device's family
     * @param serialNumber the device's serial, the id of its thing UID
     * @param addresses every address the device announces itself at (a device with Ethernet and Wi-Fi has two)
     * @param host the address the result would carry
     * @param port the HTTP port the result would carry
     * @return {@code proposed} for a serial without a Thing, the Thing's own type when it follows address changes
     */
    @Nullable
    ThingTypeUID reportAs(ThingTypeUID proposed, String serialNumber, Collection<String> addresses, String host,
            int port) {
        ThingRegistry registry = thingRegistry;
        if (registry == null) {
            return proposed;
        }
        // The serial's Thing under the proposed type, else under another of the binding's
        ThingTypeUID type = proposed;
        Thing thing = registry.get(new ThingUID(type, serialNumber));
        for (Iterator<ThingTypeUID> types = SUPPORTED_THING_TYPES.iterator(); thing == null && types.hasNext();) {
            type = types.next();
            thing = registry.get(new ThingUID(type, serialNumber));
        }
        if (thing == null) {
            return proposed; // a new device: the user decides in the inbox
        }
        ThingUID thingUID = new ThingUID(type, serialNumber);
        Configuration config = thing.getConfiguration();
        Object hostname = config.get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME);
        if (hostname != null && addresses.contains(hostname.toString().trim())
                && port == UltraStreamDiscoveryResults.configuredPort(config)) {
            return null; // nothing new to say
        }
        String announced = UltraStreamDiscoveryResults.address(host, port);
        // DEBUG: openHAB logs the configuration change that follows; the thing status tells of the one that does not.
        if (Boolean.parseBoolean(String.valueOf(config.get(CONFIG_FOLLOW_ADDRESS_CHANGES)))) {
            logger.debug("{} is now announced at {}; its configuration follows (followAddressChanges)", thingUID,
                    announced);
            return type;
        }
        if (thing.getHandler() instanceof UltraStreamHandler handler) {
            handler.addressAnnounced(announced);
        }
        logger.debug("{} is announced at {}, not at its configured address; the configuration stays as it is",
                thingUID, announced);
        return null;
    }

}
