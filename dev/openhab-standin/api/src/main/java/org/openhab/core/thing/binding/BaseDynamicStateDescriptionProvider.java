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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.events.ChannelDescriptionChangedEvent;
import org.openhab.core.thing.events.ThingEventFactory;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.thing.type.DynamicStateDescriptionProvider;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateDescriptionFragmentBuilder;
import org.openhab.core.types.StateOption;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Stand-in: keeps a state pattern and state options per channel and lays them over the channel type's state
 * description, as openHAB does. A change posts a {@link ChannelDescriptionChangedEvent} naming the items linked to
 * the channel (none without an {@code itemChannelLinkRegistry}); patterns and option labels are translated by the
 * {@code channelTypeI18nLocalizationService} when one is set and the channel has a channel type.
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
        String oldPattern = channelPatternMap.get(channelUID);
        if (!pattern.equals(oldPattern)) {
            channelPatternMap.put(channelUID, pattern);
            postEvent(ThingEventFactory.createChannelDescriptionPatternChangedEvent(channelUID,
                    linkedItemNames(channelUID), pattern, oldPattern));
        }
    }

    public void setStateOptions(ChannelUID channelUID, List<StateOption> options) {
        List<StateOption> oldOptions = channelOptionsMap.get(channelUID);
        if (!options.equals(oldOptions)) {
            channelOptionsMap.put(channelUID, options);
            postEvent(ThingEventFactory.createChannelDescriptionStateOptionsChangedEvent(channelUID,
                    linkedItemNames(channelUID), options, oldOptions));
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
        ChannelTypeI18nLocalizationService localization = channelTypeI18nLocalizationService;
        ChannelTypeUID channelTypeUID = channel.getChannelTypeUID();
        if (localization != null && channelTypeUID != null) {
            return localization.createLocalizedStatePattern(bundleContext.getBundle(), pattern, channelTypeUID,
                    locale);
        }
        return pattern;
    }

    protected List<StateOption> localizedStateOptions(List<StateOption> options, Channel channel,
            @Nullable Locale locale) {
        ChannelTypeI18nLocalizationService localization = channelTypeI18nLocalizationService;
        ChannelTypeUID channelTypeUID = channel.getChannelTypeUID();
        if (localization != null && channelTypeUID != null) {
            return localization.createLocalizedStateOptions(bundleContext.getBundle(), options, channelTypeUID,
                    locale);
        }
        return options;
    }

    @Override
    @Deactivate
    public void deactivate() {
        channelPatternMap.clear();
        channelOptionsMap.clear();
        super.deactivate();
    }

    private Set<String> linkedItemNames(ChannelUID channelUID) {
        ItemChannelLinkRegistry links = itemChannelLinkRegistry;
        return links != null ? links.getLinkedItemNames(channelUID) : Set.of();
    }
}
