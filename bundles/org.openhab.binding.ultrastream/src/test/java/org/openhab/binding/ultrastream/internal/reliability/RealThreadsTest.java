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
package org.openhab.binding.ultrastream.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.handler.HandlerHarness;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;

/**
 * The handler on real threads, as openHAB runs it: the public constructor, so openHAB's shared scheduler
 * ({@code ThreadPoolManager}'s "thingHandler" pool), and commands arriving from many threads at once. Waits are
 * bounded polls for a condition, never fixed sleeps.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class RealThreadsTest {

    @RegisterExtension
    final HandlerHarness h = new HandlerHarness();

    /** A handler on openHAB's shared scheduler, polling every second, initialized and ONLINE. */
    private UltraStreamHandler startOnSharedScheduler() throws Exception {
        List<Channel> channels = new ArrayList<>();
        for (String channelId : HandlerHarness.staticChannels().keySet()) {
            channels.add(ChannelBuilder.create(new ChannelUID(HandlerHarness.THING_UID, channelId)).build());
        }
        Thing thing = ThingBuilder.create(THING_TYPE_ENCODER, HandlerHarness.THING_UID).withChannels(channels)
                .withConfiguration(new Configuration(h.configuration(Map.of("refreshInterval", BigDecimal.ONE))))
                .build();
        UltraStreamHandler handler = new UltraStreamHandler(thing, h.httpClient,
                new UltraStreamStateDescriptionProvider(mock(EventPublisher.class), mock(ItemChannelLinkRegistry.class),
                        mock(ChannelTypeI18nLocalizationService.class)));
        handler.setCallback(h.callback);
        handler.initialize();
        awaitTrue(handler::isOnline, "the handler did not come ONLINE");
        return handler;
    }

    @Test
    void disposeWithARequestInFlightReturnsAtOnceAndNothingCallsBackAfterwards() throws Exception {
        UltraStreamHandler handler = startOnSharedScheduler();
        assertEquals(1, h.device().sessionCount());

        // The next poll reaches the device and is held there for three seconds.
        h.device().faults().latency(Duration.ofSeconds(3));
        int polls = h.device().requestCount("get-status");
        awaitTrue(() -> h.device().requestCount("get-status") > polls, "no poll reached the device");

        assertTimeoutPreemptively(Duration.ofMillis(1500), handler::dispose,
                "dispose must not wait for the device's reply");
        clearInvocations(h.callback);
        // The reply in flight is made after the delay, so it will carry this change: a state and an event that
        // must not reach openHAB any more.
        h.device().setSignalPresent(false);

        // The session is given back once the exchange in flight is over, and no timer is left: the shared
        // scheduler (only this test's handler uses it now) runs dry.
        awaitTrue(() -> h.device().sessionCount() == 0, "the session was not given back");
        // openHAB hands out its own wrapper of the pool, not a ScheduledThreadPoolExecutor; the wrapper is a
        // ThreadPoolExecutor that reports the pool's queue size and active threads (openHAB's metrics read them).
        ThreadPoolExecutor shared = assertInstanceOf(ThreadPoolExecutor.class,
                ThreadPoolManager.getScheduledPool("thingHandler"));
        awaitTrue(() -> shared.getQueue().isEmpty() && shared.getActiveCount() == 0, "a timer was left behind");
        verifyNoInteractions(h.callback);
        assertNull(handler.getClient());
    }

    @Test
    void manyCommandsAtOnceFromManyThreadsAreAllCarriedOutOneAfterTheOther() throws Exception {
        UltraStreamHandler handler = startOnSharedScheduler();
        h.device().resetRequestCounts();
        int threads = 8;
        int perThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int sender = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, DEVICE_NAME),
                            new StringType("Sender " + sender + " command " + i));
                }
            });
            thread.start();
            senders.add(thread);
        }
        start.countDown();
        for (Thread thread : senders) {
            thread.join(10_000);
        }

        awaitTrue(() -> h.device().requestCount("set-name") == threads * perThread,
                "commands lost: " + h.device().requestCount("set-name"));
        assertTrue(h.device().boxName().startsWith("Sender "), h.device().boxName());
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals(0, h.device().requestCount("login"), "the one session served every command");
        verify(h.callback, never()).statusUpdated(any(), argThat(s -> s.getStatus() == ThingStatus.OFFLINE));
        handler.dispose();
    }

    /** Waits up to ten seconds for {@code condition}. */
    static void awaitTrue(BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(10);
        }
    }
}
