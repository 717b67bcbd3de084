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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The few openHAB core services a binding asks for, in their simplest working form, registered in the
 * framework for as long as this object is open:
 * <ul>
 * <li>{@link HttpClientFactory}: one shared, started Jetty client (openHAB's "common" client); clients made
 * for a consumer are handed out unstarted, as openHAB does;</li>
 * <li>{@link NetworkAddressService}: loopback only, so nothing the binding sends leaves the machine;</li>
 * <li>{@link EventPublisher}: counts the events a binding posts (openHAB would put them on its event bus);</li>
 * <li>{@link ItemChannelLinkRegistry} (no items, see {@link HostLinks}) and
 * {@link ChannelTypeI18nLocalizationService}: what a dynamic state description provider asks for.</li>
 * </ul>
 */
@NonNullByDefault
public final class HostServices implements AutoCloseable {

    private final HttpClient commonHttpClient;
    private final AtomicInteger postedEvents = new AtomicInteger();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    public HostServices(BundleContext context) throws Exception {
        commonHttpClient = new HttpClient();
        commonHttpClient.setName("host-common");
        commonHttpClient.start();
        registrations.add(context.registerService(HttpClientFactory.class, new Factory(), null));
        registrations
                .add(context.registerService(NetworkAddressService.class, new LoopbackNetworkAddressService(), null));
        registrations.add(context.registerService(EventPublisher.class, this::post, null));
        HostTranslations translations = new HostTranslations(Locale.ENGLISH);
        registrations.add(context.registerService(TranslationProvider.class, translations, null));
        registrations.add(context.registerService(LocaleProvider.class, translations, null));
        registrations.add(context.registerService(ItemChannelLinkRegistry.class, HostLinks.registry(context), null));
        registrations.add(context.registerService(ChannelTypeI18nLocalizationService.class,
                new ChannelTypeI18nLocalizationService(translations), null));
    }

    public HttpClient commonHttpClient() {
        return commonHttpClient;
    }

    /** How many events the binding has posted, e.g. dynamic state description changes. */
    public int postedEvents() {
        return postedEvents.get();
    }

    private void post(Event event) {
        postedEvents.incrementAndGet();
    }

    @Override
    public void close() throws Exception {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        commonHttpClient.stop();
    }

    private final class Factory implements HttpClientFactory {
        @Override
        public HttpClient createHttpClient(String consumerName) {
            return createHttpClient(consumerName, null);
        }

        @Override
        public HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory) {
            HttpClient client = sslContextFactory == null ? new HttpClient() : new HttpClient(sslContextFactory);
            client.setName(consumerName);
            return client;
        }

        @Override
        public HttpClient getCommonHttpClient() {
            return commonHttpClient;
        }
    }
}
