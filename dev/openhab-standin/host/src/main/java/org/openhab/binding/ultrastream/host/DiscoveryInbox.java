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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The host's inbox: listens to every {@link DiscoveryService} registered in the framework, as openHAB's
 * DiscoveryServiceRegistry does, and keeps the latest result per thing UID until it is taken.
 */
@NonNullByDefault
public final class DiscoveryInbox implements DiscoveryListener, AutoCloseable {

    /** Told about each new or updated result; called on the discovery service's thread. */
    public interface Listener {
        void discovered(DiscoveryResult result, boolean isNew);
    }

    private final Map<ThingUID, DiscoveryResult> results = new ConcurrentHashMap<>();
    private final ServiceTracker<DiscoveryService, DiscoveryService> services;
    private final Listener listener;
    private final Object changes = new Object();

    public DiscoveryInbox(BundleContext context, Listener listener) {
        this.listener = listener;
        this.services = new ServiceTracker<>(context, DiscoveryService.class, null) {
            @Override
            public DiscoveryService addingService(ServiceReference<DiscoveryService> reference) {
                DiscoveryService service = super.addingService(reference);
                service.addDiscoveryListener(DiscoveryInbox.this);
                return service;
            }

            @Override
            public void removedService(ServiceReference<DiscoveryService> reference, DiscoveryService service) {
                service.removeDiscoveryListener(DiscoveryInbox.this);
                super.removedService(reference, service);
            }
        };
        services.open();
    }

    /** Asks every discovery service that supports the thing type for an active scan. */
    public void startScan(ThingTypeUID thingTypeUID) {
        for (DiscoveryService service : services.getServices(new DiscoveryService[0])) {
            if (service.getSupportedThingTypes().contains(thingTypeUID)) {
                service.startScan(null);
            }
        }
    }

    /** The discovery services seen so far. */
    public List<DiscoveryService> services() {
        return List.of(services.getServices(new DiscoveryService[0]));
    }

    public List<DiscoveryResult> results() {
        return new ArrayList<>(results.values());
    }

    /** Waits for a result that matches; empty when none came within the timeout. */
    public Optional<DiscoveryResult> await(Predicate<DiscoveryResult> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (true) {
                Optional<DiscoveryResult> match = results.values().stream().filter(condition).findFirst();
                long left = deadline - System.nanoTime();
                if (match.isPresent() || left <= 0) {
                    return match;
                }
                changes.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    @Override
    public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
        @Nullable
        DiscoveryResult previous = results.put(result.getThingUID(), result);
        synchronized (changes) {
            changes.notifyAll();
        }
        listener.discovered(result, previous == null);
    }

    @Override
    public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
        results.remove(thingUID);
    }

    @Override
    public Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
        List<ThingUID> removed = new ArrayList<>();
        results.values().removeIf(result -> {
            boolean old = result.getCreationTime().isBefore(timestamp)
                    && (thingTypeUIDs == null || thingTypeUIDs.contains(result.getThingTypeUID()));
            if (old) {
                removed.add(result.getThingUID());
            }
            return old;
        });
        return removed;
    }

    @Override
    public void close() {
        services.close();
    }
}
