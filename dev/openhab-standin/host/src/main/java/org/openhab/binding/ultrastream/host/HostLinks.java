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

import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.RegistryChangeListener;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemBuilderFactory;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.osgi.framework.BundleContext;

/**
 * The item-channel link registry of the host. The host has no items, so no link names an item and description
 * change events name none; the thing registry and item builder factory that openHAB's registry is built with are
 * not used by the stand-in, so they are placeholders that refuse every call.
 */
@NonNullByDefault
public final class HostLinks {

    private HostLinks() {
    }

    public static ItemChannelLinkRegistry registry(BundleContext context) {
        return new ItemChannelLinkRegistry(null, unused(ThingRegistry.class), new NoItems(),
                unused(ItemBuilderFactory.class), context);
    }

    /** A placeholder for a service the receiver keeps but never calls. */
    public static <T> T unused(Class<T> type) {
        return type
                .cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{ type }, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(
                            type.getSimpleName() + "." + method.getName() + " is not hosted");
                }));
    }

    private static final class NoItems implements ItemRegistry {
        @Override
        public void addRegistryChangeListener(RegistryChangeListener<Item> listener) {
        }

        @Override
        public void removeRegistryChangeListener(RegistryChangeListener<Item> listener) {
        }

        @Override
        public Collection<Item> getAll() {
            return List.of();
        }

        @Override
        public Stream<Item> stream() {
            return Stream.empty();
        }

        @Override
        public @Nullable Item get(String key) {
            return null;
        }

        @Override
        public Item add(Item element) {
            throw new UnsupportedOperationException("The host has no items");
        }

        @Override
        public @Nullable Item update(Item element) {
            throw new UnsupportedOperationException("The host has no items");
        }

        @Override
        public @Nullable Item remove(String key) {
            throw new UnsupportedOperationException("The host has no items");
        }
    }
}
