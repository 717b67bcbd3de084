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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs Things the way openHAB's ThingManager does, reduced to one process and no persistence: it builds a
 * Thing from the binding's thing type (channels from its XML), asks the binding's ThingHandlerFactory for a
 * handler, gives the handler a callback, initializes it, and on removal disposes it and unregisters it
 * from the factory. Not openHAB: no items, no rules, no storage, no REST.
 */
@NonNullByDefault
public final class ThingHost implements AutoCloseable {

    private static final ThingStatusInfo INITIALIZING = new ThingStatusInfo(ThingStatus.INITIALIZING,
            ThingStatusDetail.NONE, null);
    private static final ThingStatusInfo UNINITIALIZED = new ThingStatusInfo(ThingStatus.UNINITIALIZED,
            ThingStatusDetail.NONE, null);

    private final ThingEvents events;
    private final ServiceTracker<ThingHandlerFactory, ThingHandlerFactory> factories;
    private final List<Running> running = new CopyOnWriteArrayList<>();

    private record Running(HostedThing hosted, ThingHandlerFactory factory) {
    }

    public ThingHost(BundleContext context, ThingEvents events) {
        this.events = events;
        this.factories = new ServiceTracker<>(context, ThingHandlerFactory.class, null) {
            @Override
            public void removedService(ServiceReference<ThingHandlerFactory> reference, ThingHandlerFactory factory) {
                // the binding is going away (bundle stopped): dispose its handlers, as ThingManager does
                for (Running r : running) {
                    if (r.factory() == factory) {
                        running.remove(r);
                        stop(r);
                    }
                }
                super.removedService(reference, factory);
            }
        };
        factories.open();
    }

    /**
     * Creates a Thing and starts its handler.
     *
     * @param factoryTimeout how long to wait for a handler factory of the thing type to be registered
     * @throws IllegalStateException when no factory supports the thing type within the timeout
     */
    public HostedThing createThing(ThingTypeUID thingTypeUID, ThingUID thingUID, @Nullable String label,
            Map<String, Object> configuration, Map<String, String> properties, Duration factoryTimeout)
            throws InterruptedException {
        ServiceReference<ThingHandlerFactory> reference = awaitFactory(thingTypeUID, factoryTimeout);
        return start(reference, ThingTypeCatalog.of(reference.getBundle(), thingTypeUID.getBindingId()),
                thingTypeUID, thingUID, label, configuration, properties);
    }

    /**
     * Creates a Thing from a discovery result and starts its handler, as approving it in openHAB's inbox
     * does: the result's properties that are configuration parameters of the thing type become the
     * configuration, the others become thing properties.
     */
    public HostedThing approve(DiscoveryResult result, Duration factoryTimeout) throws InterruptedException {
        return approve(result, Map.of(), factoryTimeout);
    }

    /**
     * As {@link #approve(DiscoveryResult, Duration)}, with configuration values that override or add to what
     * the result gives, as a user would set them on approval (e.g. a shorter refresh interval).
     */
    public HostedThing approve(DiscoveryResult result, Map<String, Object> configurationOverrides,
            Duration factoryTimeout) throws InterruptedException {
        ThingTypeUID thingTypeUID = result.getThingTypeUID();
        ServiceReference<ThingHandlerFactory> reference = awaitFactory(thingTypeUID, factoryTimeout);
        ThingTypeCatalog catalog = ThingTypeCatalog.of(reference.getBundle(), thingTypeUID.getBindingId());
        List<String> parameters = catalog.configParameterNames(thingTypeUID);
        Map<String, Object> configuration = new LinkedHashMap<>();
        Map<String, String> properties = new LinkedHashMap<>();
        result.getProperties().forEach((key, value) -> {
            if (parameters.contains(key)) {
                configuration.put(key, value);
            } else {
                properties.put(key, String.valueOf(value));
            }
        });
        configuration.putAll(configurationOverrides);
        return start(reference, catalog, thingTypeUID, result.getThingUID(), result.getLabel(), configuration,
                properties);
    }

    private HostedThing start(ServiceReference<ThingHandlerFactory> reference, ThingTypeCatalog catalog,
            ThingTypeUID thingTypeUID, ThingUID thingUID, @Nullable String label, Map<String, Object> configuration,
            Map<String, String> properties) {
        ThingHandlerFactory factory = factories.getService(reference);
        if (factory == null) {
            throw new IllegalStateException("The handler factory for " + thingTypeUID + " went away");
        }
        Map<String, String> allProperties = new LinkedHashMap<>(catalog.properties(thingTypeUID));
        allProperties.putAll(properties);
        Thing thing = ThingBuilder.create(thingTypeUID, thingUID).withLabel(label)
                .withConfiguration(new Configuration(configuration)).withProperties(allProperties)
                .withChannels(catalog.channels(thingTypeUID, thingUID)).build();
        thing.setStatusInfo(UNINITIALIZED);

        ThingHandler handler = factory.registerHandler(thing);
        thing.setHandler(handler);
        HostedThing hosted = new HostedThing(thing, handler);
        HostCallback callback = new HostCallback(hosted, catalog, events, channel -> true);
        handler.setCallback(callback);
        running.add(new Running(hosted, factory));
        callback.statusUpdated(thing, INITIALIZING);
        handler.initialize();
        return hosted;
    }

    /** The things running now. */
    public List<HostedThing> things() {
        List<HostedThing> things = new ArrayList<>();
        running.forEach(r -> things.add(r.hosted()));
        return things;
    }

    /** Disposes the thing's handler and unregisters it from its factory, as openHAB does on removal. */
    public void removeThing(HostedThing hosted) {
        for (Running r : running) {
            if (r.hosted() == hosted) {
                running.remove(r);
                stop(r);
            }
        }
    }

    /** Removes every thing and stops tracking factories. */
    @Override
    public void close() {
        for (Running r : running) {
            running.remove(r);
            stop(r);
        }
        factories.close();
    }

    private void stop(Running r) {
        ThingHandler handler = r.hosted().handler();
        Thing thing = r.hosted().thing();
        try {
            handler.dispose();
        } finally {
            handler.setCallback(null);
            r.factory().unregisterHandler(thing);
            thing.setHandler(null);
            ThingStatusInfo previous = r.hosted().statusInfo();
            events.statusChanged(thing.getUID(), previous, UNINITIALIZED);
            r.hosted().recordStatus(UNINITIALIZED);
        }
    }

    private ServiceReference<ThingHandlerFactory> awaitFactory(ThingTypeUID thingTypeUID, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ServiceReference<ThingHandlerFactory>[] references = factories.getServiceReferences();
            if (references != null) {
                for (ServiceReference<ThingHandlerFactory> reference : references) {
                    ThingHandlerFactory factory = factories.getService(reference);
                    if (factory != null && factory.supportsThingType(thingTypeUID)) {
                        return reference;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No ThingHandlerFactory supports " + thingTypeUID + " after "
                        + timeout.toSeconds() + " s: is the binding bundle started?");
            }
            // ServiceTracker has no "wait for a matching service"; a short bounded poll is the plain way
            Thread.sleep(50);
        }
    }
}
