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

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * The callback one handler reports to, as openHAB's ThingManager gives each handler: it keeps the thing's
 * status and channel states in its {@link HostedThing} and passes each event on to the {@link ThingEvents}.
 * {@link ThingHost} counts every channel as linked, so the handler publishes all of them; a handler run without
 * the host (the benchmarks) may say which channels have items.
 */
@NonNullByDefault
public final class HostCallback implements ThingHandlerCallback {

    private final HostedThing hosted;
    private final ThingTypeCatalog catalog;
    private final ThingEvents events;
    private final Predicate<ChannelUID> linked;

    /**
     * @param catalog the binding's thing types, for the channels a handler adds at runtime
     * @param linked which channels have an item linked, as openHAB's link registry would tell
     */
    public HostCallback(HostedThing hosted, ThingTypeCatalog catalog, ThingEvents events,
            Predicate<ChannelUID> linked) {
        this.hosted = hosted;
        this.catalog = catalog;
        this.events = events;
        this.linked = linked;
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        // tell first, then record: whoever waits for this state sees the event already told
        events.stateUpdated(channelUID, state, !state.equals(hosted.state(channelUID)));
        hosted.recordState(channelUID, state);
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        // openHAB sends a posted command to the linked items, whose command goes back to the handler
        events.commandSent(channelUID, command);
        hosted.handler().handleCommand(channelUID, command);
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        ThingStatusInfo previous = hosted.statusInfo();
        if (!previous.equals(thingStatus)) {
            events.statusChanged(thing.getUID(), previous, thingStatus);
        }
        hosted.recordStatus(thingStatus);
    }

    @Override
    public void thingUpdated(Thing thing) {
        hosted.replaceThing(thing);
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        // openHAB checks against the config description; the host trusts what it was given
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public void configurationUpdated(Thing thing) {
        hosted.replaceThing(thing);
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        throw new UnsupportedOperationException("The console host does not migrate thing types");
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        events.channelTriggered(channelUID, event);
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return catalog.channelBuilder(channelUID, channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = thing.getChannel(channelUID);
        if (channel == null) {
            throw new IllegalArgumentException("Channel " + channelUID + " does not exist");
        }
        return ChannelBuilder.create(channel);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        return catalog.channelBuilders(channelGroupUID, channelGroupTypeUID);
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return linked.test(channelUID);
    }
}
