/**
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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * What openHAB's framework would be to one handler, reduced to what the benchmarks observe: the latest state of
 * each channel, counts, the thing status, and an optional listener told of each state with its arrival time.
 * Every channel counts as linked except the snapshot (a picture for the UI, fetched only when linked).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchCallback implements ThingHandlerCallback {

    /** Told of every state update, in the handler's thread, with {@link System#nanoTime()} at arrival. */
    @FunctionalInterface
    public interface StateListener {
        void stateUpdated(ChannelUID channel, State state, long nanoTime);
    }

    private final Map<ChannelUID, State> states = new ConcurrentHashMap<>();
    private final AtomicLong stateUpdates = new AtomicLong();
    private final AtomicLong offlineReports = new AtomicLong();
    private volatile ThingStatus status = ThingStatus.UNINITIALIZED;
    private volatile @Nullable StateListener listener;

    public void setListener(@Nullable StateListener listener) {
        this.listener = listener;
    }

    public @Nullable State state(ChannelUID channel) {
        return states.get(channel);
    }

    public long stateUpdates() {
        return stateUpdates.get();
    }

    /** How often the thing was reported OFFLINE. */
    public long offlineReports() {
        return offlineReports.get();
    }

    public ThingStatus status() {
        return status;
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        long now = System.nanoTime();
        states.put(channelUID, state);
        stateUpdates.incrementAndGet();
        StateListener l = listener;
        if (l != null) {
            l.stateUpdated(channelUID, state, now);
        }
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        status = thingStatus.getStatus();
        if (status == ThingStatus.OFFLINE) {
            offlineReports.incrementAndGet();
        }
        thing.setStatusInfo(thingStatus);
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return !UltraStreamBindingConstants.DEVICE_SNAPSHOT.equals(channelUID.getId());
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
    }

    @Override
    public void thingUpdated(Thing thing) {
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public void configurationUpdated(Thing thing) {
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = thing.getChannel(channelUID);
        return channel != null ? ChannelBuilder.create(channel) : ChannelBuilder.create(channelUID);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        return List.of();
    }
}
