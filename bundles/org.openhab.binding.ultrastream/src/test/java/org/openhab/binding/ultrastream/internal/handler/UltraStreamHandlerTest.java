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
package org.openhab.binding.ultrastream.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.ultrastream.client.Await.await;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UpdateMode;
import org.openhab.binding.ultrastream.client.VideoChanges;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.emulator.MalformedJson;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;

/**
 * The handler against an emulated encoder over loopback, with a mocked callback: every channel, every command,
 * the status transitions, re-login and reconnect.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraStreamHandlerTest {

    @RegisterExtension
    final HandlerHarness h = new HandlerHarness();

    // ---------------------------------------------------------------------------------------------------------
    // Start, channels, polling

    @Test
    void goesOnlineAfterLoginAndFirstPollAndFillsEveryChannel() throws Exception {
        h.start();

        assertEquals(ThingStatus.UNKNOWN, h.statuses.get(0).getStatus());
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        Set<String> missing = new TreeSet<>();
        HandlerHarness.staticChannels().forEach((channelId, type) -> {
            if (!"event".equals(type) && h.state(channelId) == null) {
                missing.add(channelId);
            }
        });
        assertEquals(Set.of(), missing, "channels without a state");
        assertEquals(OnOffType.ON, h.state(INPUT_SIGNAL));
        assertEquals(new StringType("1920x1080"), h.state(INPUT_RESOLUTION));
        assertInstanceOf(RawType.class, h.state(DEVICE_SNAPSHOT));
        assertEquals(h.device().serialNumber(), h.properties.get("serialNumber"));
        assertTrue(h.properties.containsKey("modelId"));
        assertTrue(h.properties.containsKey("firmwareVersion"));
    }

    @Test
    void optionsComeFromTheDevice() throws Exception {
        h.start();

        assertFalse(h.provider.options("encoding#main-resolution").isEmpty());
        assertFalse(h.provider.options("encoding#sub-frame-rate").isEmpty());
        assertFalse(h.provider.options(ENCODING_AUDIO_BITRATE).isEmpty());

        h.handler().dispose();
        assertEquals(0, h.provider.thingCount(), "options are dropped with the handler");
    }

    @Test
    void pollsOnlyTheStatusEveryIntervalAndTheSettingsOnTheSlowTimer() throws Exception {
        h.start();
        h.device().resetRequestCounts();

        for (int i = 0; i < 10; i++) {
            h.nextPoll();
        }

        assertEquals(10, h.device().requestCount("get-status"));
        assertEquals(0, h.device().requestCount("get-settings"));
        assertEquals(0, h.device().requestCount("get-info"));

        h.pass(300_000 - 50_000);
        assertEquals(1, h.device().requestCount("get-settings"));
        assertEquals(1, h.device().requestCount("get-info"));
    }

    @Test
    void unchangedStatesAreNotPublishedAgain() throws Exception {
        h.start();
        h.stateLog.clear();

        h.nextPoll();

        assertFalse(h.stateLog.contains(INPUT_RESOLUTION));
        assertFalse(h.stateLog.contains("usb#total-space"));
    }

    @Test
    void aReplyThatRepeatsTheOneBeforeIsNotMappedAgainButTheNextChangeIs() throws Exception {
        h.start();
        h.nextPoll();
        h.nextPoll(); // the emulator's replies now differ only in the device's clock
        h.stateLog.clear();
        h.events.clear();

        h.nextPoll();
        assertEquals(List.of(), h.stateLog);

        h.device().setSdInserted(false);
        h.nextPoll();
        assertTrue(h.stateLog.contains("sd#status"), String.valueOf(h.stateLog));
        assertEquals(List.of("SD_REMOVED"), h.events);
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void refreshCommandsAreCoalescedIntoOneReadEach() throws Exception {
        UltraStreamHandler handler = h.start();
        h.device().resetRequestCounts();
        h.stateLog.clear();

        for (String channelId : HandlerHarness.staticChannels().keySet()) {
            handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, channelId), RefreshType.REFRESH);
        }
        h.scheduler.runDue();

        assertEquals(1, h.device().requestCount("get-status"));
        assertEquals(1, h.device().requestCount("get-settings"));
        assertTrue(h.stateLog.contains(INPUT_RESOLUTION), "a refreshed channel is published even if unchanged");
        assertTrue(h.stateLog.contains("encoding#main-bitrate"));
    }

    @Test
    void aReadAskedForWhileTheReadBeforeIsFinishingIsNotDropped() throws Exception {
        UltraStreamHandler handler = h.start();
        // Like a rule that reacts to an event of the first read by changing the device and asking for a REFRESH.
        // It asks while the first read's job has not returned yet.
        doAnswer(call -> {
            String event = call.getArgument(2);
            h.events.add(event);
            if (EVENT_SIGNAL_LOST.equals(event)) {
                h.device().setSdInserted(false);
                handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, INPUT_SIGNAL), RefreshType.REFRESH);
            }
            return null;
        }).when(h.callback).channelTriggered(any(), any(), any());
        h.device().resetRequestCounts();

        h.device().setSignalPresent(false);
        handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, INPUT_SIGNAL), RefreshType.REFRESH);
        h.scheduler.runDue(); // no time passes: no poll, only the reads asked for

        assertEquals(List.of(EVENT_SIGNAL_LOST, "SD_REMOVED"), h.events);
        assertEquals(2, h.device().requestCount("get-status"));
    }

    @Test
    void eventsFireOnChangesBetweenPolls() throws Exception {
        h.start();
        assertEquals(List.of(), h.events);

        h.device().setSignalPresent(false);
        h.nextPoll();
        h.device().faults().diskFull(true);
        h.nextPoll();
        h.device().setSignalPresent(true);
        h.device().setSdInserted(false);
        h.nextPoll();

        assertEquals(List.of(EVENT_SIGNAL_LOST, "USB_FULL", "SD_FULL", EVENT_SIGNAL_LOCKED, "SD_REMOVED"), h.events);
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Commands

    @Test
    void recordingStartsAndStopsAndShowsAtOnce() throws Exception {
        h.start();

        h.command(RECORDING_ACTIVE, OnOffType.ON);
        assertTrue(h.device().isRecording());
        assertEquals(OnOffType.ON, h.state(RECORDING_ACTIVE));
        assertEquals(List.of(EVENT_RECORDING_STARTED), h.events);

        h.command(RECORDING_ACTIVE, OnOffType.OFF);
        assertFalse(h.device().isRecording());
        assertEquals(OnOffType.OFF, h.state(RECORDING_ACTIVE));
        assertEquals(List.of(EVENT_RECORDING_STARTED, EVENT_RECORDING_STOPPED), h.events);
    }

    @Test
    void streamServerChannelsFollowTheDeviceAndLiveStarts() throws Exception {
        UltraStreamHandler handler = h.start();
        UltraStreamClient client = h.client();
        StreamServer server = HandlerHarness.rtmpServer("Studio", "stage");
        h.await(client.addServerAsync(server));
        h.command(ENCODING_AUDIO_BITRATE, RefreshType.REFRESH); // reads get-settings

        int id = h.await(client.getSettingsAsync()).streamServer.get(0).id;
        String enabled = "stream-servers#server-" + id + "-enabled";
        assertNotNull(handler.getThing().getChannel(enabled));
        assertEquals(new StringType("Studio"), h.state("stream-servers#server-" + id + "-name"));
        assertEquals(OnOffType.OFF, h.state(enabled));

        h.command(enabled, OnOffType.ON);
        assertEquals(OnOffType.ON, h.state(enabled));
        assertEquals(1, h.await(client.getSettingsAsync()).streamServer.get(0).isUse);

        h.command(LIVE_ACTIVE, OnOffType.ON);
        assertTrue(h.device().isLive());
        assertEquals(OnOffType.ON, h.state(LIVE_ACTIVE));
        h.command(LIVE_ACTIVE, OnOffType.OFF);
        assertFalse(h.device().isLive());
        assertEquals(List.of(EVENT_LIVE_STARTED, EVENT_LIVE_STOPPED), h.events);

        h.await(client.delServerAsync(id));
        h.command(ENCODING_AUDIO_BITRATE, RefreshType.REFRESH); // reads get-settings
        assertNull(handler.getThing().getChannel(enabled));
    }

    @Test
    void nameAndApModeCommands() throws Exception {
        h.start();

        h.command(DEVICE_NAME, new StringType("Stage Left"));
        assertEquals("Stage Left", h.device().boxName());
        assertEquals(new StringType("Stage Left"), h.state(DEVICE_NAME));

        h.command(DEVICE_AP_MODE, OnOffType.ON);
        assertEquals(OnOffType.ON, h.state(DEVICE_AP_MODE));
        h.command(DEVICE_AP_MODE, OnOffType.OFF);
        assertEquals(OnOffType.OFF, h.state(DEVICE_AP_MODE));
    }

    @Test
    void encodingCommandsGoThroughSetStreamSetVideoAndSetAudio() throws Exception {
        h.start();

        h.command(ENCODING_REC_STREAM, new StringType("SUB"));
        assertEquals(new StringType("SUB"), h.state(ENCODING_REC_STREAM));
        h.command(ENCODING_LIVE_STREAM, new StringType("SUB"));
        assertEquals(new StringType("SUB"), h.state(ENCODING_LIVE_STREAM));
        h.command(ENCODING_PREVIEW_STREAM, new StringType("SUB"));
        assertEquals(new StringType("SUB"), h.state(ENCODING_PREVIEW_STREAM));
        h.command(ENCODING_REC_STREAM, new StringType("MAIN"));
        assertEquals(new StringType("MAIN"), h.state(ENCODING_REC_STREAM));

        h.command("encoding#main-resolution", new StringType("1280x720"));
        assertEquals(new StringType("1280x720"), h.state("encoding#main-resolution"));
        h.command("encoding#main-frame-rate", new DecimalType(30));
        assertEquals(new QuantityType<>(30, Units.HERTZ), h.state("encoding#main-frame-rate"));
        h.command("encoding#main-frame-rate", new QuantityType<>(25, Units.HERTZ));
        assertEquals(new QuantityType<>(25, Units.HERTZ), h.state("encoding#main-frame-rate"));
        h.command("encoding#main-bitrate", new DecimalType(2048));
        assertEquals(new QuantityType<>(2048 * 1024, Units.BIT_PER_SECOND), h.state("encoding#main-bitrate"));
        h.command("encoding#main-bitrate", new QuantityType<>(3, Units.MEGABIT_PER_SECOND));
        assertEquals(new QuantityType<>(3072 * 1024, Units.BIT_PER_SECOND), h.state("encoding#main-bitrate"),
                "3 Mbit/s is nearest the device's \"3 Mbps\"");
        h.command("encoding#main-gop", new QuantityType<>(2, Units.SECOND));
        assertEquals(new QuantityType<>(2, Units.SECOND), h.state("encoding#main-gop"));
        h.command("encoding#main-profile", new StringType("Main"));
        assertEquals(new StringType("MAIN"), h.state("encoding#main-profile"));
        h.command("encoding#main-codec", new StringType("HEVC"));
        assertEquals(new StringType("HEVC"), h.state("encoding#main-codec"));
        assertEquals(new StringType("MAIN"), h.state("encoding#main-profile"), "HEVC's first profile");

        h.command("encoding#sub-resolution", new StringType("640x360"));
        assertEquals(new StringType("640x360"), h.state("encoding#sub-resolution"));
        h.command("encoding#sub-frame-rate", new StringType("24 fps"));
        assertEquals(new QuantityType<>(24, Units.HERTZ), h.state("encoding#sub-frame-rate"));
        h.command("encoding#sub-bitrate", new DecimalType(512));
        assertEquals(new QuantityType<>(512 * 1024, Units.BIT_PER_SECOND), h.state("encoding#sub-bitrate"));
        h.command("encoding#sub-gop", new DecimalType(5));
        assertEquals(new QuantityType<>(5, Units.SECOND), h.state("encoding#sub-gop"));
        h.command("encoding#sub-profile", new StringType("BASELINE"));
        assertEquals(new StringType("BASELINE"), h.state("encoding#sub-profile"));
        h.command("encoding#sub-codec", new StringType("H.264"));
        assertEquals(new StringType("H264"), h.state("encoding#sub-codec"));

        h.command(ENCODING_AUDIO_BITRATE, new QuantityType<>(64, Units.KILOBIT_PER_SECOND));
        assertEquals(new QuantityType<>(64 * 1024, Units.BIT_PER_SECOND), h.state(ENCODING_AUDIO_BITRATE));
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void aRefusedCommandLeavesTheDeviceAndPublishesWhatIsReallySet() throws Exception {
        h.start();
        h.stateLog.clear();

        // The sub-stream must be H.264: the client refuses before sending.
        h.command("encoding#sub-codec", new StringType("HEVC"));

        assertEquals(new StringType("H264"), h.state("encoding#sub-codec"));
        assertTrue(h.stateLog.contains("encoding#sub-codec"));
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void aCommandTheChannelCannotTakeIsIgnored() throws Exception {
        h.start();

        h.command("encoding#main-resolution", new StringType("big"));
        h.command(INPUT_SIGNAL, OnOffType.OFF);

        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals(OnOffType.ON, h.state(INPUT_SIGNAL));
    }

    @Test
    void commandsWhileOfflineAreRefusedAndNotReplayed() throws Exception {
        h.start();
        h.device().faults().dropConnections(true);
        h.nextPoll();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, h.lastStatus().getStatusDetail());

        h.command(RECORDING_ACTIVE, OnOffType.ON);
        h.device().faults().dropConnections(false);
        h.pass(UltraStreamHandler.FIRST_RETRY.toMillis());

        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertFalse(h.device().isRecording());
        assertEquals(0, h.device().requestCount("start-rec"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // openHAB's threads never wait for the device

    /** Runs {@code calls} in a thread of its own, as openHAB would; whether they returned within five seconds. */
    private static boolean returnsAtOnce(Runnable calls) throws InterruptedException {
        CountDownLatch returned = new CountDownLatch(1);
        Thread openHab = new Thread(() -> {
            calls.run();
            returned.countDown();
        }, "openHAB caller");
        openHab.setDaemon(true);
        openHab.start();
        return returned.await(5, TimeUnit.SECONDS);
    }

    /** Starts the next poll in a thread of its own and waits until its get-status is held at the device. */
    private static Thread pollHeldAtTheDevice(HandlerHarness h, HeldExchange held) throws InterruptedException {
        Thread poller = new Thread(h::nextPoll, "poller");
        poller.setDaemon(true);
        poller.start();
        assertTrue(held.awaitHeld(10), "the poll did not reach the device");
        return poller;
    }

    @Test
    void refreshAndCommandsReturnAtOnceWhileAPollWaitsForTheDevice() throws Exception {
        UltraStreamHandler handler = h.start();
        h.stateLog.clear();
        boolean returned;
        boolean heldMeanwhile;
        try (HeldExchange held = HeldExchange.holdNext(h.httpClient, "get-status")) {
            Thread poller = pollHeldAtTheDevice(h, held);

            returned = returnsAtOnce(() -> {
                handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, INPUT_RESOLUTION), RefreshType.REFRESH);
                handler.channelLinked(new ChannelUID(HandlerHarness.THING_UID, ENCODING_AUDIO_BITRATE));
                handler.runAction("Action get-status", false, UltraStreamClient::getStatusAsync);
                handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, RECORDING_ACTIVE), OnOffType.ON);
                handler.rebootRequested();
            });
            heldMeanwhile = held.isHeld();
            held.release();
            poller.join(10_000);
        }
        assertTrue(returned, "an openHAB thread waited for the device");
        assertTrue(heldMeanwhile, "the calls returned only after the exchange in flight");

        // What was asked for is done once the poll is over, in one exchange at a time.
        h.scheduler.runDue();
        assertTrue(h.device().isRecording());
        assertEquals(List.of(EVENT_RECORDING_STARTED), h.events);
        assertTrue(h.stateLog.contains(INPUT_RESOLUTION), "the refreshed channel is published again");
        assertTrue(h.stateLog.contains(ENCODING_AUDIO_BITRATE), "the linked channel is published again");
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void aConfigurationUpdateReturnsAtOnceWhileAPollWaitsAndThatPollReportsNothingAfterwards() throws Exception {
        UltraStreamHandler handler = h.start();
        boolean returned;
        try (HeldExchange held = HeldExchange.holdNext(h.httpClient, "get-status")) {
            Thread poller = pollHeldAtTheDevice(h, held);
            // The held poll's reply will carry this: an event and a state of the previous handler life.
            h.device().setSignalPresent(false);

            returned = returnsAtOnce(
                    () -> handler.handleConfigurationUpdate(Map.of("refreshInterval", new BigDecimal(7))));
            h.events.clear();
            held.release();
            poller.join(10_000);
        }
        assertTrue(returned, "the configuration update waited for the device");
        h.scheduler.runDue();

        assertEquals(List.of(), h.events, "nothing of the previous life, nothing on the first connection");
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals(OnOffType.OFF, h.state(INPUT_SIGNAL));
        h.pass(h.scheduler.nextDelayMillis()); // the first poll, at a random moment of the first interval
        assertEquals(7_000, h.scheduler.nextDelayMillis(), "the polls follow the new configuration");
    }

    @Test
    void aBugWhileApplyingAReplyEndsNoJobAndThePollsGoOn() throws Exception {
        h.start();
        int[] thrown = { 0 };
        doAnswer(call -> {
            if (thrown[0]++ == 0) {
                throw new IllegalStateException("a bug in a callback");
            }
            return null;
        }).when(h.callback).channelTriggered(any(), any(), any());

        h.device().setSignalPresent(false); // the next poll fires an event, whose callback throws once
        h.nextPoll();
        assertEquals(1, thrown[0]);
        h.pass(UltraStreamHandler.FIRST_RETRY.toMillis());
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        int polls = h.device().requestCount("get-status");
        h.nextPoll();
        assertEquals(polls + 1, h.device().requestCount("get-status"), "the polls go on");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Events across reconnects

    @Test
    void whatChangedWhileTheConnectionWasLostFiresOnReconnect() throws Exception {
        h.start();
        h.device().faults().dropConnections(true);
        h.nextPoll();
        assertEquals(ThingStatus.OFFLINE, h.lastStatus().getStatus());

        h.device().setSignalPresent(false);
        h.device().setSdInserted(false);
        h.device().faults().dropConnections(false);
        h.pass(UltraStreamHandler.FIRST_RETRY.toMillis());

        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals(List.of(EVENT_SIGNAL_LOST, "SD_REMOVED"), h.events);
    }

    @Test
    void theFirstConnectionAfterInitializeFiresNothingEvenAfterAnEarlierLife() throws Exception {
        UltraStreamClient app = h.newClient("Admin", "Admin");
        await(app.startRecAsync());
        UltraStreamHandler handler = h.start();
        assertEquals(OnOffType.ON, h.state(RECORDING_ACTIVE));
        assertEquals(List.of(), h.events, "the recording already ran");

        handler.dispose();
        h.scheduler.runDue();
        await(app.stopRecAsync());
        h.device().setSignalPresent(false);
        handler.initialize();
        h.scheduler.runDue();

        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals(OnOffType.OFF, h.state(RECORDING_ACTIVE));
        assertEquals(List.of(), h.events, "nothing is compared across dispose and initialize");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Status transitions, re-login and reconnect

    @Test
    void aWrongPasswordIsAConfigurationErrorRetriedSlowly() throws Exception {
        // Without the slow settings timer, the only pending task is the retry.
        h.start(Map.of("password", "wrong", "settingsRefreshInterval", BigDecimal.ZERO));

        ThingStatusInfo status = h.lastStatus();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-credentials", status.getDescription());
        long retry = h.scheduler.nextDelayMillis();
        assertJittered(UltraStreamHandler.CREDENTIALS_RETRY.toMillis(), retry);
        int logins = h.device().requestCount("login");

        h.pass(retry - 1000);
        assertEquals(logins, h.device().requestCount("login"), "no retry storm");
        h.pass(1000);
        assertEquals(logins + 1, h.device().requestCount("login"));
        assertEquals(2, h.statuses.size(), "UNKNOWN, then the configuration error once");
    }

    @Test
    void anUnreachableDeviceIsACommunicationErrorRetriedWithBackOff() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        h.start(Map.of("port", new BigDecimal(closedPort), "settingsRefreshInterval", BigDecimal.ZERO));

        ThingStatusInfo status = h.lastStatus();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status.getStatusDetail());
        assertTrue(String.valueOf(status.getDescription()).startsWith("@text/offline.comm-error-unreachable"));
        long[] expected = { 5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000 };
        for (long nominal : expected) {
            long delay = h.scheduler.nextDelayMillis();
            assertJittered(nominal, delay);
            h.pass(delay);
        }
        assertEquals(2, h.statuses.size(), "the same offline status is not reported again");
    }

    @Test
    void reconnectsAfterTheDeviceWasSilent() throws Exception {
        h.start();
        h.device().faults().dropConnections(true);
        h.nextPoll();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, h.lastStatus().getStatusDetail());
        h.pass(UltraStreamHandler.FIRST_RETRY.toMillis());
        assertEquals(ThingStatus.OFFLINE, h.lastStatus().getStatus());

        h.device().faults().dropConnections(false);
        h.pass(2 * UltraStreamHandler.FIRST_RETRY.toMillis());

        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        h.pass(h.scheduler.nextDelayMillis()); // the first poll after the (jittered) reconnect
        assertEquals(HandlerHarness.REFRESH_MILLIS, h.scheduler.nextDelayMillis(), "polling again");
    }

    @Test
    void logsInAgainWhenTheSessionExpiresWithoutGoingOffline() throws Exception {
        h.start();
        UltraStreamClient client = h.client();
        int logins = client.loginCount();

        h.device().faults().expireSessions();
        h.nextPoll();

        assertEquals(logins + 1, client.loginCount());
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertTrue(h.statuses.stream().noneMatch(s -> s.getStatus() == ThingStatus.OFFLINE));
    }

    @Test
    void aRebootHasItsOwnTextAndTheThingComesBack() throws Exception {
        UltraStreamHandler handler = h.start();
        UltraStreamClient client = h.client();

        h.await(client.rebootAsync());
        handler.rebootRequested();
        h.nextPoll();

        assertEquals("@text/offline.comm-error-rebooting", h.lastStatus().getDescription());
        h.pass(30_000);
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void anOnlineFirmwareUpdateIsAnnouncedShownAsUpdatingAndPickedUpAfterTheReboot() throws Exception {
        h.start();
        UltraStreamClient client = h.client();

        h.await(client.onlineUpdateCheckAsync());
        h.nextPoll();
        assertEquals(OnOffType.ON, h.state(DEVICE_FIRMWARE_AVAILABLE));
        assertEquals(new StringType("1.2.123"), h.state(DEVICE_FIRMWARE_NEW_VERSION));
        assertEquals(List.of(EVENT_FIRMWARE_AVAILABLE), h.events);

        h.await(client.updateAsync(UpdateMode.ONLINE));
        h.nextPoll();
        assertEquals(ThingStatusDetail.FIRMWARE_UPDATING, h.lastStatus().getStatusDetail());
        h.nextPoll();
        h.nextPoll(); // installed: the device reboots and stops answering
        h.nextPoll();
        assertEquals(ThingStatusDetail.FIRMWARE_UPDATING, h.lastStatus().getStatusDetail());

        h.pass(60_000);
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals("1.2.123", h.properties.get("firmwareVersion"));
        assertEquals(OnOffType.OFF, h.state(DEVICE_FIRMWARE_AVAILABLE));
    }

    @Test
    void anOccupiedDeviceHasItsOwnText() throws Exception {
        UltraStreamHandler handler = h.start();
        UltraStreamClient admin = h.client();
        h.await(admin.addUserAsync("first", "one"));
        h.await(admin.addUserAsync("second", "two"));
        handler.dispose();
        h.scheduler.runDue(); // the logout
        UltraStreamClient first = h.newClient("first", "one");
        UltraStreamClient second = h.newClient("second", "two");
        await(first.loginAsync());
        await(second.loginAsync());

        h.statuses.clear();
        h.start();

        assertEquals("@text/offline.comm-error-occupied", h.lastStatus().getDescription());
        await(second.logoutAsync());
        h.pass(UltraStreamHandler.FIRST_RETRY.toMillis());
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void aChangeMadeInTheAppMeanwhileSurvivesAChannelCommandForAnotherSetting() throws Exception {
        h.start(); // the binding has read the settings: main-stream gop 1 s, live uses the main stream
        UltraStreamClient app = h.newClient("Admin", "Admin");
        try {
            // Behind the binding's back, as the encoder's app would: a key frame every 5 s, live on the sub stream.
            await(app.changeVideoAsync(EncoderStream.MAIN, VideoChanges.gop(5)));
            await(app.setStreamAsync(EncoderStream.MAIN, EncoderStream.SUB, EncoderStream.SUB));

            h.command("encoding#main-bitrate", new QuantityType<>(2, Units.MEGABIT_PER_SECOND));
            h.command(ENCODING_REC_STREAM, new StringType("SUB"));

            DeviceSettings now = await(app.getSettingsAsync());
            assertEquals(2048, now.mainStream.kbps, "the binding's change");
            assertEquals(5, now.mainStream.gop, "the app's change survives the binding's set-video");
            assertEquals(EncoderStream.SUB.code(), now.recStream, "the binding's change");
            assertEquals(EncoderStream.SUB.code(), now.liveStream,
                    "the app's change survives the binding's set-stream");
            assertEquals(new QuantityType<>(5, Units.SECOND), h.state("encoding#main-gop"),
                    "and shows after the read-back");
        } finally {
            await(app.logoutAsync());
        }
    }

    @Test
    void aMalformedReplyIsACommunicationErrorWithItsOwnText() throws Exception {
        h.start();

        h.device().faults().malformedJson(MalformedJson.GARBAGE);
        h.nextPoll();
        assertTrue(String.valueOf(h.lastStatus().getDescription()).startsWith("@text/offline.comm-error-reply"));

        h.device().faults().malformedJson(MalformedJson.NONE);
        h.pass(UltraStreamHandler.FIRST_RETRY.toMillis());
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
    }

    @Test
    void aMissingHostnameIsAConfigurationError() throws Exception {
        h.start(Map.of("hostname", " "));

        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, h.lastStatus().getStatusDetail());
        assertEquals("@text/offline.conf-error-no-hostname", h.lastStatus().getDescription());
        assertEquals(0, h.scheduler.pendingCount());
    }

    @Test
    void nothingCallsBackAfterDisposeAndTheSessionIsGivenBack() throws Exception {
        UltraStreamHandler handler = h.start();
        int sessions = h.device().sessionCount();

        handler.dispose();
        clearInvocations(h.callback);
        h.pass(3_600_000);

        verify(h.callback, never()).stateUpdated(any(), any());
        verify(h.callback, never()).statusUpdated(any(), any());
        verify(h.callback, never()).channelTriggered(any(), any(), any());
        assertEquals(sessions - 1, h.device().sessionCount());
        assertNull(handler.getClient());
        assertEquals(0, h.scheduler.pendingCount());
    }

    /** A retry comes after half the nominal back-off at the earliest and after all of it at the latest. */
    private static void assertJittered(long nominalMillis, long delayMillis) {
        assertTrue(delayMillis >= nominalMillis / 2 && delayMillis <= nominalMillis,
                delayMillis + " ms is not within [" + nominalMillis / 2 + ", " + nominalMillis + "]");
    }

    @Test
    void jitterSpreadsTheRetriesOfDevicesThatFailedTogether() {
        Set<Long> delays = new TreeSet<>();
        for (int i = 0; i < 100; i++) {
            long delay = UltraStreamHandler.jittered(Duration.ofSeconds(5)).toMillis();
            assertJittered(5_000, delay);
            delays.add(delay);
        }
        assertTrue(delays.size() > 50, "100 devices retry at " + delays.size() + " different moments only");
    }

    @Test
    void backOffDoublesUpToFiveMinutes() {
        assertEquals(5, UltraStreamHandler.backOff(1).getSeconds());
        assertEquals(10, UltraStreamHandler.backOff(2).getSeconds());
        assertEquals(160, UltraStreamHandler.backOff(6).getSeconds());
        assertEquals(300, UltraStreamHandler.backOff(7).getSeconds());
        assertEquals(300, UltraStreamHandler.backOff(1000).getSeconds());
    }

}
