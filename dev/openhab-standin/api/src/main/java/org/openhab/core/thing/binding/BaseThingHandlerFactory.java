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
package org.openhab.core.thing.binding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.firmware.FirmwareUpdateHandler;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: the base class of thing handler factories. {@link #registerHandler} asks {@link #createHandler} for
 * the handler and then sets up the handler's services ({@link ThingHandler#getServices()}): each is created with
 * its no-argument constructor, given the handler, registered in OSGi under its interfaces (while the factory is
 * active) and initialized, as openHAB does. A handler that is a {@link FirmwareUpdateHandler} is registered in
 * OSGi under that interface (while the factory is active), where openHAB's firmware update service finds it. There is
 * no thing type registry, so {@code createThing} returns
 * {@code null}, as openHAB does when the thing type is unknown.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Map<ThingUID, List<RegisteredService>> services = new ConcurrentHashMap<>();
    private final Map<ThingUID, ServiceRegistration<?>> firmwareUpdateHandlers = new ConcurrentHashMap<>();

    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
    }

    protected void deactivate(ComponentContext componentContext) {
        services.clear();
        firmwareUpdateHandlers.clear();
        bundleContext = null;
    }

    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException(
                    "The bundle context is missing (it seems your thing handler factory is used but not active).");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        for (Class<? extends ThingHandlerService> serviceClass : handler.getServices()) {
            registerService(handler, serviceClass);
        }
        BundleContext context = bundleContext;
        if (handler instanceof FirmwareUpdateHandler && context != null) {
            firmwareUpdateHandlers.put(thing.getUID(),
                    context.registerService(FirmwareUpdateHandler.class.getName(), handler, null));
        }
        return handler;
    }

    public void registerService(ThingHandler thingHandler, Class<? extends ThingHandlerService> klass) {
        ThingHandlerService service;
        try {
            service = klass.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            logger.warn("Could not register service for class={}", klass.getCanonicalName(), e);
            return;
        }
        service.setThingHandler(thingHandler);
        ServiceRegistration<?> registration = null;
        String[] names = interfaceNames(klass);
        BundleContext context = bundleContext;
        if (context != null && names.length > 0) {
            registration = context.registerService(names, service, null);
        }
        service.initialize();
        services.computeIfAbsent(thingHandler.getThing().getUID(), uid -> new ArrayList<>())
                .add(new RegisteredService(service, registration));
    }

    private static String[] interfaceNames(Class<?> klass) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c = klass; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i != ThingHandlerService.class) {
                    names.add(i.getName());
                }
            }
        }
        return names.toArray(new String[0]);
    }

    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
        ServiceRegistration<?> firmwareUpdateHandler = firmwareUpdateHandlers.remove(thing.getUID());
        if (firmwareUpdateHandler != null) {
            firmwareUpdateHandler.unregister();
        }
        List<RegisteredService> registered = services.remove(thing.getUID());
        if (registered != null) {
            registered.forEach(RegisteredService::dispose);
        }
    }

    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
    }

    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            ThingUID thingUID) {
        return createThing(thingTypeUID, configuration, thingUID, null);
    }

    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        return null;
    }

    /** A handler service and its OSGi registration, if any. */
    private record RegisteredService(ThingHandlerService service, @Nullable ServiceRegistration<?> registration) {
        void dispose() {
            service.dispose();
            ServiceRegistration<?> current = registration;
            if (current != null) {
                current.unregister();
            }
        }
    }
}
