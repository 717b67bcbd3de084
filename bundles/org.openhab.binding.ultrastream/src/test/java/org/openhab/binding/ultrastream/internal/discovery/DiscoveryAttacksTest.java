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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.jupnp.model.meta.RemoteDevice;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.client.discovery.MulticastDiscovery;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
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
        return impostorOf(h, Model.ULTRA_STREAM_HDMI);
    }

    /** As above, playing {@code model}: an Ultra Encode announces {@code "product":"Ultra Encode"}. */
    private static UltraStreamEmulator impostorOf(HandlerHarness h, Model model) throws Exception {
        return UltraStreamEmulator.start(EmulatorOptions.builder().model(model).serialNumber(h.device().serialNumber())
                .bindAddress(InetAddress.getByName(IMPOSTOR_HOST)).boxName("Impostor")
                .announceInterval(Duration.ofMillis(200)).build());
    }

    /** The harness's Thing, known to openHAB under the UID discovery gives its serial, with its handler. */
    private Thing existingThing(HandlerHarness h, UltraStreamHandler handler) {
        return existingThing(h, handler, EncoderFamily.ULTRA_STREAM);
    }

    /**
     * As above, known under the thing type of {@code family}. The Thing itself is the harness's (an Ultra Stream
     * and its handler): what discovery consults is the registry's answer for the UID, the Thing's configuration
     * and its handler's {@code addressAnnounced}.
     */
    private Thing existingThing(HandlerHarness h, UltraStreamHandler handler, EncoderFamily family) {
        Thing thing = handler.getThing();
        thing.setHandler(handler);
        ThingUID uid = UltraStreamDiscoveryResults.thingUID(family, h.device().serialNumber());
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
        announceFromImpostor(serial, httpPort, EncoderFamily.ULTRA_STREAM);
    }

    /** As above, with the {@code product} of {@code family}. */
    private static void announceFromImpostor(String serial, int httpPort, EncoderFamily family) throws Exception {
        String json = "{\"version\":\"1.0\",\"flag\":\"ssip\",\"serialnumber\":\"" + serial
                + "\",\"boxname\":\"Impostor\",\"product\":\"" + family.productName() + "\",\"ethip\":\""
                + IMPOSTOR_HOST
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
        return announcement(n, sender, "Ultra Stream");
    }

    private static MulticastAnnouncement announcement(int n, InetAddress sender, String product) {
        return new MulticastAnnouncement(serial(n), "Box " + n, product, sender, null, 0, 80, sender);
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

    @ParameterizedTest
    @EnumSource(value = Model.class, names = { "ULTRA_STREAM_HDMI", "ULTRA_ENCODE_AIO" })
    void anEscapeSequenceInABoxNameNeverReachesALogLineOrLabelUnchanged(Model model) throws Exception {
        String forged = "\u001B[2J\u001B[31mStage\r\n[main] INFO ThingStatusInfoChangedEvent - forged\u202E";
        String serial = "C301261125901";
        try (LogCapture log = LogCapture.binding();
                UltraStreamEmulator emulator = UltraStreamEmulator
                        .start(EmulatorOptions.builder().model(model).serialNumber(serial).boxName(forged).build())) {
            UltraStreamMulticastDiscoveryService discovery = multicast(Clock.systemUTC());
            discovery.activate(Map.of());
            discovery.startScan(null);
            ThingUID uid = UltraStreamDiscoveryResults.thingUID(
                    model.isUltraEncode() ? EncoderFamily.ULTRA_ENCODE : EncoderFamily.ULTRA_STREAM, serial);
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

    // The Ultra Encode family: the same rules, whatever thing type an announcement proposes

    @ParameterizedTest
    @EnumSource(EncoderFamily.class)
    void anUltraEncodeHijackLeavesTheThingOfEitherTypeAloneAndTheThingTellsTheUser(EncoderFamily knownAs)
            throws Exception {
        try (HandlerHarness h = new HandlerHarness().open();
                UltraStreamEmulator impostor = impostorOf(h, Model.ULTRA_ENCODE_AIO)) {
            UltraStreamHandler handler = h.start();
            Thing thing = existingThing(h, handler, knownAs);
            Map<String, Object> before = new HashMap<>(thing.getConfiguration().getProperties());

            UltraStreamMulticastDiscoveryService discovery = multicast(Clock.systemUTC());
            discovery.activate(Map.of());
            await(() -> tellsAbout(h, impostorAddress(impostor)), "the thing tells about " + IMPOSTOR_HOST,
                    () -> announceFromImpostor(h.device().serialNumber(), impostor.device().httpPort(),
                            EncoderFamily.ULTRA_ENCODE));
            drain();

            assertEquals(before, thing.getConfiguration().getProperties());
            assertEquals(List.of(), inbox.updatedThings);
            assertEquals(0, inbox.size(), "no second entry under the other thing type");
            assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus(), "still at its own address");
        }
    }

    @ParameterizedTest
    @EnumSource(EncoderFamily.class)
    void anAnnouncementAtItsOwnAddressProposingTheOtherTypeAddsNoEntry(EncoderFamily knownAs) throws Exception {
        try (HandlerHarness h = new HandlerHarness().open()) {
            UltraStreamHandler handler = h.start();
            existingThing(h, handler, knownAs);
            InetAddress own = InetAddress.getByName(h.device().host());
            UltraStreamMulticastDiscoveryService discovery = multicast(new ManualClock());
            for (EncoderFamily product : EncoderFamily.values()) {
                discovery.announced(new MulticastAnnouncement(h.device().serialNumber(), "Stage", product.productName(),
                        own, null, 0, h.device().httpPort(), own));
            }
            drain();
            assertEquals(0, inbox.size());
            assertEquals(0, discovery.trackedCount());
            assertFalse(h.statuses.stream().map(ThingStatusInfo::getDescription)
                    .anyMatch(text -> text != null && text.startsWith("@text/status.address-announced")));
        }
    }

    @Test
    void withFollowAddressChangesAnUltraEncodeAnnouncementRepointsTheThingOfTheOtherType() throws Exception {
        try (HandlerHarness h = new HandlerHarness().open()) {
            UltraStreamHandler handler = h.start(Map.of(ExistingThings.CONFIG_FOLLOW_ADDRESS_CHANGES, true));
            Thing thing = existingThing(h, handler, EncoderFamily.ULTRA_STREAM);
            InetAddress impostor = InetAddress.getByName(IMPOSTOR_HOST);
            UltraStreamMulticastDiscoveryService discovery = multicast(new ManualClock());

            discovery.announced(new MulticastAnnouncement(h.device().serialNumber(), "Impostor", "Ultra Encode",
                    impostor, null, 0, h.device().httpPort(), impostor));
            drain();

            // The inbox double found the Thing under the result's UID: the encoder's, not the one proposed.
            assertEquals(List.of(thing.getUID()), inbox.updatedThings);
            assertEquals(IMPOSTOR_HOST, thing.getConfiguration().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME));
            assertEquals(0, inbox.size(), "an existing thing gets no inbox entry");
        }
    }

    @ParameterizedTest
    @EnumSource(EncoderFamily.class)
    void anUltraEncodeUpnpHijackLeavesTheThingOfEitherTypeAlone(EncoderFamily knownAs) throws Exception {
        try (HandlerHarness h = new HandlerHarness().open();
                UltraStreamEmulator impostor = impostorOf(h, Model.ULTRA_ENCODE_AIO)) {
            UltraStreamHandler handler = h.start();
            Thing thing = existingThing(h, handler, knownAs);
            Map<String, Object> before = new HashMap<>(thing.getConfiguration().getProperties());
            UltraStreamUpnpDiscoveryParticipant participant = new UltraStreamUpnpDiscoveryParticipant(thingRegistry,
                    Clock.systemUTC());
            RemoteDevice described = DiscoveryTestSupport.describedByJupnp(impostor.device());
            assertEquals(UltraStreamDiscoveryResults.thingUID(EncoderFamily.ULTRA_ENCODE, h.device().serialNumber()),
                    participant.getThingUID(described), "the description proposes the family's type");

            assertNull(participant.createResult(described), "no result that would re-configure the thing");
            assertTrue(tellsAbout(h, impostorAddress(impostor)), String.valueOf(h.statuses));
            assertEquals(before, thing.getConfiguration().getProperties());
            assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        }
    }

    @Test
    void aFloodOfAnnouncementsOfBothFamiliesSharesOneBudget() throws Exception {
        ManualClock clock = new ManualClock();
        UltraStreamMulticastDiscoveryService discovery = multicast(clock);
        InetAddress flooder = InetAddress.getByName(IMPOSTOR_HOST);
        for (int n = 0; n < 10_000; n++) {
            discovery.announced(announcement(n, flooder, n % 2 == 0 ? "Ultra Encode" : "Ultra Stream"));
        }
        drain();
        assertEquals(DiscoveryRateLimit.PER_SENDER, inbox.size());
        assertEquals(DiscoveryRateLimit.PER_SENDER, discovery.trackedCount());

        for (int n = 0; n < 10_000; n++) {
            discovery.announced(announcement(10_000 + n, sender(n), "Ultra Encode"));
        }
        drain();
        assertEquals(DiscoveryRateLimit.IN_ALL, inbox.size());
        ThingUID first = UltraStreamDiscoveryResults.thingUID(EncoderFamily.ULTRA_ENCODE, serial(10_000));
        assertNotNull(first);
        DiscoveryResult entry = inbox.entry(first);
        assertNotNull(entry);
        assertEquals("ultrastream:ultra-encode", entry.getThingTypeUID().getAsString());
    }
}
