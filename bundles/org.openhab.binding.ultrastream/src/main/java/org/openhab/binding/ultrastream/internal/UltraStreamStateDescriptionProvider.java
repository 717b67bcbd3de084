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
package org.openhab.binding.ultrastream.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseDynamicStateDescriptionProvider;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.thing.type.DynamicStateDescriptionProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers the options each encoder reports in get-info's {@code codec-cap} (resolutions, frame rates, bitrates,
 * profiles, GOP, audio bitrates) for its encoding channels. The handlers fill it; it forgets a thing's options when
 * the thing's handler goes away.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = { DynamicStateDescriptionProvider.class, UltraStreamStateDescriptionProvider.class })
public class UltraStreamStateDescriptionProvider extends BaseDynamicStateDescriptionProvider {

    /**
     * The services openHAB's base class works with: change events go through the event publisher and name the
     * items linked to the channel; option labels are translated from this bundle's texts where it has a key for
     * the option (the device's own labels stay as they are otherwise).
     */
    @Activate
    public UltraStreamStateDescriptionProvider(final @Reference EventPublisher eventPublisher,
            final @Reference ItemChannelLinkRegistry itemChannelLinkRegistry,
            final @Reference ChannelTypeI18nLocalizationService channelTypeI18nLocalizationService) {
        this.eventPublisher = eventPublisher;
        this.itemChannelLinkRegistry = itemChannelLinkRegistry;
        this.channelTypeI18nLocalizationService = channelTypeI18nLocalizationService;
    }

    /** Drops every option and pattern set for the channels of one thing. */
    public void removeThing(ThingUID thingUID) {
        channelOptionsMap.keySet().removeIf(channelUID -> thingUID.equals(channelUID.getThingUID()));
        channelPatternMap.keySet().removeIf(channelUID -> thingUID.equals(channelUID.getThingUID()));
    }
}
