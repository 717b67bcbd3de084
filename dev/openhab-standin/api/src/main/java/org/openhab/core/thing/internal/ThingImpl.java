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
package org.openhab.core.thing.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * Stand-in: the plain {@link Thing} that {@code ThingBuilder} builds (internal, not exported).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingImpl implements Thing {

    private @Nullable String label;
    private @Nullable ThingUID bridgeUID;
    private final Map<ChannelUID, Channel> channels = new LinkedHashMap<>();
    private Configuration configuration = new Configuration();
    private Map<String, String> properties = new HashMap<>();
    private ThingUID uid;
    private ThingTypeUID thingTypeUID;
    private @Nullable String location;
    private @Nullable String semanticEquipmentTag;
    private ThingStatusInfo status = new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null);
    private transient volatile @Nullable ThingHandler thingHandler;

    public ThingImpl(ThingTypeUID thingTypeUID, String thingId) {
        this(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public ThingImpl(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingTypeUID = thingTypeUID;
        this.uid = thingUID;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public synchronized List<Channel> getChannels() {
        return List.copyOf(channels.values());
    }

    @Override
    public synchronized List<Channel> getChannelsOfGroup(String channelGroupId) {
        return channels.values().stream().filter(c -> channelGroupId.equals(c.getUID().getGroupId())).toList();
    }

    @Override
    public @Nullable Channel getChannel(String channelId) {
        return getChannel(new ChannelUID(uid, channelId));
    }

    @Override
    public synchronized @Nullable Channel getChannel(ChannelUID channelUID) {
        return channels.get(channelUID);
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public @Nullable ThingHandler getHandler() {
        return thingHandler;
    }

    @Override
    public ThingUID getUID() {
        return uid;
    }

    @Override
    public ThingStatus getStatus() {
        return status.getStatus();
    }

    @Override
    public ThingStatusInfo getStatusInfo() {
        return status;
    }

    @Override
    public void setBridgeUID(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
    }

    public synchronized void addChannel(Channel channel) {
        channels.put(channel.getUID(), channel);
    }

    public synchronized void setChannels(List<Channel> channels) {
        this.channels.clear();
        channels.forEach(this::addChannel);
    }

    public void setConfiguration(@Nullable Configuration configuration) {
        this.configuration = configuration == null ? new Configuration() : configuration;
    }

    @Override
    public void setHandler(@Nullable ThingHandler thingHandler) {
        this.thingHandler = thingHandler;
    }

    public void setId(ThingUID id) {
        this.uid = id;
    }

    @Override
    public void setStatusInfo(ThingStatusInfo status) {
        this.status = status;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    public void setThingTypeUID(ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
    }

    @Override
    public synchronized Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    @Override
    public synchronized @Nullable String setProperty(String name, @Nullable String value) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Property name must not be empty");
        }
        return value == null ? properties.remove(name) : properties.put(name, value);
    }

    @Override
    public synchronized void setProperties(Map<String, String> properties) {
        this.properties = new HashMap<>(properties);
    }

    @Override
    public @Nullable String getLocation() {
        return location;
    }

    @Override
    public void setLocation(@Nullable String location) {
        this.location = location;
    }

    @Override
    public boolean isEnabled() {
        return status.getStatusDetail() != ThingStatusDetail.DISABLED;
    }

    @Override
    public @Nullable String getSemanticEquipmentTag() {
        return semanticEquipmentTag;
    }

    @Override
    public void setSemanticEquipmentTag(@Nullable String semanticEquipmentTag) {
        this.semanticEquipmentTag = semanticEquipmentTag;
    }

    @Override
    public String toString() {
        // The configuration is left out on purpose: it may hold passwords.
        return uid + " (ThingTypeUID=" + thingTypeUID + ", BridgeUID=" + bridgeUID + ", Label=" + label + ")";
    }

    @Override
    public int hashCode() {
        return uid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj != null && obj.getClass() == getClass() && Objects.equals(uid, ((ThingImpl) obj).uid);
    }
}
