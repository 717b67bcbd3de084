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

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.Event;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.type.DynamicStateDescriptionProvider;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateDescriptionFragmentBuilder;
import org.openhab.core.types.StateOption;

/**
 * Stand-in: keeps a state pattern and state options per channel and lays them over the channel type's state
 * description, as openHAB does. A change posts a "ChannelDescriptionChangedEvent" (its payload is simplified
 * here); patterns and options are not localized.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseDynamicStateDescriptionProvider extends AbstractDynamicDescriptionProvider
        implements
            DynamicStateDescriptionProvider {

    protected final Map<ChannelUID, String> channelPatternMap = new ConcurrentHashMap<>();
    protected final Map<ChannelUID, List<StateOption>> channelOptionsMap = new ConcurrentHashMap<>();

    public void setStatePattern(ChannelUID channelUID, String pattern) {
        String oldPattern = channelPatternMap.put(channelUID, pattern);
        if (!pattern.equals(oldPattern)) {
            postEvent(new DescriptionChanged(channelUID, "PATTERN", pattern));
        }
    }

    public void setStateOptions(ChannelUID channelUID, List<StateOption> options) {
        List<StateOption> oldOptions = channelOptionsMap.put(channelUID, options);
        if (!options.equals(oldOptions)) {
            postEvent(new DescriptionChanged(channelUID, "STATE_OPTIONS", options.toString()));
        }
    }

    @Override
    public @Nullable StateDescription getStateDescription(Channel channel, @Nullable StateDescription original,
            @Nullable Locale locale) {
        String pattern = channelPatternMap.get(channel.getUID());
        List<StateOption> options = channelOptionsMap.get(channel.getUID());
        if (pattern == null && options == null) {
            return null;
        }
        StateDescriptionFragmentBuilder builder = original == null
                ? StateDescriptionFragmentBuilder.create()
                : StateDescriptionFragmentBuilder.create(original);
        if (pattern != null) {
            String localized = localizeStatePattern(pattern, channel, locale);
            if (localized != null) {
                builder.withPattern(localized);
            }
        }
        if (options != null) {
            builder.withOptions(localizedStateOptions(options, channel, locale));
        }
        return builder.build().toStateDescription();
    }

    protected @Nullable String localizeStatePattern(String pattern, Channel channel, @Nullable Locale locale) {
        return pattern;
    }

    protected List<StateOption> localizedStateOptions(List<StateOption> options, Channel channel,
            @Nullable Locale locale) {
        return options;
    }

    @Override
    public void deactivate() {
        channelPatternMap.clear();
        channelOptionsMap.clear();
        super.deactivate();
    }

    /** The event openHAB posts when a channel's description changes (simplified payload). */
    private record DescriptionChanged(ChannelUID channelUID, String field, String value) implements Event {
        @Override
        public String getType() {
            return "ChannelDescriptionChangedEvent";
        }

        @Override
        public String getTopic() {
            return "openhab/channels/" + channelUID + "/descriptionchanged";
        }

        @Override
        public String getPayload() {
            return "{\"field\":\"" + field + "\",\"channelUID\":\"" + channelUID + "\",\"value\":\"" + value + "\"}";
        }

        @Override
        public @Nullable String getSource() {
            return null;
        }
    }
}
