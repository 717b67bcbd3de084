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
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;
import static org.openhab.binding.ultrastream.internal.reliability.RealThreadsTest.awaitTrue;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.util.Fields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.internal.handler.HandlerHarness;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.RefreshType;

/**
 * One device holds its reply; its thing's other work waits in the thing's queue, in order, while another thing goes
 * on polling and openHAB's calls return at once. Both things share ONE scheduler thread, so any thread held for the
 * slow device would stop the other thing too.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class HeldReplyTest {

    /** Longer than the other thing needs for two polls, shorter than the request timeout (10 s). */
    private static final Duration HOLD = Duration.ofSeconds(5);

    @RegisterExtension
    final HandlerHarness h = new HandlerHarness();

    @Test
    void aReplyHeldAtTheDeviceHoldsBackOnlyItsOwnThingsWorkInOrder() throws Exception {
        HandlerHarness a = h;
        ScheduledThreadPoolExecutor oneThread = new ScheduledThreadPoolExecutor(1);
        InetAddress otherLoopback = InetAddress.getByName("127.0.0.2");
        try (HandlerHarness b = new HandlerHarness(options -> options.bindAddress(otherLoopback)).open()) {
            Map<String, Object> everySecond = Map.of("refreshInterval", BigDecimal.ONE);
            UltraStreamHandler slow = a.startOn(oneThread, everySecond);
            UltraStreamHandler other = b.startOn(oneThread, everySecond);
            awaitTrue(() -> slow.isOnline() && other.isOnline(), "the things did not come ONLINE");
            List<String> namesSent = new CopyOnWriteArrayList<>();
            a.httpClient.getRequestListeners().add(new Request.Listener.Adapter() {
                @Override
                public void onBegin(Request request) {
                    Fields.Field name = request.getParams().get("name");
                    if (name != null) {
                        namesSent.add(name.getValue());
                    }
                }
            });

            // The next poll of the slow thing reaches its device, which holds the reply; later requests are served
            // at once again.
            a.device().faults().latency(HOLD);
            int polls = a.device().requestCount("get-status");
            awaitTrue(() -> a.device().requestCount("get-status") > polls, "no poll reached the device");
            a.device().faults().latency(Duration.ZERO);
            int otherPolls = b.device().requestCount("get-status");

            assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
                ChannelUID name = new ChannelUID(HandlerHarness.THING_UID, DEVICE_NAME);
                slow.handleCommand(name, new StringType("First"));
                slow.handleCommand(name, new StringType("Second"));
                slow.handleCommand(new ChannelUID(HandlerHarness.THING_UID, INPUT_SIGNAL), RefreshType.REFRESH);
            }, "openHAB's thread waited for the slow device");

            awaitTrue(() -> b.device().requestCount("get-status") >= otherPolls + 2,
                    "the other thing stopped polling while one device held its reply");
            assertEquals(0, a.device().requestCount("set-name"),
                    "a command went out while the exchange before it was still held");
            assertEquals(ThingStatus.ONLINE, a.lastStatus().getStatus());

            awaitTrue(() -> a.device().requestCount("set-name") == 2 && "Second".equals(a.device().boxName()),
                    "the waiting commands were not carried out after the held reply");
            assertEquals(List.of("First", "Second"), namesSent, "in the order they came");
            awaitTrue(() -> new StringType("Second").equals(a.state(DEVICE_NAME)), "not read back");
            assertEquals(ThingStatus.ONLINE, a.lastStatus().getStatus());
            assertEquals(ThingStatus.ONLINE, b.lastStatus().getStatus());
            slow.dispose();
            other.dispose();
        } finally {
            oneThread.shutdownNow();
        }
    }
}
