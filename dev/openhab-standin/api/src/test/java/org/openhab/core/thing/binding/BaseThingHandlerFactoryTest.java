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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.events.Event;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateDescriptionFragmentBuilder;
import org.openhab.core.types.StateOption;

/**
 * {@link BaseThingHandlerFactory} creates handlers and their services; {@link BaseDynamicStateDescriptionProvider}
 * lays dynamic options over a channel's description and announces changes.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerFactoryTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("test", "device");

    /** Records its life cycle, as a binding's actions class would live through it. */
    public static class TestActions implements ThingActions {
        static final List<String> LIFE = new ArrayList<>();
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            this.handler = handler;
            LIFE.add("handler " + handler.getThing().getUID().getId());
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }

        @Override
        public void initialize() {
            LIFE.add("initialize");
        }

        @Override
        public void dispose() {
            LIFE.add("dispose");
        }
    }

    private static class Handler extends BaseThingHandler {
        Handler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public Collection<Class<? extends ThingHandlerService>> getServices() {
            return List.of(TestActions.class);
        }
    }

    private static class Factory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return TYPE.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            return supportsThingType(thing.getThingTypeUID()) ? new Handler(thing) : null;
        }
    }

    @Test
    void registersHandlersWithTheirServicesAndDisposesThem() {
        TestActions.LIFE.clear();
        Factory factory = new Factory();
        Thing thing = ThingBuilder.create(TYPE, "one").build();

        ThingHandler handler = factory.registerHandler(thing);
        thing.setHandler(handler);
        factory.unregisterHandler(thing);

        assertInstanceOf(Handler.class, handler);
        assertEquals(List.of("handler one", "initialize", "dispose"), TestActions.LIFE);
        assertThrows(IllegalStateException.class,
                () -> factory.registerHandler(ThingBuilder.create(new ThingTypeUID("test", "other"), "x").build()));
        assertThrows(IllegalStateException.class, factory::getBundleContext);
    }

    @Test
    void dynamicOptionsOverlayTheOriginalAndAnnounceChanges() {
        List<Event> events = new ArrayList<>();
        BaseDynamicStateDescriptionProvider provider = new BaseDynamicStateDescriptionProvider() {
        };
        provider.eventPublisher = events::add;
        Channel channel = ChannelBuilder.create(new ChannelUID(new ThingUID(TYPE, "one"), "profile")).build();
        StateDescription original = StateDescriptionFragmentBuilder.create().withReadOnly(true).withPattern("%s")
                .build().toStateDescription();
        List<StateOption> options = List.of(new StateOption("a", "A"), new StateOption("b", null));

        assertNull(provider.getStateDescription(channel, original, Locale.ENGLISH));
        provider.setStateOptions(channel.getUID(), options);
        provider.setStateOptions(channel.getUID(), List.copyOf(options));
        StateDescription merged = provider.getStateDescription(channel, original, Locale.ENGLISH);

        assertNotNull(merged);
        assertEquals(options, merged.getOptions());
        assertTrue(merged.isReadOnly());
        assertEquals("%s", merged.getPattern());
        assertEquals(1, events.size(), "an unchanged option list is not announced again");
        assertEquals("openhab/channels/test:device:one:profile/descriptionchanged", events.get(0).getTopic());
    }
}
