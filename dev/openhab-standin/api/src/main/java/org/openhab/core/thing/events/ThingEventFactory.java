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

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.AbstractEventFactory;
import org.openhab.core.events.Event;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.events.ChannelDescriptionChangedEvent.CommonChannelDescriptionField;
import org.openhab.core.types.StateOption;

/**
 * Stand-in: makes the channel description changed events of dynamic state description providers, with openHAB's
 * topic ({@code openhab/channels/{channelUID}/descriptionchanged}) and JSON payload shape (the field, the channel,
 * the linked item names, and the new and old value, each itself JSON). openHAB's thing status, added, removed,
 * updated and trigger events are left out.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingEventFactory extends AbstractEventFactory {

    private static final String DESCRIPTION_CHANGED_TOPIC = "openhab/channels/{channelUID}/descriptionchanged";

    public ThingEventFactory() {
        super(Set.of(ChannelDescriptionChangedEvent.TYPE));
    }

    @Override
    protected Event createEventByType(String eventType, String topic, String payload, @Nullable String source)
            throws Exception {
        ChannelDescriptionChangedEventPayloadBean bean = deserializePayload(payload,
                ChannelDescriptionChangedEventPayloadBean.class);
        return new ChannelDescriptionChangedEvent(topic, payload, bean.field, new ChannelUID(bean.channelUID),
                bean.linkedItemNames, bean.value, bean.oldValue);
    }

    public static class ChannelDescriptionChangedEventPayloadBean {
        public @NonNullByDefault({}) CommonChannelDescriptionField field;
        public @NonNullByDefault({}) String channelUID;
        public Set<String> linkedItemNames = Set.of();
        public @NonNullByDefault({}) String value;
        public @Nullable String oldValue;

        /** For Gson. */
        protected ChannelDescriptionChangedEventPayloadBean() {
        }

        public ChannelDescriptionChangedEventPayloadBean(CommonChannelDescriptionField field, String channelUID,
                Set<String> linkedItemNames, String value, @Nullable String oldValue) {
            this.field = field;
            this.channelUID = channelUID;
            this.linkedItemNames = linkedItemNames;
            this.value = value;
            this.oldValue = oldValue;
        }
    }

    public interface CommonChannelDescriptionFieldPayloadBean {
    }

    public static class ChannelDescriptionPatternPayloadBean implements CommonChannelDescriptionFieldPayloadBean {
        public @NonNullByDefault({}) String pattern;

        /** For Gson. */
        protected ChannelDescriptionPatternPayloadBean() {
        }

        public ChannelDescriptionPatternPayloadBean(String pattern) {
            this.pattern = pattern;
        }
    }

    public static class ChannelDescriptionStateOptionsPayloadBean implements CommonChannelDescriptionFieldPayloadBean {
        public @NonNullByDefault({}) List<StateOption> options;

        /** For Gson. */
        protected ChannelDescriptionStateOptionsPayloadBean() {
        }

        public ChannelDescriptionStateOptionsPayloadBean(List<StateOption> options) {
            this.options = options;
        }
    }

    public static ChannelDescriptionChangedEvent createChannelDescriptionPatternChangedEvent(ChannelUID channelUID,
            Set<String> linkedItemNames, String pattern, @Nullable String oldPattern) {
        checkArguments(channelUID, linkedItemNames, pattern, "pattern");
        return descriptionChanged(CommonChannelDescriptionField.PATTERN, channelUID, linkedItemNames,
                serializePayload(new ChannelDescriptionPatternPayloadBean(pattern)),
                oldPattern == null ? null : serializePayload(new ChannelDescriptionPatternPayloadBean(oldPattern)));
    }

    public static ChannelDescriptionChangedEvent createChannelDescriptionStateOptionsChangedEvent(ChannelUID channelUID,
            Set<String> linkedItemNames, List<StateOption> options, @Nullable List<StateOption> oldOptions) {
        checkArguments(channelUID, linkedItemNames, options, "options");
        return descriptionChanged(CommonChannelDescriptionField.STATE_OPTIONS, channelUID, linkedItemNames,
                serializePayload(new ChannelDescriptionStateOptionsPayloadBean(options)),
                oldOptions == null
                        ? null
                        : serializePayload(new ChannelDescriptionStateOptionsPayloadBean(oldOptions)));
    }

    /** openHAB checks the same arguments, in this order, with the same messages. */
    private static void checkArguments(@Nullable ChannelUID channelUID, @Nullable Set<String> linkedItemNames,
            @Nullable Object value, String valueName) {
        checkNotNull(linkedItemNames, "linkedItemNames");
        checkNotNull(channelUID, "channelUID");
        checkNotNull(value, valueName);
    }

    private static ChannelDescriptionChangedEvent descriptionChanged(CommonChannelDescriptionField field,
            ChannelUID channelUID, Set<String> linkedItemNames, String value, @Nullable String oldValue) {
        String payload = serializePayload(new ChannelDescriptionChangedEventPayloadBean(field,
                channelUID.getAsString(), linkedItemNames, value, oldValue));
        String topic = DESCRIPTION_CHANGED_TOPIC.replace("{channelUID}", channelUID.getAsString());
        return new ChannelDescriptionChangedEvent(topic, payload, field, channelUID, linkedItemNames, value, oldValue);
    }
}
