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
package org.openhab.core.thing.link;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.RegistryChangeListener;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemBuilderFactory;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.UID;
import org.osgi.framework.BundleContext;

/**
 * Stand-in: the links between items and channels, from the providers added to it. As in openHAB, the linked item
 * names of a channel are only those of items that exist in the {@link ItemRegistry}. openHAB's channel default
 * tags, start-level handling and link events are left out, so this one neither registers itself as an event
 * subscriber nor listens to the item registry.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class ItemChannelLinkRegistry extends AbstractLinkRegistry<ItemChannelLink, ItemChannelLinkProvider>
        implements
            RegistryChangeListener<Item>,
            EventSubscriber {

    private final ItemRegistry itemRegistry;

    public ItemChannelLinkRegistry(final @Nullable Map<String, @Nullable Object> configuration,
            final ThingRegistry thingRegistry, final ItemRegistry itemRegistry,
            final ItemBuilderFactory itemBuilderFactory, BundleContext bundleContext) {
        super(ItemChannelLinkProvider.class);
        this.itemRegistry = itemRegistry;
    }

    @Override
    public Set<String> getLinkedItemNames(final UID uid) {
        return super.getLinkedItemNames(uid).stream().filter(itemName -> itemRegistry.get(itemName) != null)
                .collect(Collectors.toSet());
    }

    @Override
    public void added(Item item) {
    }

    @Override
    public void removed(Item item) {
    }

    @Override
    public void updated(Item oldItem, Item item) {
    }

    @Override
    public Set<String> getSubscribedEventTypes() {
        return Set.of("StartlevelEvent");
    }

    @Override
    public void receive(Event event) {
    }
}
