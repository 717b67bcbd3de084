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
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EmulatedDeviceExtension;
import org.openhab.binding.ultrastream.client.OpenedForEachTest;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;

/**
 * One emulated encoder on loopback with a real, initialized {@link UltraStreamHandler} in front of it, as openHAB
 * would run it (the callback is a mock): fresh for every test when registered with {@code @RegisterExtension}, or
 * opened and closed by the test. The handler polls only once an hour, so that every read the test sees after an
 * action comes from the action's own refresh.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EmulatedEncoder implements OpenedForEachTest {

    private final EmulatedDeviceExtension emulated;
    /** The emulated device's clock: it moves only when the test moves it. */
    public final ManualClock clock;
    public final ThingUID thingUID;
    private @Nullable UltraStreamHandler handler;

    public EmulatedEncoder(String serial) {
        emulated = new EmulatedDeviceExtension(System.currentTimeMillis(),
                options -> options.serialNumber(serial).boxName("Stage"));
        clock = emulated.clock;
        thingUID = new ThingUID(THING_TYPE_ENCODER, serial);
    }

    /** Starts the device and the handler, and waits until the handler is ONLINE. */
    @Override
    public EmulatedEncoder open() throws Exception {
        emulated.open();
        EmulatedDevice device = device();
        Thing thing = ThingBuilder.create(THING_TYPE_ENCODER, thingUID).withLabel("Stage encoder")
                .withConfiguration(new Configuration(Map.of("hostname", device.host(), "port",
                        new BigDecimal(device.httpPort()), "downloadPort", new BigDecimal(device.downloadPort()),
                        "refreshInterval", new BigDecimal(3600), "settingsRefreshInterval", new BigDecimal(0))))
                .build();
        UltraStreamHandler started = new UltraStreamHandler(thing, emulated.httpClient,
                new UltraStreamStateDescriptionProvider(mock(EventPublisher.class), mock(ItemChannelLinkRegistry.class),
                        mock(ChannelTypeI18nLocalizationService.class)));
        handler = started;
        started.setCallback(callback(started));
        thing.setHandler(started);
        started.initialize();
        // The thing's status, not the handler's flag: the flag is set just before the status is reported.
        awaitTrue(() -> started.isOnline() && started.getThing().getStatus() == ThingStatus.ONLINE,
                "the handler did not come ONLINE");
        return this;
    }

    public EmulatedDevice device() {
        return emulated.device();
    }

    public UltraStreamHandler handler() {
        return Objects.requireNonNull(handler, "not opened");
    }

    /** Another client of the device, such as the encoder's app, beside the handler's. */
    public UltraStreamClient newClient(String username, String password) {
        return emulated.newClient(username, password);
    }

    /** The current thing, with its status and handler, as openHAB's thing registry would hold it. */
    public Thing thing() {
        return handler().getThing();
    }

    /**
     * A callback that keeps the thing's status and handler the way openHAB's thing manager does, also when the
     * handler replaces the thing (as it does to update properties).
     */
    private static ThingHandlerCallback callback(UltraStreamHandler handler) {
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
        if (handler != null) {
            handler().dispose();
        }
        emulated.close();
    }
}
