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
package org.openhab.binding.ultrastream.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.client.discovery.MulticastDiscovery;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.FixedNetworkAddressService;
import org.openhab.binding.ultrastream.internal.discovery.DiscoveryTestSupport.ManualClock;
import org.openhab.binding.ultrastream.internal.handler.HandlerHarness;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.binding.ultrastream.internal.reliability.LogCapture;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;

/**
 * What a stranger on the LAN can try against discovery, on loopback: announce an existing Thing's serial from
 * another host (127.0.0.2) by multicast and by UPnP, flood the service with valid announcements, and put escape
 * sequences into a box name. openHAB's inbox is {@link InboxDouble}, which re-configures existing Things as
 * openHAB 5.2.1's does.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryAttacksTest {

    private static final String IMPOSTOR_HOST = "127.0.0.2";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final InboxDouble inbox = new InboxDouble();
    /** openHAB's registry as far as discovery uses it: a look-up by UID in the inbox's things (a mock is slow). */
    private final ThingRegistry thingRegistry = (ThingRegistry) Proxy.newProxyInstance(
            ThingRegistry.class.getClassLoader(), new Class<?>[]{ ThingRegistry.class }, (proxy, method, args) -> {
                if ("get".equals(method.getName()) && args != null && args.length == 1) {
                    return inbox.things.get(args[0]);
                }
                throw new UnsupportedOperationException(method.getName());
            });
    private @Nullable UltraStreamMulticastDiscoveryService service;

    @AfterEach
    void tearDown() throws InterruptedException {
        UltraStreamMulticastDiscoveryService current = service;
        if (current != null) {
            current.deactivate();
        }
        scheduler.shutdownNow();
        assertTrue(scheduler.awaitTermination(5, TimeUnit.SECONDS));
    }

    private UltraStreamMulticastDiscoveryService multicast(Clock clock) {
        UltraStreamMulticastDiscoveryService created = new UltraStreamMulticastDiscoveryService(scheduler,
                new FixedNetworkAddressService("127.0.0.1"), thingRegistry, clock);
        created.addDiscoveryListener(inbox);
        service = created;
        return created;
    }

    /** An encoder on 127.0.0.2 claiming the serial of the harness's device, announcing itself often. */
    private static UltraStreamEmulator impostorOf(HandlerHarness h) throws Exception {
        return UltraStreamEmulator.start(EmulatorOptions.builder().serialNumber(h.device().serialNumber())
                .bindAddress(InetAddress.getByName(IMPOSTOR_HOST)).boxName("Impostor")
                .announceInterval(Duration.ofMillis(200)).build());
    }

    /** The harness's Thing, known to openHAB under the UID discovery gives its serial, with its handler. */
    private Thing existingThing(HandlerHarness h, UltraStreamHandler handler) {
        Thing thing = handler.getThing();
        thing.setHandler(handler);
        ThingUID uid = UltraStreamDiscoveryResults.thingUID(h.device().serialNumber());
        assertNotNull(uid);
        inbox.things.put(uid, thing);
        return thing;
    }

    private static String impostorAddress(UltraStreamEmulator impostor) {
        return IMPOSTOR_HOST + ":" + impostor.device().httpPort();
    }

    private static void await(BooleanSupplier condition, String what) throws Exception {
        await(condition, what, () -> {
        });
    }

    /** Waits up to ten seconds for the condition, doing {@code step} (e.g. sending a datagram again) meanwhile. */
    private static void await(BooleanSupplier condition, String what, Step step) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            step.run();
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /**
     * What a stranger at 127.0.0.2 sends: a valid announcement of {@code serial} from its own address, with
     * {@code ethip} set to it, so that it passes the check that the sender is the address announced.
     */
    private static void announceFromImpostor(String serial, int httpPort) throws Exception {
        String json = "{\"version\":\"1.0\",\"flag\":\"ssip\",\"serialnumber\":\"" + serial
                + "\",\"boxname\":\"Impostor\",\"product\":\"Ultra Stream\",\"ethip\":\"" + IMPOSTOR_HOST
                + "\",\"wifiip\":\"\",\"status\":0,\"http-port\":" + httpPort + "}";
        try (DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET)) {
            channel.bind(new InetSocketAddress(InetAddress.getByName(IMPOSTOR_HOST), 0));
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByName("lo"));
            channel.send(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)),
                    new InetSocketAddress(InetAddress.getByName(MulticastDiscovery.GROUP), MulticastDiscovery.PORT));
        }
    }

    private static boolean tellsAbout(HandlerHarness h, String address) {
        return h.statuses.stream().map(ThingStatusInfo::getDescription)
                .anyMatch(text -> ("@text/status.address-announced [\"" + address + "\"]").equals(text));
    }

    /** Lets the discovery scheduler deliver what was reported so far. */
    private void drain() throws Exception {
        scheduler.submit(() -> null).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aMulticastHijackLeavesTheThingAloneAndTheThingTellsTheUser() throws Exception {
        try (HandlerHarness h = new HandlerHarness().open(); UltraStreamEmulator impostor = impostorOf(h)) {
            UltraStreamHandler handler = h.start();
            assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
            Thing thing = existingThing(h, handler);
            Map<String, Object> before = new HashMap<>(thing.getConfiguration().getProperties());

            UltraStreamMulticastDiscoveryService discovery = multicast(Clock.systemUTC());
            discovery.activate(Map.of());
            await(() -> tellsAbout(h, impostorAddress(impostor)), "the thing tells about " + IMPOSTOR_HOST,
                    () -> announceFromImpostor(h.device().serialNumber(), impostor.device().httpPort()));
            drain();

            assertEquals(before, thing.getConfiguration().getProperties());
            assertEquals(List.of(), inbox.updatedThings);
            assertEquals(0, inbox.size());
            assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus(), "still at its own address");
        }
    }

    @Test
    void withFollowAddressChangesTheInboxRepointsTheThingAsOpenhabDoes() throws Exception {
        // The counterpart of the test above: the same announcement, the risk accepted, the inbox re-configures.
        try (HandlerHarness h = new HandlerHarness().open(); UltraStreamEmulator impostor = impostorOf(h)) {
            UltraStreamHandler handler = h.start(Map.of(ExistingThings.CONFIG_FOLLOW_ADDRESS_CHANGES, true));
            Thing thing = existingThing(h, handler);

            UltraStreamMulticastDiscoveryService discovery = multicast(Clock.systemUTC());
            discovery.activate(Map.of());
            await(() -> !inbox.updatedThings.isEmpty(), "the inbox updates the thing",
                    () -> announceFromImpostor(h.device().serialNumber(), impostor.device().httpPort()));

            assertEquals(IMPOSTOR_HOST, thing.getConfiguration().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
            assertEquals(0, inbox.size(), "an existing thing gets no inbox entry");
        }
    }

    @Test
    void aUpnpHijackLeavesTheThingAloneAndTheThingTellsTheUser() throws Exception {
        try (HandlerHarness h = new HandlerHarness().open(); UltraStreamEmulator impostor = impostorOf(h)) {
            UltraStreamHandler handler = h.start();
            Thing thing = existingThing(h, handler);
            Map<String, Object> before = new HashMap<>(thing.getConfiguration().getProperties());
            UltraStreamUpnpDiscoveryParticipant participant = new UltraStreamUpnpDiscoveryParticipant(thingRegistry,
                    Clock.systemUTC());

            // The description jupnp reads from LOCATION on 127.0.0.2: the right type, maker and serial.
            DiscoveryResult result = participant
                    .createResult(DiscoveryTestSupport.describedByJupnp(impostor.device()));

            assertNull(result, "no result that would re-configure the thing");
            assertTrue(tellsAbout(h, impostorAddress(impostor)), String.valueOf(h.statuses));
            assertEquals(before, thing.getConfiguration().getProperties());
            assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());

            // Accepting the risk, the result comes, and openHAB's inbox applies it.
            thing.getConfiguration().put(ExistingThings.CONFIG_FOLLOW_ADDRESS_CHANGES, true);
            DiscoveryResult followed = participant
                    .createResult(DiscoveryTestSupport.describedByJupnp(impostor.device()));
            assertNotNull(followed);
            inbox.thingDiscovered(mock(org.openhab.core.config.discovery.DiscoveryService.class), followed);
            assertEquals(IMPOSTOR_HOST, thing.getConfiguration().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
        }
    }

    /** A valid serial for each number below 100,000: letter, code, 26-01-01, sequence. */
    private static String serial(int n) {
        return String.format("C%03d260101%03d", n / 1000, n % 1000);
    }

    private static MulticastAnnouncement announcement(int n, InetAddress sender) {
        return new MulticastAnnouncement(serial(n), "Box " + n, "Ultra Stream", sender, null, 0, 80, sender);
    }

    private static InetAddress sender(int n) throws Exception {
        return InetAddress.getByAddress(new byte[]{ 10, (byte) (n >> 16), (byte) (n >> 8), (byte) n });
    }

    @Test
    void aFloodOfValidAnnouncementsLeavesABoundedInboxAndBoundedMemory() throws Exception {
        ManualClock clock = new ManualClock();
        UltraStreamMulticastDiscoveryService discovery = multicast(clock);
        InetAddress flooder = InetAddress.getByName(IMPOSTOR_HOST);
        try (LogCapture log = LogCapture.binding()) {
            // 10,000 from one host: it gets its share, the rest is ignored and logged once.
            for (int n = 0; n < 10_000; n++) {
                discovery.announced(announcement(n, flooder));
            }
            drain();
            assertEquals(DiscoveryRateLimit.PER_SENDER, inbox.size());
            assertEquals(DiscoveryRateLimit.PER_SENDER, discovery.trackedCount());

            // 10,000 per minute from forged senders, for ten minutes: bounded in all.
            for (int minute = 0; minute < 10; minute++) {
                for (int n = 0; n < 10_000; n++) {
                    discovery.announced(announcement(10_000 + minute * 10_000 + n, sender(minute * 10_000 + n)));
                }
                drain();
                assertTrue(inbox.size() <= UltraStreamMulticastDiscoveryService.MAX_TRACKED, "inbox " + inbox.size());
                assertTrue(discovery.trackedCount() <= UltraStreamMulticastDiscoveryService.MAX_TRACKED);
                clock.advance(DiscoveryRateLimit.WINDOW);
            }
            assertEquals(UltraStreamMulticastDiscoveryService.MAX_TRACKED, inbox.size());
            assertEquals(UltraStreamMulticastDiscoveryService.MAX_TRACKED, discovery.trackedCount());
            long floodLines = log.text().lines().filter(line -> line.contains("ignores new devices")).count();
            assertEquals(10, floodLines, "once per minute, not per packet");
        }
    }

    @Test
    void aStudioOfFiveHundredEncodersBootingAtOnceAppearsInTheFirstMinute() throws Exception {
        UltraStreamMulticastDiscoveryService discovery = multicast(new ManualClock());
        for (int n = 0; n < 500; n++) {
            discovery.announced(announcement(n, sender(n)));
        }
        drain();
        assertEquals(500, inbox.size());
    }

    @Test
    void anEscapeSequenceInABoxNameNeverReachesALogLineOrLabelUnchanged() throws Exception {
        String forged = "\u001B[2J\u001B[31mStage\r\n[main] INFO ThingStatusInfoChangedEvent - forged\u202E";
        String serial = "C301261125901";
        try (LogCapture log = LogCapture.binding();
                UltraStreamEmulator emulator = UltraStreamEmulator
                        .start(EmulatorOptions.builder().serialNumber(serial).boxName(forged).build())) {
            UltraStreamMulticastDiscoveryService discovery = multicast(Clock.systemUTC());
            discovery.activate(Map.of());
            discovery.startScan(null);
            ThingUID uid = UltraStreamDiscoveryResults.thingUID(serial);
            assertNotNull(uid);
            await(() -> inbox.entry(uid) != null, "the device is in the inbox");
            DiscoveryResult result = inbox.entry(uid);
            assertNotNull(result);

            String clean = "Stage [main] INFO ThingStatusInfoChangedEvent - forged";
            assertEquals(clean + " (" + serial + ")", result.getLabel());
            await(() -> log.text().contains(clean), "the name is logged");
            String logged = log.text();
            assertFalse(logged.contains("\u001B") || logged.contains("\u202E"), "an escape reached the log");
            assertTrue(logged.lines().noneMatch(line -> line.startsWith("[main] INFO ThingStatusInfoChangedEvent")),
                    "a forged log line");
        }
    }
}
