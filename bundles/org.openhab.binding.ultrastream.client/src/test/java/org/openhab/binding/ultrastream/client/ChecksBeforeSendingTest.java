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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
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
class ChecksBeforeSendingTest extends EmulatorTestBase {

    @TempDir
    @NonNullByDefault({})
    Path folder;

    private void assertRefused(String method, Executable call, String messagePart) {
        int before = device().requestCount(method);
        UltraStreamPreconditionException e = assertThrows(UltraStreamPreconditionException.class, call);
        assertEquals(method, e.method());
        assertTrue(e.getMessage().contains(messagePart), "message: " + e.getMessage());
        assertEquals(before, device().requestCount(method), method + " must not reach the device");
    }

    /** A rule the device applies itself: the request reaches it, and its result code is the answer. */
    private void assertDeviceRefuses(String method, Executable call, ResultCode code) {
        int before = device().requestCount(method);
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class, call);
        assertEquals(method, e.method());
        assertEquals(code, e.resultCode());
        assertTrue(e.getMessage().contains(code.meaning()), "in plain words: " + e.getMessage());
        assertEquals(before + 1, device().requestCount(method), method + " must reach the device");
    }

    @Test
    void formatPreconditions() throws Exception {
        client().startRec();
        assertRefused("start-format-usb", client()::startFormatUsb, "recording");
        assertRefused("start-format-sd", client()::startFormatSd, "recording");
        client().stopRec();
        device().setUsbInserted(false);
        assertRefused("start-format-usb", client()::startFormatUsb, "NOT_DISK");
        device().setSdInserted(false);
        assertRefused("start-format-sd", client()::startFormatSd, "NOT_DISK");
        device().setUsbInserted(true);
        client().startTestUsb();
        assertRefused("start-format-usb", client()::startFormatUsb, "speed test");
    }

    @Test
    void aFullDiskMayBeFormattedButNotSpeedTested() throws Exception {
        device().faults().diskFull(true);
        assertRefused("start-test-usb", client()::startTestUsb, "NOT_SPACE");
        client().startFormatUsb();
        assertEquals(1, device().requestCount("start-format-usb"));
    }

    @Test
    void speedTestPreconditions() throws Exception {
        client().startFormatUsb();
        assertRefused("start-test-usb", client()::startTestUsb, "format");
        advance(Duration.ofSeconds(30));
        client().clearFormatUsb();
        client().startTestUsb();
        assertEquals(ResultCode.RET_REPEAT, client().startTestUsb(), "a repeat is the device's to answer");
        client().stopTestUsb();
        client().startRec();
        assertRefused("start-test-usb", client()::startTestUsb, "recording");
    }

    @Test
    void mutualExclusionOfRecLiveTestsAndSystemRequests() throws Exception {
        client().startRec();
        assertEquals(ResultCode.RET_REPEAT, client().startRec(), "a repeat is the device's to answer");
        assertRefused("reboot", client()::reboot, "recording");
        assertRefused("reset-all-settings", client()::resetAllSettings, "recording");
        assertRefused("update", () -> client().update(UpdateMode.ONLINE), "recording");
        // Encoding changes while recording: the device refuses them (busy); no status is read first.
        assertDeviceRefuses("set-audio", () -> client().setAudio(64), ResultCode.ERR_BUSY);
        assertDeviceRefuses("set-stream",
                () -> client().setStream(EncoderStream.MAIN, EncoderStream.MAIN, EncoderStream.SUB),
                ResultCode.ERR_BUSY);
        EncoderSettings main = client().getSettings().mainStream;
        assertDeviceRefuses("set-video", () -> client().setVideo(EncoderStream.MAIN, main), ResultCode.ERR_BUSY);
        client().stopRec();

        client().startTestServer(server("", StreamServerType.YOUTUBE, "", "key"));
        assertDeviceRefuses("start-live", client()::startLive, ResultCode.ERR_BUSY);
        assertRefused("start-test-server",
                () -> client().startTestServer(server("", StreamServerType.YOUTUBE, "", "key")), "live test runs");
        assertRefused("add-server", () -> client().addServer(server("S", StreamServerType.TWITCH, "", "k")),
                "live test");
        client().stopTestServer();
        client().startFormatUsb();
        assertDeviceRefuses("start-rec", client()::startRec, ResultCode.ERR_BUSY);
    }

    @Test
    void onlineCheckAndUpdateExcludeEachOther() throws Exception {
        client().onlineUpdateCheck(); // finds the online version update needs
        advance(Duration.ofSeconds(5));
        client().clearCheckUpdate();
        client().update(UpdateMode.ONLINE);
        assertRefused("online-update-check", client()::onlineUpdateCheck, "update");
        client().cancelDownload();
        client().clearUpgrade();
        client().onlineUpdateCheck();
        assertRefused("update", () -> client().update(UpdateMode.ONLINE), "check");
    }

    @Test
    void characterRules() throws Exception {
        assertRefused("set-name", () -> client().setName("a&method=reboot"), "may only contain");
        assertRefused("set-name", () -> client().setName(" lead"), "space");
        assertRefused("set-name", () -> client().setName("x".repeat(33)), "1 to 32");
        assertRefused("set-first-over", () -> client().setFirstOver("", null), "1 to 32");
        assertRefused("set-softap", () -> client().setSoftap(true, "AP/1", "password"), "softap-ssid");
        assertRefused("set-softap", () -> client().setSoftap(true, "AP", "pass word "), "softap-passwd");
        assertRefused("add-server", () -> client().addServer(server("Name%", StreamServerType.TWITCH, "", "k")),
                "server name");
        RecControlSettings rec = client().getSettings().recControl;
        rec.rootFolder = "a/b/c";
        assertRefused("set-rec-control", () -> client().setRecControl(rec), "at most 2 levels");
        rec.rootFolder = "/abs";
        assertRefused("set-rec-control", () -> client().setRecControl(rec), "start or end");
        rec.rootFolder = "REC_Folder";
        rec.filePrefix = "VID/";
        assertRefused("set-rec-control", () -> client().setRecControl(rec), "file prefix");
    }

    @Test
    void fourGigabyteRule() throws Exception {
        EncoderSettings main = client().getSettings().mainStream;
        main.kbps = 8192;
        client().setVideo(EncoderStream.MAIN, main); // 5 minute files at 8 Mbps are fine
        RecControlSettings rec = client().getSettings().recControl;
        rec.timeUnit = 120;
        assertRefused("set-rec-control", () -> client().setRecControl(rec), "4 GB");
        rec.timeUnit = 60;
        client().setRecControl(rec);
        assertRefused("set-audio", () -> client().setAudio(128 * 100), "not one the device offers");
        main.kbps = 4096;
        client().setVideo(EncoderStream.MAIN, main);
        rec.timeUnit = 120;
        client().setRecControl(rec);
        // The read-modify-write checks the rule with the settings it has just read: it names the longest file.
        assertRefused("set-video",
                () -> client().changeVideo(EncoderStream.MAIN, VideoChanges.bitrate(8 * 1024 * 1024)),
                "time-unit may be at most");
    }

    @Test
    void rangesFromGetInfo() throws Exception {
        assertRefused("set-audio", () -> client().setAudio(100), "not one the device offers");
        EncoderSettings main = client().getSettings().mainStream;
        main.cx = 1000;
        main.cy = 1000;
        assertRefused("set-video", () -> client().setVideo(EncoderStream.MAIN, main), "resolution");
        EncoderSettings sub = client().getSettings().subStream;
        sub.duration = 123L;
        assertRefused("set-video", () -> client().setVideo(EncoderStream.SUB, sub), "duration");
        sub.duration = client().getSettings().subStream.duration;
        sub.kbps = 5000;
        assertRefused("set-video", () -> client().setVideo(EncoderStream.SUB, sub), "kbps");
        RecControlSettings rec = client().getSettings().recControl;
        rec.timeUnit = 7;
        assertRefused("set-rec-control", () -> client().setRecControl(rec), "time-unit");
        rec.timeUnit = 5;
        rec.usbOption = RecOption.LOOP.code();
        assertRefused("set-rec-control", () -> client().setRecControl(rec), "SD card only");
        assertEquals(1, device().requestCount("get-info"), "get-info is fetched once and cached");
    }

    @Test
    void codecRules() throws Exception {
        EncoderSettings sub = client().getSettings().subStream;
        sub.codec = VideoCodec.HEVC.code();
        assertRefused("set-video", () -> client().setVideo(EncoderStream.SUB, sub), "H.264");
        EncoderSettings main = client().getSettings().mainStream;
        main.codec = VideoCodec.HEVC.code();
        main.profile = 0;
        client().setStream(EncoderStream.MAIN, EncoderStream.MAIN, EncoderStream.SUB);
        // HEVC while live uses the main stream: the device's own rule, in its own words.
        assertDeviceRefuses("set-video", () -> client().setVideo(EncoderStream.MAIN, main),
                ResultCode.ERR_CODEC_LIMITED);
        client().setStream(EncoderStream.MAIN, EncoderStream.SUB, EncoderStream.SUB);
        client().setVideo(EncoderStream.MAIN, main);
        assertDeviceRefuses("set-stream",
                () -> client().setStream(EncoderStream.MAIN, EncoderStream.MAIN, EncoderStream.SUB),
                ResultCode.ERR_CODEC_LIMITED);
    }

    @Test
    void liveServerLimits() throws Exception {
        client().addServer(server("One", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1"));
        assertRefused("add-server",
                () -> client().addServer(server("Same", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1")),
                "same live server");
        client().addServer(server("Two", StreamServerType.TWITCH, "", "k2"));
        client().addServer(server("Three", StreamServerType.YOUTUBE, "", "k3"));
        client().addServer(server("Book", StreamServerType.FACEBOOK, "", "k4"));
        List<StreamServer> servers = client().getSettings().streamServer;
        client().enableServer(servers.get(0).id, true);
        assertDeviceRefuses("enable-server", () -> client().enableServer(servers.get(3).id, true),
                ResultCode.ERR_FACEBOOK_LIMITED);
        client().enableServer(servers.get(1).id, true);
        assertDeviceRefuses("enable-server", () -> client().enableServer(servers.get(2).id, true),
                ResultCode.ERR_CHANNELS_LIMITED);
        client().enableServer(servers.get(1).id, false);
        EncoderSettings main = client().getSettings().mainStream;
        main.kbps = 8192;
        client().setVideo(EncoderStream.MAIN, main);
        assertDeviceRefuses("enable-server", () -> client().enableServer(servers.get(1).id, true),
                ResultCode.ERR_8M_LIMITED);
        assertDeviceRefuses("del-server", () -> client().delServer(999), ResultCode.ERR_NOT_FOUND);
        assertRefused("set-server", () -> client().setServer(999, servers.get(0)), "no live server");
        StreamServer auth = server("Auth", StreamServerType.CUSTOM, "rtmp://127.0.0.1/b", "k5");
        auth.isAuth = 1;
        assertRefused("add-server", () -> client().addServer(auth), "user and passwd");
        for (int i = servers.size(); i < 16; i++) {
            client().addServer(server("S" + i, StreamServerType.TWITCH, "", "key" + i));
        }
        assertRefused("add-server", () -> client().addServer(server("S16", StreamServerType.TWITCH, "", "k16")),
                "at most 16");
    }

    @Test
    void otherArguments() throws Exception {
        assertRefused("set-date-time", () -> client().setDateTime("Asia/Shang hai", true, null), "time zone");
        assertRefused("set-date-time", () -> client().setDateTime("UTC", false, null), "a time is needed");
        assertRefused("set-eth", () -> client().setEth(false, "192.168.1.300", "255.255.255.0", "192.168.1.1", ""),
                "ip");
        assertRefused("get-media-files", () -> client().getMediaFiles(DiskType.SD, -1, 5), "start");
        assertRefused("get-media-files", () -> client().getMediaFiles(DiskType.SD, 0, 0), "count");
        assertRefused("del-media-files", () -> client().delMediaFiles(DiskType.SD, List.of("../VID_1.mp4")),
                "file name");
        assertRefused("del-user", () -> client().delUser("Admin"), "logs in as");
        Path notFirmware = Files.writeString(folder.resolve("firmware.zip"), "x");
        assertRefused("upload-update-file", () -> client().uploadUpdateFile(notFirmware), ".mwf");
        assertRefused("upload-update-file", () -> client().uploadUpdateFile(folder.resolve("missing.mwf")),
                "cannot read");
    }

    @Test
    void downloadNeverWritesOutsideTheFolder() throws Exception {
        MediaFileList list = new MediaFileList();
        list.path = "/media/disk0/REC_Folder";
        MediaFile evil = new MediaFile();
        evil.name = "../../evil.mp4";
        UltraStreamPreconditionException e = assertThrows(UltraStreamPreconditionException.class,
                () -> client().downloadMediaFile(list, evil, folder));
        assertEquals("download", e.method());
        assertFalse(Files.exists(folder.getParent().resolve("evil.mp4")));
    }
}
