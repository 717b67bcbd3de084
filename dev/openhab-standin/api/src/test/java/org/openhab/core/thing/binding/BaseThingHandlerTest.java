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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

/**
 * {@link BaseThingHandler} hands updates to its callback, like openHAB, and only while one is set.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("test", "device");

    /** Records what the handler reports. */
    private static class RecordingCallback implements ThingHandlerCallback {
        final List<String> events = new ArrayList<>();
        final List<Thing> updatedThings = new ArrayList<>();

        @Override
        public void stateUpdated(ChannelUID channelUID, State state) {
            events.add("state " + channelUID + " " + state);
        }

        @Override
        public void postCommand(ChannelUID channelUID, Command command) {
            events.add("command " + channelUID + " " + command);
        }

        @Override
        public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
            thing.setStatusInfo(thingStatus);
            events.add("status " + thingStatus);
        }

        @Override
        public void thingUpdated(Thing thing) {
            updatedThings.add(thing);
            events.add("thing " + thing.getUID());
        }

        @Override
        public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        }

        @Override
        public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
        }

        @Override
        public void configurationUpdated(Thing thing) {
            events.add("configuration " + thing.getUID());
        }

        @Override
        public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        }

        @Override
        public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
            events.add("trigger " + channelUID + " " + event);
        }

        @Override
        public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
            return ChannelBuilder.create(channelUID).withType(channelTypeUID);
        }

        @Override
        public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
            return ChannelBuilder.create(channelUID);
        }

        @Override
        public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
                ChannelGroupTypeUID channelGroupTypeUID) {
            return List.of();
        }

        @Override
        public boolean isChannelLinked(ChannelUID channelUID) {
            return "linked".equals(channelUID.getIdWithoutGroup());
        }
    }

    /** The smallest handler: exposes the protected methods under test. */
    private static class TestHandler extends BaseThingHandler {
        final List<Command> commands = new ArrayList<>();

        TestHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            updateStatus(ThingStatus.UNKNOWN);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            commands.add(command);
        }
    }

    private final Thing thing = ThingBuilder.create(TYPE, "one").withLabel("One")
            .withConfiguration(new Configuration(Map.of("hostname", "h", "port", 80)))
            .withChannel(ChannelBuilder.create(new ChannelUID(new ThingUID(TYPE, "one"), "status#power"), "Switch")
                    .withType(new ChannelTypeUID("test", "power")).build())
            .withProperty("vendor", "Magewell").build();
    private final TestHandler handler = new TestHandler(thing);
    private final RecordingCallback callback = new RecordingCallback();

    @Test
    void delegatesStateStatusTriggerAndCommandsToTheCallback() {
        handler.setCallback(callback);

        handler.initialize();
        handler.updateState("status#power", OnOffType.ON);
        handler.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "no reply");
        handler.triggerChannel("events", "STARTED");
        handler.postCommand("status#power", OnOffType.OFF);

        assertEquals(List.of("status UNKNOWN", "state test:device:one:status#power ON",
                "status OFFLINE (COMMUNICATION_ERROR): no reply", "trigger test:device:one:events STARTED",
                "command test:device:one:status#power OFF"), callback.events);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, thing.getStatusInfo().getStatusDetail());
    }

    @Test
    void dropsUpdatesWithoutCallback() {
        handler.setCallback(callback);
        handler.setCallback(null);

        handler.updateState("status#power", OnOffType.ON);
        handler.updateStatus(ThingStatus.ONLINE);
        handler.updateProperty("firmwareVersion", "1.2");

        assertTrue(callback.events.isEmpty());
        assertFalse(handler.isLinked("linked"));
    }

    @Test
    void updatesPropertiesOnlyWhenChanged() {
        handler.setCallback(callback);

        handler.updateProperties(Map.of("vendor", "Magewell"));
        assertTrue(callback.updatedThings.isEmpty());

        handler.updateProperties(Map.of("vendor", "Magewell", "serialNumber", "A1"));
        handler.updateProperty("serialNumber", "A1");

        assertEquals(1, callback.updatedThings.size());
        assertEquals(Map.of("vendor", "Magewell", "serialNumber", "A1"), thing.getProperties());
    }

    @Test
    void updateThingReplacesTheThingAndRejectsTheCurrentOne() {
        handler.setCallback(callback);

        assertThrows(IllegalArgumentException.class, () -> handler.updateThing(thing));
        Thing edited = handler.editThing().withLabel("Renamed")
                .withoutChannel(new ChannelUID(thing.getUID(), "status#power")).build();
        handler.updateThing(edited);

        assertSame(edited, handler.getThing());
        assertEquals(List.of(edited), callback.updatedThings);
        assertEquals("Renamed", handler.getThing().getLabel());
        assertTrue(handler.getThing().getChannels().isEmpty());
        assertEquals("h", handler.getThing().getConfiguration().get("hostname"));
    }

    @Test
    void readsConfigurationAndLinks() {
        handler.setCallback(callback);

        record Config(String hostname, int port) {
        }
        assertEquals(new Config("h", 80), handler.getConfigAs(Config.class));
        assertTrue(handler.isLinked("linked"));
        assertFalse(handler.isLinked("status#power"));
    }

    @Test
    void configurationUpdateOfAnInitializedHandlerReinitializes() {
        handler.setCallback(callback);
        handler.initialize();

        handler.handleConfigurationUpdate(Map.of("port", 81));

        assertEquals(new BigDecimal(81), thing.getConfiguration().get("port"));
        assertEquals(List.of("status UNKNOWN", "thing test:device:one", "status UNKNOWN"), callback.events);
    }

    @Test
    void theConfigurationIsCachedAndRenewedOnlyByAnUpdate() {
        handler.setCallback(callback);
        record Config(String hostname, int port) {
        }
        assertEquals(new Config("h", 80), handler.getConfigAs(Config.class));

        // openHAB's handler serves the configuration it resolved first: a change in place is not seen
        thing.getConfiguration().put("port", 81);
        assertEquals(new Config("h", 80), handler.getConfigAs(Config.class));

        handler.handleConfigurationUpdate(Map.of("port", 82));
        assertEquals(new Config("h", 82), handler.getConfigAs(Config.class));

        Thing replaced = ThingBuilder.create(TYPE, "one")
                .withConfiguration(new Configuration(Map.of("hostname", "other", "port", 83))).build();
        handler.thingUpdated(replaced);
        assertEquals(new Config("other", 83), handler.getConfigAs(Config.class));

        handler.updateThing(handler.editThing()
                .withConfiguration(new Configuration(Map.of("hostname", "third", "port", 84))).build());
        assertEquals(new Config("third", 84), handler.getConfigAs(Config.class));
    }

    @Test
    void aFailingCallbackTakesAConfigurationUpdateBack() {
        handler.setCallback(new RecordingCallback() {
            @Override
            public void thingUpdated(Thing thing) {
                throw new IllegalStateException("refused");
            }
        });
        Configuration changed = handler.editConfiguration();
        changed.put("port", 90);

        assertThrows(IllegalStateException.class, () -> handler.updateConfiguration(changed));

        assertEquals(new BigDecimal(80), thing.getConfiguration().get("port"));
        assertEquals(new BigDecimal(80), handler.getConfig().get("port"));
    }

    @Test
    void channelLinkAsksForRefresh() {
        handler.channelLinked(new ChannelUID(thing.getUID(), "status#power"));

        assertEquals(List.of(RefreshType.REFRESH), handler.commands);
    }

    @Test
    void schedulerRunsTasksOnDaemonThreads() throws Exception {
        CompletableFuture<Boolean> daemon = new CompletableFuture<>();

        handler.scheduler.schedule(() -> daemon.complete(Thread.currentThread().isDaemon()), 1,
                TimeUnit.MILLISECONDS);
        handler.scheduler.shutdown(); // refused: the pool is shared

        assertTrue(daemon.get(5, TimeUnit.SECONDS));
        assertFalse(handler.scheduler.isShutdown());
    }

    @Test
    void thingBuilderRejectsForeignAndDuplicateChannels() {
        ThingBuilder builder = ThingBuilder.create(TYPE, "two");
        Channel foreign = ChannelBuilder.create(new ChannelUID(new ThingUID(TYPE, "one"), "x")).build();
        Channel own = ChannelBuilder.create(new ChannelUID(new ThingUID(TYPE, "two"), "x")).build();

        assertThrows(IllegalArgumentException.class, () -> builder.withChannel(foreign));
        builder.withChannel(own);
        assertThrows(IllegalArgumentException.class, () -> builder.withChannel(own));
        assertEquals(List.of(own), builder.build().getChannels());
    }
}
