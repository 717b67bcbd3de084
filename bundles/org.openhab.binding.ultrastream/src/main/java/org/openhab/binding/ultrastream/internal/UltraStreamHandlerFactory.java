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

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.SUPPORTED_THING_TYPES;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.internal.handler.BatchedTimers;
import org.openhab.binding.ultrastream.internal.handler.ChannelLabels;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handler of each {@code encoder} thing, handing it openHAB's shared HTTP client and the binding's state
 * description provider.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.ultrastream", service = ThingHandlerFactory.class)
public class UltraStreamHandlerFactory extends BaseThingHandlerFactory {

    private final HttpClient httpClient;
    private final UltraStreamStateDescriptionProvider stateDescriptionProvider;
    private final TranslationProvider i18nProvider;
    private final LocaleProvider localeProvider;
    /** The periodic timers of all things, on the pool that is every thing handler's {@code scheduler}. */
    private final BatchedTimers timers = new BatchedTimers(ThreadPoolManager.getScheduledPool("thingHandler"));

    @Activate
    public UltraStreamHandlerFactory(final @Reference HttpClientFactory httpClientFactory,
            final @Reference UltraStreamStateDescriptionProvider stateDescriptionProvider,
            final @Reference TranslationProvider i18nProvider, final @Reference LocaleProvider localeProvider) {
        this.httpClient = httpClientFactory.getCommonHttpClient();
        this.stateDescriptionProvider = stateDescriptionProvider;
        this.i18nProvider = i18nProvider;
        this.localeProvider = localeProvider;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        if (SUPPORTED_THING_TYPES.contains(thing.getThingTypeUID())) {
            // The labels of the channels the handler adds come from this bundle's i18n files.
            ChannelLabels labels = new ChannelLabels(i18nProvider, localeProvider,
                    bundleContext == null ? null : bundleContext.getBundle());
            return new UltraStreamHandler(thing, httpClient, stateDescriptionProvider, labels, timers);
        }
        return null;
    }
}
