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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.Await.await;
import static org.openhab.binding.ultrastream.internal.action.EmulatedEncoder.awaitTrue;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.VideoChanges;
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The rule actions against an emulated encoder behind a real handler, over loopback. Each test checks what the
 * device did (its own observations or its settings), not only what the action returned.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraStreamActionsTest {

    @RegisterExtension
    final EmulatedEncoder encoder = new EmulatedEncoder("C301261125301");
    private final UltraStreamActions actions = new UltraStreamActions();

    @BeforeEach
    void connectTheActions() {
        actions.setThingHandler(encoder.handler());
    }

    private UltraStreamClient client() {
        return Objects.requireNonNull(encoder.handler().getClient());
    }

    private @Nullable DeviceStatus latestStatus() {
        return encoder.handler().getLatestStatus();
    }

    @Test
    void aChangeMadeInTheAppMeanwhileSurvivesTheSetVideoAndSetStreamActions() throws Exception {
        // The encoder's app: a second client of the device, which changes settings behind the binding's back.
        UltraStreamClient app = encoder.newClient("Admin", "Admin");
        try {
            await(app.changeVideoAsync(EncoderStream.MAIN, VideoChanges.gop(5)));
            await(app.setStreamAsync(EncoderStream.MAIN, EncoderStream.SUB, EncoderStream.SUB));

            assertTrue(UltraStreamActions.setVideo(actions, "main", null, null, 2048, null, null, null));
            assertTrue(UltraStreamActions.setStream(actions, "sub", null, null));

            DeviceSettings now = await(app.getSettingsAsync());
            assertEquals(2048, now.mainStream.kbps, "the action's change");
            assertEquals(5, now.mainStream.gop, "the app's change survives the action's set-video");
            assertEquals(EncoderStream.SUB.code(), now.recStream, "the action's change");
            assertEquals(EncoderStream.SUB.code(), now.liveStream, "the app's change survives the action's set-stream");
        } finally {
            await(app.logoutAsync());
        }
    }

    @Test
    void recordingStartsAndStopsAndTheHandlerReadsTheNewStateAtOnce() throws Exception {
        assertTrue(UltraStreamActions.startRecording(actions));
        assertTrue(encoder.device().isRecording());
        // The handler polls once an hour here: only the action's refresh can bring the new state this soon.
        awaitTrue(() -> hasFlag(latestStatus(), DeviceStatusFlag.STATUS_RECORD), "no refresh after start-rec");

        assertTrue(UltraStreamActions.stopRecording(actions));
        assertFalse(encoder.device().isRecording());
        awaitTrue(() -> !hasFlag(latestStatus(), DeviceStatusFlag.STATUS_RECORD), "no status after stop-rec");
    }

    @Test
    void streamServersAreAddedEnabledUsedForLiveChangedDeletedAndTested() throws Exception {
        assertTrue(UltraStreamActions.addStreamServer(actions, "Studio", "custom", "rtmp://127.0.0.1/live", "key-1",
                null, null));
        StreamServer added = server("Studio");
        assertEquals("rtmp://127.0.0.1/live", added.url);
        assertEquals(0, added.isAuth);

        assertTrue(UltraStreamActions.enableStreamServer(actions, added.id, true));
        assertEquals(1, server("Studio").isUse);
        assertTrue(UltraStreamActions.startLive(actions));
        assertTrue(encoder.device().isLive());
        assertTrue(UltraStreamActions.stopLive(actions));
        assertFalse(encoder.device().isLive());

        assertTrue(UltraStreamActions.setStreamServer(actions, added.id, "Studio 2", "CUSTOM",
                "rtmp://127.0.0.1/other", "key-2", "user", "secret"));
        StreamServer changed = server("Studio 2");
        assertEquals(added.id, changed.id);
        assertEquals(1, changed.isAuth);
        assertEquals("user", changed.user);

        assertTrue(UltraStreamActions.deleteStreamServer(actions, added.id));
        assertTrue(
                await(client().getSettingsAsync()).streamServer.stream().noneMatch(s -> s != null && s.id == added.id));
        assertFalse(UltraStreamActions.deleteStreamServer(actions, added.id), "it is gone");

        // Last: while the push test runs (20 s), the device refuses any change to the servers.
        assertTrue(UltraStreamActions.addStreamServer(actions, "Probe", "YOUTUBE", null, "key-3", null, null));
        assertTrue(UltraStreamActions.testStreamServer(actions, server("Probe").id));
        assertEquals(1, encoder.device().requestCount("start-test-server"));
    }

    @Test
    void formattingNeedsAnExplicitConfirmation() throws Exception {
        assertFalse(UltraStreamActions.formatUsb(actions, false));
        assertFalse(UltraStreamActions.formatSd(actions, false));
        assertEquals(0, encoder.device().requestCount("start-format-usb"));
        assertEquals(0, encoder.device().requestCount("start-format-sd"));

        assertTrue(UltraStreamActions.formatUsb(actions, true));
        assertEquals(1, encoder.device().requestCount("start-format-usb"));
    }

    @Test
    void theUsbSpeedTestStarts() {
        assertTrue(UltraStreamActions.startUsbSpeedTest(actions));
        assertEquals(1, encoder.device().requestCount("start-test-usb"));
    }

    @Test
    void encodingChangesReachTheDevice() throws Exception {
        CodecCap cap = await(client().cachedInfoAsync()).codecCap;
        DeviceSettings before = await(client().getSettingsAsync());

        assertTrue(UltraStreamActions.setStream(actions, "sub", null, ""));
        DeviceSettings streams = await(client().getSettingsAsync());
        assertEquals(EncoderStream.SUB.code(), streams.recStream);
        assertEquals(before.liveStream, streams.liveStream, "what the action leaves out is kept");
        assertEquals(before.mwsStream, streams.mwsStream);

        int kbps = (int) otherThan(cap.videoKbps, before.subStream.kbps).value;
        assertTrue(UltraStreamActions.setVideo(actions, "SUB", null, null, kbps, null, null, null));
        DeviceSettings video = await(client().getSettingsAsync());
        assertEquals(kbps, video.subStream.kbps);
        assertEquals(before.subStream.cx, video.subStream.cx, "what the action leaves out is kept");

        int audio = (int) otherThan(cap.audioKbps, before.audio.kbps).value;
        assertTrue(UltraStreamActions.setAudio(actions, audio));
        assertEquals(audio, await(client().getSettingsAsync()).audio.kbps);
    }

    @Test
    void mediaFilesAreListedAndDeleted() throws Exception {
        for (int recording = 0; recording < 3; recording++) {
            assertTrue(UltraStreamActions.startRecording(actions));
            encoder.clock.advance(Duration.ofSeconds(10));
            assertTrue(UltraStreamActions.stopRecording(actions));
            encoder.clock.advance(Duration.ofSeconds(2));
        }
        List<String> files = UltraStreamActions.listMediaFiles(actions, "USB", 0, 10);
        assertEquals(3, files.size(), "each recording leaves a file: " + files);

        // as the rule editor passes them: one text, names separated by commas or lines
        assertTrue(UltraStreamActions.deleteMediaFiles(actions, "usb", " " + files.get(0) + " ,\n" + files.get(1)));
        assertEquals(List.of(files.get(2)), UltraStreamActions.listMediaFiles(actions, "USB", 0, 10));
        // as a script that holds a list passes them
        assertTrue(UltraStreamActions.deleteMediaFiles(actions, "usb", List.of(files.get(2))));
        assertEquals(List.of(), UltraStreamActions.listMediaFiles(actions, "USB", 0, 10));
        // no name at all is refused before anything is sent
        assertFalse(UltraStreamActions.deleteMediaFiles(actions, "usb", " , "));
    }

    @Test
    void firmwareDateTimeAndReboot() throws Exception {
        assertTrue(UltraStreamActions.checkFirmwareUpdate(actions));
        EmulatedEncoder.awaitTrue(() -> encoder.device().requestCount("online-update-check") == 1,
                "the check did not reach the encoder");

        assertTrue(UltraStreamActions.setDateTime(actions, "Europe/Berlin", "2026-03-04 05:06:07"));
        assertEquals("Europe/Berlin", await(client().getSettingsAsync()).dateTime.timezone);
        assertTrue(UltraStreamActions.setDateTime(actions, "UTC", null), "no time: network time");
        assertEquals(1, await(client().getSettingsAsync()).dateTime.isAuto);

        assertTrue(UltraStreamActions.reboot(actions));
        assertEquals(1, encoder.device().requestCount("reboot"));
    }

    @Test
    void wrongArgumentsAreRefusedBeforeAnythingIsSent() {
        encoder.device().resetRequestCounts();
        assertFalse(UltraStreamActions.setStream(actions, "sideways", null, null));
        assertFalse(UltraStreamActions.setVideo(actions, "MAIN", "wide", null, null, null, null, null));
        assertFalse(UltraStreamActions.addStreamServer(actions, "x", "myspace", "rtmp://h/a", "k", null, null));
        assertFalse(UltraStreamActions.setDateTime(actions, "UTC", "tomorrow"));
        assertEquals(List.of(), UltraStreamActions.listMediaFiles(actions, "floppy", 0, 10));
        assertEquals(0, encoder.device().requestCount("set-stream"));
        assertEquals(0, encoder.device().requestCount("set-video"));
        assertEquals(0, encoder.device().requestCount("add-server"));
        assertEquals(0, encoder.device().requestCount("set-date-time"));
        assertEquals(0, encoder.device().requestCount("get-media-files"));
    }

    @Test
    void anOfflineThingRefusesEveryAction() throws Exception {
        encoder.handler().dispose();
        assertFalse(UltraStreamActions.startRecording(actions));
        assertFalse(UltraStreamActions.formatUsb(actions, true));
        assertEquals(List.of(), UltraStreamActions.listMediaFiles(actions, "USB", 0, 10));
        // (The handler may still log out while it disposes: count only what the actions would have sent.)
        assertEquals(0, encoder.device().requestCount("start-rec"));
        assertEquals(0, encoder.device().requestCount("start-format-usb"));
        assertEquals(0, encoder.device().requestCount("get-media-files"));

        ThingActions withoutHandler = new UltraStreamActions();
        assertFalse(UltraStreamActions.reboot(withoutHandler));
        assertFalse(encoder.device().isRecording());
    }

    private StreamServer server(String name) throws Exception {
        return await(client().getSettingsAsync()).streamServer.stream().filter(s -> s != null && name.equals(s.name))
                .findFirst().orElseThrow(() -> new AssertionError("no stream server named " + name));
    }

    private static NamedValue otherThan(List<NamedValue> offered, long current) {
        return offered.stream().filter(option -> option != null && option.value != current).findFirst()
                .orElseThrow(() -> new AssertionError("the emulator offers only " + current));
    }

    private static boolean hasFlag(@Nullable DeviceStatus status, DeviceStatusFlag flag) {
        return status != null && status.statusFlags().contains(flag);
    }
}
