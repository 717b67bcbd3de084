/**
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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * One encoder thing of the binding, run as openHAB would run it: a thing with its configuration, the binding's
 * handler (on the shared {@code thingHandler} pool, or whatever {@link ThreadPools} put in its place), and a
 * {@link BenchCallback}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BindingThing implements AutoCloseable {

    private final Thing thing;
    private final UltraStreamHandler handler;
    private final BenchCallback callback = new BenchCallback();

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
        handler = new UltraStreamHandler(thing, httpClient, descriptions);
        thing.setHandler(handler);
        handler.setCallback(callback);
        handler.initialize();
    }

    /** A state description provider that publishes nowhere. */
    public static UltraStreamStateDescriptionProvider descriptions() {
        return new UltraStreamStateDescriptionProvider(event -> {
        });
    }

    public UltraStreamHandler handler() {
        return handler;
    }

    public BenchCallback callback() {
        return callback;
    }

    public ChannelUID channel(String channelId) {
        return new ChannelUID(thing.getUID(), channelId);
    }

    public boolean isOnline() {
        return callback.status() == ThingStatus.ONLINE;
    }

    @Override
    public void close() {
        handler.dispose();
    }
}
