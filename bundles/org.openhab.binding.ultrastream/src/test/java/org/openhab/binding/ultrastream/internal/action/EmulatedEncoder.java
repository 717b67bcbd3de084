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
package org.openhab.binding.ultrastream.internal.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ENCODER;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;

/**
 * One emulated encoder on loopback with a real, initialized {@link UltraStreamHandler} in front of it, as openHAB
 * would run it (the callback is a mock). The handler polls only once an hour, so that every read the test sees
 * after an action comes from the action's own refresh.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EmulatedEncoder implements AutoCloseable {

    /** The emulated device's clock: it moves only when the test moves it. */
    public final ManualClock clock = new ManualClock(System.currentTimeMillis());
    public final UltraStreamEmulator emulator;
    public final EmulatedDevice device;
    public final UltraStreamHandler handler;
    public final ThingUID thingUID;
    private final HttpClient httpClient = new HttpClient();

    /** The HTTP client the handler uses; other clients of the device (an app) may share it. */
    public HttpClient httpClient() {
        return httpClient;
    }

    public EmulatedEncoder(String serial) throws Exception {
        emulator = UltraStreamEmulator.start(EmulatorOptions.builder().serialNumber(serial).boxName("Stage")
                .clock(clock).multicastEnabled(false).ssdpEnabled(false).build());
        device = emulator.device();
        httpClient.start();
        thingUID = new ThingUID(THING_TYPE_ENCODER, serial);
        Thing thing = ThingBuilder.create(THING_TYPE_ENCODER, thingUID).withLabel("Stage encoder")
                .withConfiguration(new Configuration(Map.of("hostname", device.host(), "port",
                        new BigDecimal(device.httpPort()), "downloadPort", new BigDecimal(device.downloadPort()),
                        "refreshInterval", new BigDecimal(3600), "settingsRefreshInterval", new BigDecimal(0))))
                .build();
        handler = new UltraStreamHandler(thing, httpClient,
                new UltraStreamStateDescriptionProvider(mock(EventPublisher.class), mock(ItemChannelLinkRegistry.class),
                        mock(ChannelTypeI18nLocalizationService.class)));
        handler.setCallback(callback());
        thing.setHandler(handler);
        handler.initialize();
        awaitTrue(handler::isOnline, "the handler did not come ONLINE");
    }

    /** The current thing, with its status and handler, as openHAB's thing registry would hold it. */
    public Thing thing() {
        return handler.getThing();
    }

    /**
     * A callback that keeps the thing's status and handler the way openHAB's thing manager does, also when the
     * handler replaces the thing (as it does to update properties).
     */
    private ThingHandlerCallback callback() {
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        AtomicReference<@Nullable ThingStatusInfo> lastStatus = new AtomicReference<>();
        doAnswer(call -> {
            ThingStatusInfo info = call.getArgument(1);
            lastStatus.set(info);
            ((Thing) call.getArgument(0)).setStatusInfo(info);
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(call -> {
            Thing updated = call.getArgument(0);
            ThingStatusInfo info = lastStatus.get();
            if (info != null) {
                updated.setStatusInfo(info);
            }
            updated.setHandler(handler);
            return null;
        }).when(callback).thingUpdated(any());
        return callback;
    }

    /** Waits up to five seconds for {@code condition}. */
    public static void awaitTrue(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws Exception {
        handler.dispose();
        httpClient.stop();
        emulator.close();
    }
}
