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
package org.openhab.core.thing;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Registry;
import org.openhab.core.config.core.Configuration;

/**
 * Stand-in: all things of the system, by UID. Offered as an OSGi service; bindings read it, e.g. to list their things.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingRegistry extends Registry<Thing, ThingUID> {

    @Override
    @Nullable
    Thing get(ThingUID uid);

    @Nullable
    Channel getChannel(ChannelUID channelUID);

    /** Throws {@link IllegalArgumentException} for an unknown thing, {@link IllegalStateException} without handler. */
    void updateConfiguration(ThingUID thingUID, Map<String, Object> configurationParameters);

    /** Starts the removal: the thing's handler may clean up before the thing goes. */
    @Override
    @Nullable
    Thing remove(ThingUID thingUID);

    /** Removes the thing at once, without asking its handler. */
    @Nullable
    Thing forceRemove(ThingUID thingUID);

    @Nullable
    Thing createThingOfType(ThingTypeUID thingTypeUID, @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID,
            @Nullable String label, Configuration configuration);
}
