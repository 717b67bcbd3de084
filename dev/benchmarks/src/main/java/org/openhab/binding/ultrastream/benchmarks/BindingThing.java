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
package org.openhab.binding.ultrastream.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.host.HostCallback;
import org.openhab.binding.ultrastream.host.HostLinks;
import org.openhab.binding.ultrastream.host.HostTranslations;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.binding.ultrastream.host.ThingTypeCatalog;
import org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.handler.ChannelLabels;
import org.openhab.binding.ultrastream.internal.handler.ChannelUids;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.osgi.framework.BundleContext;

/**
 * One encoder thing of the binding, run as openHAB would run it: a thing with its configuration, the binding's
 * handler (on the shared {@code thingHandler} pool, or whatever {@link ThreadPools} put in its place), and the
 * console host's callback, which keeps the thing's status and latest states and tells {@link BenchEvents}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BindingThing implements AutoCloseable {

    /** The binding's thing types, read once from its jar and shared by every thing. */
    private static final ThingTypeCatalog CATALOG = readCatalog();

    private final Thing thing;
    private final UltraStreamHandler handler;
    private final HostedThing hosted;
    private final BenchEvents events = new BenchEvents();
    /** The same per-thing cache the handler publishes with; guarded by this (the handler holds a lock too). */
    private final ChannelUids channelUids;

    /**
     * Creates and initializes the thing.
     *
     * @param refreshSeconds the thing's {@code refreshInterval}
     * @param settingsRefreshSeconds its {@code settingsRefreshInterval} (the binding's default is 300)
     */
    public BindingThing(HttpClient httpClient, UltraStreamStateDescriptionProvider descriptions, String id, int port,
            int refreshSeconds, int settingsRefreshSeconds) {
        Configuration config = new Configuration(Map.of("hostname", Loopback.HOST, "port", port, "username",
                Loopback.USER, "password", Loopback.PASSWORD, "refreshInterval", refreshSeconds,
                "settingsRefreshInterval", settingsRefreshSeconds));
        thing = ThingBuilder.create(UltraStreamBindingConstants.THING_TYPE_ENCODER, id).withLabel("Encoder " + id)
                .withConfiguration(config).build();
        channelUids = new ChannelUids(thing.getUID());
        handler = new UltraStreamHandler(thing, httpClient, descriptions, ChannelLabels.ENGLISH, ThreadPools.timers());
        thing.setHandler(handler);
        hosted = new HostedThing(thing, handler);
        handler.setCallback(new HostCallback(hosted, CATALOG, events, BindingThing::isLinked));
        handler.initialize();
    }

    /** Every channel has an item except the snapshot (a picture for the UI, fetched only when linked). */
    private static boolean isLinked(ChannelUID channel) {
        return !UltraStreamBindingConstants.DEVICE_SNAPSHOT.equals(channel.getId());
    }

    private static ThingTypeCatalog readCatalog() {
        String path = "/OH-INF/thing/thing-types.xml";
        try (InputStream xml = UltraStreamHandler.class.getResourceAsStream(path)) {
            if (xml == null) {
                throw new IllegalStateException("The binding's " + path + " is not on the class path");
            }
            return ThingTypeCatalog.of(xml, UltraStreamBindingConstants.BINDING_ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A state description provider that publishes nowhere. */
    public static UltraStreamStateDescriptionProvider descriptions() {
        return new UltraStreamStateDescriptionProvider(event -> {
        }, HostLinks.registry(HostLinks.unused(BundleContext.class)),
                new ChannelTypeI18nLocalizationService(new HostTranslations(Locale.ENGLISH)));
    }

    public UltraStreamHandler handler() {
        return handler;
    }

    public BenchEvents events() {
        return events;
    }

    /** The UID of one of the thing's channels, as the handler finds it: built once per thing, then looked up. */
    public synchronized ChannelUID channel(String channelId) {
        return channelUids.of(channelId);
    }

    public boolean isOnline() {
        return hosted.statusInfo().getStatus() == ThingStatus.ONLINE;
    }

    @Override
    public void close() {
        handler.dispose();
    }
}
