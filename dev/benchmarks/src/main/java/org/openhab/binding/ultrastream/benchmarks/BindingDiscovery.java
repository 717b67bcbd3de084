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
package org.openhab.binding.ultrastream.benchmarks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.host.LoopbackNetworkAddressService;
import org.openhab.binding.ultrastream.internal.discovery.UltraStreamMulticastDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.config.discovery.ScanListener;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The binding's multicast discovery service as openHAB runs it, pinned to the loopback interface by its
 * {@code networkInterface} parameter, with a listener standing in for the inbox.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingDiscovery extends UltraStreamMulticastDiscoveryService implements AutoCloseable {

    BindingDiscovery(Consumer<DiscoveryResult> inbox) {
        super(new LoopbackNetworkAddressService(), null); // no ThingRegistry: every device is new
        addDiscoveryListener(new DiscoveryListener() {
            @Override
            public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
                inbox.accept(result);
            }

            @Override
            public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
            }

            @Override
            public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                    @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
                return List.of();
            }
        });
        activate(Map.of(CONFIG_NETWORK_INTERFACE, "lo"));
    }

    /** A scan as the inbox's "scan" button starts it: the multicast query, answered at once by every device. */
    void scan() {
        startScan((@Nullable ScanListener) null);
    }

    @Override
    public void close() {
        deactivate();
    }
}
