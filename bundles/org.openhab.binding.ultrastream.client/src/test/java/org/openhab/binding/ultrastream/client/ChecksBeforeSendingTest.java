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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.ApiCoverageTest.server;
import static org.openhab.binding.ultrastream.client.Await.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.MediaFile;
import org.openhab.binding.ultrastream.client.dto.MediaFileList;
import org.openhab.binding.ultrastream.client.dto.RecControlSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;

/**
 * Every check the client makes before sending: each violation fails with a clear message, and the device never
 * sees the refused request.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ChecksBeforeSendingTest {

    @RegisterExtension
    final EmulatedDeviceExtension emulated = new EmulatedDeviceExtension();

    private void assertRefused(String method, Executable call, String messagePart) {
        int before = emulated.device().requestCount(method);
        UltraStreamPreconditionException e = assertThrows(UltraStreamPreconditionException.class, call);
        assertEquals(method, e.method());
        assertTrue(e.getMessage().contains(messagePart), "message: " + e.getMessage());
        assertEquals(before, emulated.device().requestCount(method), method + " must not reach the device");
    }

    /** A rule the device applies itself: the request reaches it, and its result code is the answer. */
    private void assertDeviceRefuses(String method, Executable call, ResultCode code) {
        int before = emulated.device().requestCount(method);
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class, call);
        assertEquals(method, e.method());
        assertEquals(code, e.resultCode());
        assertTrue(e.getMessage().contains(code.meaning()), "in plain words: " + e.getMessage());
        assertEquals(before + 1, emulated.device().requestCount(method), method + " must reach the device");
    }

    @Test
    void formatPreconditions() throws Exception {
        await(emulated.client().startRecAsync());
        assertRefused("start-format-usb", () -> await(emulated.client().startFormatUsbAsync()), "recording");
        assertRefused("start-format-sd", () -> await(emulated.client().startFormatSdAsync()), "recording");
        await(emulated.client().stopRecAsync());
        emulated.device().setUsbInserted(false);
        assertRefused("start-format-usb", () -> await(emulated.client().startFormatUsbAsync()), "NOT_DISK");
        emulated.device().setSdInserted(false);
        assertRefused("start-format-sd", () -> await(emulated.client().startFormatSdAsync()), "NOT_DISK");
        emulated.device().setUsbInserted(true);
        await(emulated.client().startTestUsbAsync());
        assertRefused("start-format-usb", () -> await(emulated.client().startFormatUsbAsync()), "speed test");
    }

    @Test
    void aFullDiskMayBeFormattedButNotSpeedTested() throws Exception {
        emulated.device().faults().diskFull(true);
        assertRefused("start-test-usb", () -> await(emulated.client().startTestUsbAsync()), "NOT_SPACE");
        await(emulated.client().startFormatUsbAsync());
        assertEquals(1, emulated.device().requestCount("start-format-usb"));
    }

    @Test
    void speedTestPreconditions() throws Exception {
        await(emulated.client().startFormatUsbAsync());
        assertRefused("start-test-usb", () -> await(emulated.client().startTestUsbAsync()), "format");
        emulated.clock.advance(Duration.ofSeconds(30));
        await(emulated.client().clearFormatUsbAsync());
        await(emulated.client().startTestUsbAsync());
        assertEquals(ResultCode.RET_REPEAT, await(emulated.client().startTestUsbAsync()),
                "a repeat is the device's to answer");
        await(emulated.client().stopTestUsbAsync());
        await(emulated.client().startRecAsync());
        assertRefused("start-test-usb", () -> await(emulated.client().startTestUsbAsync()), "recording");
    }

    @Test
    void mutualExclusionOfRecLiveTestsAndSystemRequests() throws Exception {
        await(emulated.client().startRecAsync());
        assertEquals(ResultCode.RET_REPEAT, await(emulated.client().startRecAsync()),
                "a repeat is the device's to answer");
        assertRefused("reboot", () -> await(emulated.client().rebootAsync()), "recording");
        assertRefused("reset-all-settings", () -> await(emulated.client().resetAllSettingsAsync()), "recording");
        assertRefused("update", () -> await(emulated.client().updateAsync(UpdateMode.ONLINE)), "recording");
        // Encoding changes while recording: the device refuses them (busy); no status is read first.
        assertDeviceRefuses("set-audio", () -> await(emulated.client().setAudioAsync(64)), ResultCode.ERR_BUSY);
        assertDeviceRefuses("set-stream",
                () -> await(
                        emulated.client().setStreamAsync(EncoderStream.MAIN, EncoderStream.MAIN, EncoderStream.SUB)),
                ResultCode.ERR_BUSY);
        EncoderSettings main = await(emulated.client().getSettingsAsync()).mainStream;
        assertDeviceRefuses("set-video", () -> await(emulated.client().setVideoAsync(EncoderStream.MAIN, main)),
                ResultCode.ERR_BUSY);
        await(emulated.client().stopRecAsync());

        await(emulated.client().startTestServerAsync(server("", StreamServerType.YOUTUBE, "", "key")));
        assertDeviceRefuses("start-live", () -> await(emulated.client().startLiveAsync()), ResultCode.ERR_BUSY);
        assertRefused("start-test-server",
                () -> await(emulated.client().startTestServerAsync(server("", StreamServerType.YOUTUBE, "", "key"))),
                "live test runs");
        assertRefused("add-server",
                () -> await(emulated.client().addServerAsync(server("S", StreamServerType.TWITCH, "", "k"))),
                "live test");
        await(emulated.client().stopTestServerAsync());
        await(emulated.client().startFormatUsbAsync());
        assertDeviceRefuses("start-rec", () -> await(emulated.client().startRecAsync()), ResultCode.ERR_BUSY);
    }

    @Test
    void onlineCheckAndUpdateExcludeEachOther() throws Exception {
        await(emulated.client().onlineUpdateCheckAsync()); // finds the online version update needs
        emulated.clock.advance(Duration.ofSeconds(5));
        await(emulated.client().clearCheckUpdateAsync());
        await(emulated.client().updateAsync(UpdateMode.ONLINE));
        assertRefused("online-update-check", () -> await(emulated.client().onlineUpdateCheckAsync()), "update");
        await(emulated.client().cancelDownloadAsync());
        await(emulated.client().clearUpgradeAsync());
        await(emulated.client().onlineUpdateCheckAsync());
        assertRefused("update", () -> await(emulated.client().updateAsync(UpdateMode.ONLINE)), "check");
    }

    @Test
    void characterRules() throws Exception {
        assertRefused("set-name", () -> await(emulated.client().setNameAsync("a&method=reboot")), "may only contain");
        assertRefused("set-name", () -> await(emulated.client().setNameAsync(" lead")), "space");
        assertRefused("set-name", () -> await(emulated.client().setNameAsync("x".repeat(33))), "1 to 32");
        assertRefused("set-first-over", () -> await(emulated.client().setFirstOverAsync("", null)), "1 to 32");
        assertRefused("set-softap", () -> await(emulated.client().setSoftapAsync(true, "AP/1", "password")),
                "softap-ssid");
        assertRefused("set-softap", () -> await(emulated.client().setSoftapAsync(true, "AP", "pass word ")),
                "softap-passwd");
        assertRefused("add-server",
                () -> await(emulated.client().addServerAsync(server("Name%", StreamServerType.TWITCH, "", "k"))),
                "server name");
        RecControlSettings rec = await(emulated.client().getSettingsAsync()).recControl;
        rec.rootFolder = "a/b/c";
        assertRefused("set-rec-control", () -> await(emulated.client().setRecControlAsync(rec)), "at most 2 levels");
        rec.rootFolder = "/abs";
        assertRefused("set-rec-control", () -> await(emulated.client().setRecControlAsync(rec)), "start or end");
        rec.rootFolder = "REC_Folder";
        rec.filePrefix = "VID/";
        assertRefused("set-rec-control", () -> await(emulated.client().setRecControlAsync(rec)), "file prefix");
    }

    @Test
    void fourGigabyteRule() throws Exception {
        EncoderSettings main = await(emulated.client().getSettingsAsync()).mainStream;
        main.kbps = 8192;
        await(emulated.client().setVideoAsync(EncoderStream.MAIN, main)); // 5 minute files at 8 Mbps are fine
        RecControlSettings rec = await(emulated.client().getSettingsAsync()).recControl;
        rec.timeUnit = 120;
        assertRefused("set-rec-control", () -> await(emulated.client().setRecControlAsync(rec)), "4 GB");
        rec.timeUnit = 60;
        await(emulated.client().setRecControlAsync(rec));
        assertRefused("set-audio", () -> await(emulated.client().setAudioAsync(128 * 100)),
                "not one the device offers");
        main.kbps = 4096;
        await(emulated.client().setVideoAsync(EncoderStream.MAIN, main));
        rec.timeUnit = 120;
        await(emulated.client().setRecControlAsync(rec));
        // The read-modify-write checks the rule with the settings it has just read: it names the longest file.
        assertRefused("set-video",
                () -> await(
                        emulated.client().changeVideoAsync(EncoderStream.MAIN, VideoChanges.bitrate(8 * 1024 * 1024))),
                "time-unit may be at most");
    }

    @Test
    void rangesFromGetInfo() throws Exception {
        assertRefused("set-audio", () -> await(emulated.client().setAudioAsync(100)), "not one the device offers");
        EncoderSettings main = await(emulated.client().getSettingsAsync()).mainStream;
        main.cx = 1000;
        main.cy = 1000;
        assertRefused("set-video", () -> await(emulated.client().setVideoAsync(EncoderStream.MAIN, main)),
                "resolution");
        EncoderSettings sub = await(emulated.client().getSettingsAsync()).subStream;
        sub.duration = 123L;
        assertRefused("set-video", () -> await(emulated.client().setVideoAsync(EncoderStream.SUB, sub)), "duration");
        sub.duration = await(emulated.client().getSettingsAsync()).subStream.duration;
        sub.kbps = 5000;
        assertRefused("set-video", () -> await(emulated.client().setVideoAsync(EncoderStream.SUB, sub)), "kbps");
        RecControlSettings rec = await(emulated.client().getSettingsAsync()).recControl;
        rec.timeUnit = 7;
        assertRefused("set-rec-control", () -> await(emulated.client().setRecControlAsync(rec)), "time-unit");
        rec.timeUnit = 5;
        rec.usbOption = RecOption.LOOP.code();
        assertRefused("set-rec-control", () -> await(emulated.client().setRecControlAsync(rec)), "SD card only");
        assertEquals(1, emulated.device().requestCount("get-info"), "get-info is fetched once and cached");
    }

    @Test
    void codecRules() throws Exception {
        EncoderSettings sub = await(emulated.client().getSettingsAsync()).subStream;
        sub.codec = VideoCodec.HEVC.code();
        assertRefused("set-video", () -> await(emulated.client().setVideoAsync(EncoderStream.SUB, sub)), "H.264");
        EncoderSettings main = await(emulated.client().getSettingsAsync()).mainStream;
        main.codec = VideoCodec.HEVC.code();
        main.profile = 0;
        await(emulated.client().setStreamAsync(EncoderStream.MAIN, EncoderStream.MAIN, EncoderStream.SUB));
        // HEVC while live uses the main stream: the device's own rule, in its own words.
        assertDeviceRefuses("set-video", () -> await(emulated.client().setVideoAsync(EncoderStream.MAIN, main)),
                ResultCode.ERR_CODEC_LIMITED);
        await(emulated.client().setStreamAsync(EncoderStream.MAIN, EncoderStream.SUB, EncoderStream.SUB));
        await(emulated.client().setVideoAsync(EncoderStream.MAIN, main));
        assertDeviceRefuses("set-stream",
                () -> await(
                        emulated.client().setStreamAsync(EncoderStream.MAIN, EncoderStream.MAIN, EncoderStream.SUB)),
                ResultCode.ERR_CODEC_LIMITED);
    }

    @Test
    void liveServerLimits() throws Exception {
        await(emulated.client().addServerAsync(server("One", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1")));
        assertRefused("add-server",
                () -> await(
                        emulated.client()
                                .addServerAsync(server("Same", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1"))),
                "same live server");
        await(emulated.client().addServerAsync(server("Two", StreamServerType.TWITCH, "", "k2")));
        await(emulated.client().addServerAsync(server("Three", StreamServerType.YOUTUBE, "", "k3")));
        await(emulated.client().addServerAsync(server("Book", StreamServerType.FACEBOOK, "", "k4")));
        List<StreamServer> servers = await(emulated.client().getSettingsAsync()).streamServer;
        await(emulated.client().enableServerAsync(servers.get(0).id, true));
        assertDeviceRefuses("enable-server", () -> await(emulated.client().enableServerAsync(servers.get(3).id, true)),
                ResultCode.ERR_FACEBOOK_LIMITED);
        await(emulated.client().enableServerAsync(servers.get(1).id, true));
        assertDeviceRefuses("enable-server", () -> await(emulated.client().enableServerAsync(servers.get(2).id, true)),
                ResultCode.ERR_CHANNELS_LIMITED);
        await(emulated.client().enableServerAsync(servers.get(1).id, false));
        EncoderSettings main = await(emulated.client().getSettingsAsync()).mainStream;
        main.kbps = 8192;
        await(emulated.client().setVideoAsync(EncoderStream.MAIN, main));
        assertDeviceRefuses("enable-server", () -> await(emulated.client().enableServerAsync(servers.get(1).id, true)),
                ResultCode.ERR_8M_LIMITED);
        assertDeviceRefuses("del-server", () -> await(emulated.client().delServerAsync(999)), ResultCode.ERR_NOT_FOUND);
        assertRefused("set-server", () -> await(emulated.client().setServerAsync(999, servers.get(0))),
                "no live server");
        StreamServer auth = server("Auth", StreamServerType.CUSTOM, "rtmp://127.0.0.1/b", "k5");
        auth.isAuth = 1;
        assertRefused("add-server", () -> await(emulated.client().addServerAsync(auth)), "user and passwd");
        for (int i = servers.size(); i < 16; i++) {
            await(emulated.client().addServerAsync(server("S" + i, StreamServerType.TWITCH, "", "key" + i)));
        }
        assertRefused("add-server",
                () -> await(emulated.client().addServerAsync(server("S16", StreamServerType.TWITCH, "", "k16"))),
                "at most 16");
    }

    @Test
    void otherArguments(@TempDir Path folder) throws Exception {
        assertRefused("set-date-time", () -> await(emulated.client().setDateTimeAsync("Asia/Shang hai", true, null)),
                "time zone");
        assertRefused("set-date-time", () -> await(emulated.client().setDateTimeAsync("UTC", false, null)),
                "a time is needed");
        assertRefused("set-eth",
                () -> await(emulated.client().setEthAsync(false, "192.168.1.300", "255.255.255.0", "192.168.1.1", "")),
                "ip");
        assertRefused("get-media-files", () -> await(emulated.client().getMediaFilesAsync(DiskType.SD, -1, 5)),
                "start");
        assertRefused("get-media-files", () -> await(emulated.client().getMediaFilesAsync(DiskType.SD, 0, 0)), "count");
        assertRefused("del-media-files",
                () -> await(emulated.client().delMediaFilesAsync(DiskType.SD, List.of("../VID_1.mp4"))),
                "file name");
        assertRefused("del-user", () -> await(emulated.client().delUserAsync("Admin")), "logs in as");
        Path notFirmware = Files.writeString(folder.resolve("firmware.zip"), "x");
        assertRefused("upload-update-file", () -> await(emulated.client().uploadUpdateFileAsync(notFirmware)), ".mwf");
        assertRefused("upload-update-file",
                () -> await(emulated.client().uploadUpdateFileAsync(folder.resolve("missing.mwf"))),
                "cannot read");
    }

    @Test
    void downloadNeverWritesOutsideTheFolder(@TempDir Path folder) throws Exception {
        UltraStreamPreconditionException e = assertThrows(UltraStreamPreconditionException.class,
                () -> await(
                        emulated.client().downloadMediaFileAsync(recFolder(), mediaFile("../../evil.mp4"), folder)));
        assertEquals("download", e.method());
        assertFalse(Files.exists(folder.getParent().resolve("evil.mp4")));
    }

    /** A listing of the recording folder, as get-media-files names it, without asking the device. */
    static MediaFileList recFolder() {
        MediaFileList list = new MediaFileList();
        list.path = "/media/disk0/REC_Folder";
        return list;
    }

    static MediaFile mediaFile(String name) {
        MediaFile file = new MediaFile();
        file.name = name;
        return file;
    }
}
