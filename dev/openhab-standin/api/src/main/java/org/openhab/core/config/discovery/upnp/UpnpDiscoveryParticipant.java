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
package org.openhab.core.config.discovery.upnp;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.jupnp.model.meta.RemoteDevice;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in: turns UPnP devices found by openHAB's UPnP discovery into discovery results.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface UpnpDiscoveryParticipant {

    long MIN_MAX_AGE_SECS = 1800;

    Set<ThingTypeUID> getSupportedThingTypeUIDs();

    @Nullable
    DiscoveryResult createResult(RemoteDevice device);

    @Nullable
    ThingUID getThingUID(RemoteDevice device);

    default long getRemovalGracePeriodSeconds(RemoteDevice device) {
        return 0;
    }

    default boolean notifyChildDevices() {
        return false;
    }
}
