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

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.common.registry.ProviderChangeListener;
import org.openhab.core.common.registry.RegistryChangeListener;
import org.openhab.core.events.Event;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.events.ChannelDescriptionChangedEvent;
import org.openhab.core.thing.events.ChannelDescriptionChangedEvent.CommonChannelDescriptionField;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLink;
import org.openhab.core.thing.link.ItemChannelLinkProvider;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateOption;
import org.osgi.framework.Bundle;

/**
 * What openHAB 5.2.1's {@link BaseDynamicStateDescriptionProvider} does and the binding relies on: an option change
 * posts one {@link ChannelDescriptionChangedEvent} naming the linked items that exist, with new and old options as
 * JSON; an equal list posts nothing; option labels are translated by the channel type's keys.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseDynamicStateDescriptionProviderTest {

    private static final ChannelUID CHANNEL_UID = new ChannelUID(new ThingUID("test:device:one"), "codec");
    private static final ChannelTypeUID TYPE = new ChannelTypeUID("test", "codec");

    private final List<Event> events = new ArrayList<>();
    private final BaseDynamicStateDescriptionProvider provider = new BaseDynamicStateDescriptionProvider() {
    };

    @Test
    void optionChangesNameTheLinkedItemsThatExist() {
        provider.eventPublisher = events::add;
        provider.itemChannelLinkRegistry = links(Map.of("Codec", CHANNEL_UID, "Gone", CHANNEL_UID), Set.of("Codec"));
        List<StateOption> first = List.of(new StateOption("H264", "H.264"));
        List<StateOption> second = List.of(new StateOption("H264", "H.264"), new StateOption("HEVC", null));

        provider.setStateOptions(CHANNEL_UID, first);
        provider.setStateOptions(CHANNEL_UID, List.copyOf(first));
        provider.setStateOptions(CHANNEL_UID, second);

        assertEquals(2, events.size(), "an equal option list is not announced");
        ChannelDescriptionChangedEvent changed = (ChannelDescriptionChangedEvent) events.get(1);
        assertEquals(ChannelDescriptionChangedEvent.TYPE, changed.getType());
        assertEquals(CommonChannelDescriptionField.STATE_OPTIONS, changed.getField());
        assertEquals(Set.of("Codec"), changed.getLinkedItemNames(), "a link to a missing item names nothing");
        assertEquals("{\"options\":[{\"value\":\"H264\",\"label\":\"H.264\"},{\"value\":\"HEVC\"}]}",
                changed.getValue());
        assertEquals("{\"options\":[{\"value\":\"H264\",\"label\":\"H.264\"}]}", changed.getOldValue());
        assertNull(((ChannelDescriptionChangedEvent) events.get(0)).getOldValue());
        assertTrue(changed.getPayload().contains("\"linkedItemNames\":[\"Codec\"]"), changed.getPayload());
    }

    @Test
    void withoutARegistryNoItemIsNamedAndWithoutAPublisherNothingIsPosted() {
        provider.setStateOptions(CHANNEL_UID, List.of(new StateOption("a", "A")));
        provider.eventPublisher = events::add;
        provider.setStateOptions(CHANNEL_UID, List.of(new StateOption("b", "B")));

        assertEquals(1, events.size());
        assertEquals(Set.of(), ((ChannelDescriptionChangedEvent) events.get(0)).getLinkedItemNames());
    }

    @Test
    void optionLabelsAreTranslatedByTheChannelTypesKeys() {
        Bundle bundle = (Bundle) java.lang.reflect.Proxy.newProxyInstance(Bundle.class.getClassLoader(),
                new Class<?>[]{ Bundle.class }, (proxy, method, args) -> null);
        provider.bundleContext = (org.osgi.framework.BundleContext) java.lang.reflect.Proxy.newProxyInstance(
                Bundle.class.getClassLoader(), new Class<?>[]{ org.osgi.framework.BundleContext.class },
                (proxy, method, args) -> "getBundle".equals(method.getName()) ? bundle : null);
        provider.channelTypeI18nLocalizationService = new ChannelTypeI18nLocalizationService(
                texts(Map.of("channel-type.test.codec.state.option.HEVC", "HEVC (H.265)", "custom.key", "Custom")));
        provider.setStateOptions(CHANNEL_UID, List.of(new StateOption("HEVC", "hevc"), new StateOption("H264", "H264"),
                new StateOption("X", "@text/custom.key"), new StateOption("Y", null)));
        Channel typed = ChannelBuilder.create(CHANNEL_UID, "String").withType(TYPE).build();
        Channel untyped = ChannelBuilder.create(CHANNEL_UID, "String").build();

        StateDescription description = provider.getStateDescription(typed, null, Locale.ENGLISH);
        StateDescription plain = provider.getStateDescription(untyped, null, Locale.ENGLISH);

        assertNotNull(description);
        assertEquals(List.of(new StateOption("HEVC", "HEVC (H.265)"), new StateOption("H264", "H264"),
                new StateOption("X", "Custom"), new StateOption("Y", null)), description.getOptions());
        assertNotNull(plain);
        assertEquals("hevc", plain.getOptions().get(0).getLabel(), "a channel without a type is not translated");
    }

    private static ItemChannelLinkRegistry links(Map<String, ChannelUID> links, Set<String> existingItems) {
        List<ItemChannelLink> all = new ArrayList<>();
        links.forEach((item, channel) -> all.add(new ItemChannelLink(item, channel)));
        ItemChannelLinkRegistry registry = new ItemChannelLinkRegistry(null,
                unused(org.openhab.core.thing.ThingRegistry.class),
                items(existingItems), unused(org.openhab.core.items.ItemBuilderFactory.class),
                unused(org.osgi.framework.BundleContext.class)) {
            {
                addProvider(new ItemChannelLinkProvider() {
                    @Override
                    public void addProviderChangeListener(ProviderChangeListener<ItemChannelLink> listener) {
                    }

                    @Override
                    public Collection<ItemChannelLink> getAll() {
                        return all;
                    }

                    @Override
                    public void removeProviderChangeListener(ProviderChangeListener<ItemChannelLink> listener) {
                    }
                });
            }
        };
        return registry;
    }

    private static ItemRegistry items(Set<String> names) {
        return new ItemRegistry() {
            @Override
            public @Nullable Item get(String key) {
                return names.contains(key) ? item(key) : null;
            }

            @Override
            public void addRegistryChangeListener(RegistryChangeListener<Item> listener) {
            }

            @Override
            public void removeRegistryChangeListener(RegistryChangeListener<Item> listener) {
            }

            @Override
            public Collection<Item> getAll() {
                return names.stream().map(BaseDynamicStateDescriptionProviderTest::item).toList();
            }

            @Override
            public Stream<Item> stream() {
                return getAll().stream();
            }

            @Override
            public Item add(Item element) {
                throw new UnsupportedOperationException();
            }

            @Override
            public @Nullable Item update(Item element) {
                throw new UnsupportedOperationException();
            }

            @Override
            public @Nullable Item remove(String key) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Item item(String name) {
        return new Item() {
            @Override
            public String getUID() {
                return name;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private static TranslationProvider texts(Map<String, String> texts) {
        return new TranslationProvider() {
            @Override
            public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key,
                    @Nullable String defaultText, @Nullable Locale locale) {
                assertNotNull(bundle, "texts are looked up in the provider's bundle");
                return key != null && texts.containsKey(key) ? texts.get(key) : defaultText;
            }

            @Override
            public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key,
                    @Nullable String defaultText, @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
                return getText(bundle, key, defaultText, locale);
            }
        };
    }

    private static <T> T unused(Class<T> type) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{ type },
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                }));
    }
}
