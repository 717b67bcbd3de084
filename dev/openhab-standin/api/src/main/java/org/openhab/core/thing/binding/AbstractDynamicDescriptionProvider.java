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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: the base of dynamic description providers. As in openHAB, a subclass requests the services itself
 * (typically in its {@code @Activate} constructor) and assigns these fields: the {@link EventPublisher} that
 * change events go through, the {@link ItemChannelLinkRegistry} that names the items linked to a changed channel,
 * and the {@link ChannelTypeI18nLocalizationService} that translates patterns and option labels from the bundle of
 * {@link #bundleContext} (set by the inherited {@link #activate}).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDynamicDescriptionProvider {

    private final Logger logger = LoggerFactory.getLogger(getClass());

    protected @NonNullByDefault({}) BundleContext bundleContext;
    protected @Nullable EventPublisher eventPublisher;
    protected @Nullable ChannelTypeI18nLocalizationService channelTypeI18nLocalizationService;
    protected @Nullable ItemChannelLinkRegistry itemChannelLinkRegistry;

    protected void postEvent(Event event) {
        EventPublisher publisher = eventPublisher;
        if (publisher == null) {
            logger.debug("Cannot post event as EventPublisher is missing");
            return;
        }
        try {
            publisher.post(event);
        } catch (RuntimeException e) {
            logger.error("Cannot post '{}' event: {}", event.getType(), e.getMessage(), e);
        }
    }

    @Activate
    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
    }

    @Deactivate
    public void deactivate() {
        bundleContext = null;
    }
}
