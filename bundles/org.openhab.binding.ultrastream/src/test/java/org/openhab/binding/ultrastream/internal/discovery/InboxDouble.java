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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * openHAB 5.2.1's inbox ({@code PersistentInbox.add}) as far as discovery can reach a Thing through it, written
 * from its behaviour (openhab-core 5.2.1, {@code PersistentInbox.add} and {@code synchronizeConfiguration}):
 * <ul>
 * <li>no Thing with the result's UID: the result is added, or replaces the entry of the same UID;</li>
 * <li>a (managed) Thing with that UID: no entry; every result property whose key is already in the Thing's
 * configuration is normalised (numbers to {@link BigDecimal}) and, when it differs, put into the live configuration,
 * and the Thing is then updated, which makes openHAB call the handler's {@code thingUpdated}.</li>
 * </ul>
 * The things are the test's own map, standing for openHAB's ThingRegistry.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class InboxDouble implements DiscoveryListener {

    /** The ThingRegistry of the test: the things that exist. */
    final Map<ThingUID, Thing> things = new HashMap<>();
    /** The things the inbox updated, in order (openHAB then calls their handler's thingUpdated). */
    final List<ThingUID> updatedThings = new CopyOnWriteArrayList<>();
    private final Map<ThingUID, DiscoveryResult> entries = new HashMap<>();

    @Override
    public synchronized void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
        Thing thing = things.get(result.getThingUID());
        if (thing == null) {
            entries.put(result.getThingUID(), result);
            return;
        }
        Configuration config = thing.getConfiguration();
        boolean updated = false;
        for (Map.Entry<String, Object> property : result.getProperties().entrySet()) {
            if (!config.containsKey(property.getKey())) {
                continue;
            }
            Object value = property.getValue();
            Object normalized = value instanceof Number number ? new BigDecimal(number.toString()) : value;
            if (!Objects.equals(normalized, config.get(property.getKey()))) {
                config.put(property.getKey(), normalized);
                updated = true;
            }
        }
        if (updated) {
            updatedThings.add(thing.getUID());
            if (thing.getHandler() != null) {
                thing.getHandler().thingUpdated(thing);
            }
        }
    }

    @Override
    public synchronized void thingRemoved(DiscoveryService source, ThingUID thingUID) {
        entries.remove(thingUID);
    }

    @Override
    public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
        return null;
    }

    /** How many entries the inbox holds. */
    synchronized int size() {
        return entries.size();
    }

    synchronized @Nullable DiscoveryResult entry(ThingUID thingUID) {
        return entries.get(thingUID);
    }
}
