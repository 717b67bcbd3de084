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
package org.openhab.core.thing.events;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.AbstractEvent;
import org.openhab.core.thing.ChannelUID;

/**
 * Stand-in: tells that a channel's dynamic description (pattern, state or command options) changed, naming the
 * items linked to the channel. Made by {@link ThingEventFactory}; the values are JSON, as in openHAB.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelDescriptionChangedEvent extends AbstractEvent {

    public enum CommonChannelDescriptionField {
        ALL,
        COMMAND_OPTIONS,
        PATTERN,
        STATE_OPTIONS
    }

    public static final String TYPE = ChannelDescriptionChangedEvent.class.getSimpleName();

    private final CommonChannelDescriptionField field;
    private final ChannelUID channelUID;
    private final Set<String> linkedItemNames;
    private final String value;
    private final @Nullable String oldValue;

    protected ChannelDescriptionChangedEvent(String topic, String payload, CommonChannelDescriptionField field,
            ChannelUID channelUID, Set<String> linkedItemNames, String value, @Nullable String oldValue) {
        super(topic, payload, null);
        this.field = field;
        this.channelUID = channelUID;
        this.linkedItemNames = linkedItemNames;
        this.value = value;
        this.oldValue = oldValue;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public CommonChannelDescriptionField getField() {
        return field;
    }

    public ChannelUID getChannelUID() {
        return channelUID;
    }

    public Set<String> getLinkedItemNames() {
        return linkedItemNames;
    }

    public String getValue() {
        return value;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    @Override
    public String toString() {
        return "Description for field '" + field + "' of channel '" + channelUID + "' changed from '" + oldValue
                + "' to '" + value + "' for linked items: [" + String.join(",", linkedItemNames) + "]";
    }
}
