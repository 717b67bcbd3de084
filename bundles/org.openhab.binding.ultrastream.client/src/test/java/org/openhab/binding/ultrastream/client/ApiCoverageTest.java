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

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.FirmwareUploadReply;
import org.openhab.binding.ultrastream.client.dto.MediaFile;
import org.openhab.binding.ultrastream.client.dto.MediaFileList;
import org.openhab.binding.ultrastream.client.dto.RecControlSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.client.dto.User;

/**
 * Every API method of the document, called through the client against the emulator over loopback, with its
 * effect checked in the device's replies or observations.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ApiCoverageTest extends EmulatorTestBase {

    @TempDir
    @NonNullByDefault({})
    Path folder;

    @Test
    void pingAndTheThreeReads() throws Exception {
        assertTrue(client().ping().curStatus >= 0);
        DeviceInfo info = client().getInfo();
        assertEquals(device().serialNumber(), info.product.sn);
        assertFalse(info.codecCap.videoKbps.isEmpty());
        assertFalse(info.recControl.timeUnit.isEmpty());
        assertSame(info, client().cachedInfo());
        assertEquals(1, device().requestCount("get-info"));
        DeviceStatus status = client().getStatus();
        assertEquals(device().boxName(), status.boxName);
        assertTrue(status.formatStatus.isIdle());
        DeviceSettings settings = client().getSettings();
        assertEquals(device().boxName(), settings.name);
        assertTrue(settings.mainStream.kbps > 0);
    }

    @Test
    void recAndLive() throws Exception {
        assertEquals(ResultCode.RET_SUCCEED, client().startRec());
        assertTrue(device().isRecording());
        assertTrue(client().getStatus().statusFlags().contains(DeviceStatusFlag.STATUS_RECORD));
        client().stopRec();
        assertFalse(device().isRecording());

        client().addServer(server("Stream One", StreamServerType.CUSTOM, "rtmp://127.0.0.1/live", "k1"));
        int id = client().getSettings().streamServer.get(0).id;
        client().enableServer(id, true);
        client().startLive();
        assertTrue(device().isLive());
        advance(Duration.ofSeconds(5));
        DeviceStatus status = client().getStatus();
        List<PushTarget> targets = PushTarget.of(status.liveStatus, client().getSettings());
        assertEquals(id, targets.get(0).server().id);
        assertTrue(targets.get(0).isConnected(), "state " + targets.get(0).state());
        client().stopLive();
        assertFalse(device().isLive());
    }

    @Test
    void deviceSettings() throws Exception {
        client().setName("Studio A-1");
        assertEquals("Studio A-1", device().boxName());
        client().setAppSettings(true);
        assertEquals(1, client().getSettings().isSettings);
        // the pairing password is the administrator's login password; the client follows it for re-logins
        client().disableAppPasswd("Admin");
        assertEquals(0, client().getSettings().passwd);
        client().enableAppPasswd("pair1");
        client().changeAppPasswd("pair1", "pair2");
        device().faults().expireSessions();
        assertEquals(1, client().getSettings().passwd);
        client().setFirstOver("Studio B", "pair3");
        device().faults().expireSessions();
        client().setFirstOver("Studio C", null);
        assertEquals("Studio C", device().boxName());
        assertEquals(3, client().loginCount());
        UltraStreamDeviceException wrong = assertThrows(UltraStreamDeviceException.class,
                () -> client().disableAppPasswd("not-it"));
        assertEquals(ResultCode.ERR_PASSWD, wrong.resultCode());

        RecControlSettings rec = client().getSettings().recControl;
        rec.rootFolder = "Shows/Monday";
        rec.filePrefix = "EP";
        rec.timeUnit = 10;
        rec.sdOption = RecOption.LOOP.code();
        client().setRecControl(rec);
        RecControlSettings stored = client().getSettings().recControl;
        assertEquals("Shows/Monday", stored.rootFolder);
        assertEquals("EP", stored.filePrefix);
        assertEquals(10, stored.timeUnit);
        assertEquals(2, stored.sdOption);

        client().setSoftap(false, "MyAP", "secret12");
        assertEquals("MyAP", client().getSettings().softap.softapSsid);
        assertEquals(0, client().getSettings().softap.isVisible);
        client().setDateTime("Asia/Shanghai", true, null);
        assertEquals("Asia/Shanghai", client().getSettings().dateTime.timezone);
        client().setDateTime("UTC", false, LocalDateTime.of(2024, 5, 6, 7, 8, 9));
        assertEquals(0, client().getSettings().dateTime.isAuto);
        client().setSignalLostCtrl(true);
        assertEquals(1, client().getSettings().isSignalLost);
        client().setSsdp(false);
        assertEquals(0, client().getSettings().isSsdp);
        client().setAutoRec(true);
        assertEquals(1, client().getSettings().isAutoRec);
    }

    @Test
    void formatSpeedTestAndClears() throws Exception {
        client().startFormatUsb();
        assertTrue(client().getStatus().statusFlags().contains(DeviceStatusFlag.STATUS_FORMAT_DISK));
        advance(Duration.ofSeconds(30));
        assertEquals(ResultCode.RET_SUCCEED, client().getStatus().formatStatus.resultCode());
        client().clearFormatUsb();
        assertTrue(client().getStatus().formatStatus.isIdle());

        client().startFormatSd();
        advance(Duration.ofSeconds(30));
        client().clearFormatUsb();

        client().startTestUsb();
        assertTrue(client().getStatus().diskTest.isRunning());
        client().stopTestUsb();
        client().clearTestUsb();
        client().startTestUsb();
        advance(Duration.ofSeconds(30));
        DeviceStatus done = client().getStatus();
        assertEquals(ResultCode.RET_SUCCEED, done.diskTest.resultCode());
        assertNotNull(RecordingFigures.isFastEnough(client().getSettings(), done.diskTest));
        client().clearTestUsb();
        assertTrue(client().getStatus().diskTest.isIdle());
    }

    @Test
    void mediaFilesListDownloadAndDelete() throws Exception {
        client().startRec();
        advance(Duration.ofMinutes(12));
        client().stopRec();
        MediaFileList list = client().getMediaFiles(DiskType.USB, 0, 10);
        assertFalse(list.mediaFiles.isEmpty(), "recording must have left files");
        MediaFile file = list.mediaFiles.get(0);
        Path downloaded = client().downloadMediaFile(list, file, folder);
        assertEquals(folder.resolve(file.name).toAbsolutePath(), downloaded);
        assertTrue(Files.size(downloaded) > 0);
        try (var leftovers = Files.list(folder)) {
            assertEquals(1, leftovers.count(), "no partial file left behind");
        }
        client().delMediaFiles(DiskType.USB, List.of(file.name));
        assertTrue(client().getMediaFiles(DiskType.USB, 0, 100).mediaFiles.stream()
                .noneMatch(f -> f.name.equals(file.name)));
    }

    @Test
    void liveServers() throws Exception {
        client().addServer(server("First", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1"));
        StreamServer stored = client().getSettings().streamServer.get(0);
        stored.name = "Renamed";
        client().setServer(stored.id, stored);
        assertEquals("Renamed", client().getSettings().streamServer.get(0).name);
        client().enableServer(stored.id, true);
        assertEquals(1, client().getSettings().streamServer.get(0).isUse);
        client().enableServer(stored.id, false);
        client().startTestServer(server("", StreamServerType.YOUTUBE, "", "yt-key"));
        assertTrue(client().getStatus().livingTest.isRunning());
        client().stopTestServer();
        client().clearTestServer();
        assertTrue(client().getStatus().livingTest.isIdle());
        client().delServer(stored.id);
        assertTrue(client().getSettings().streamServer.isEmpty());
    }

    @Test
    void encoding() throws Exception {
        client().setStream(EncoderStream.SUB, EncoderStream.MAIN, EncoderStream.SUB);
        DeviceSettings settings = client().getSettings();
        assertEquals(1, settings.recStream);
        assertEquals(0, settings.liveStream);
        EncoderSettings sub = settings.subStream;
        sub.kbps = 2048;
        sub.cx = 1280;
        sub.cy = 720;
        client().setVideo(EncoderStream.SUB, sub);
        assertEquals(2048, client().getSettings().subStream.kbps);
        client().setAudio(96);
        assertEquals(96, client().getSettings().audio.kbps);
    }

    @Test
    void users() throws Exception {
        client().addUser("Operator", "op-pass");
        assertTrue(client().getUsers().users.stream().anyMatch(u -> u.id.equals("Operator")));
        User admin = client().getUsers().users.stream().filter(u -> u.id.equals("Admin")).findFirst().orElseThrow();
        assertTrue(admin.isAdministrator());
        client().setPassword("Operator", "op-pass-2");
        UltraStreamClient operator = newClient("Operator", "op-pass-2");
        operator.getStatus();
        operator.chPassword("op-pass-2", "op-pass-3");
        device().faults().expireSessions();
        operator.getStatus(); // re-login uses the new password
        assertEquals(2, operator.loginCount());
        operator.logout();
        client().delUser("Operator");
        assertTrue(client().getUsers().users.stream().noneMatch(u -> u.id.equals("Operator")));
    }

    @Test
    void network() throws Exception {
        client().setEth(false, "192.168.1.50", "255.255.255.0", "192.168.1.1", "192.168.1.1");
        assertEquals("192.168.1.50", client().getSettings().eth.ip);
        client().setEth(true, "", "", "", "");
        assertEquals(1, client().getSettings().eth.isDhcp);
        client().closeSoftap();
        assertFalse(client().getStatus().statusFlags().contains(DeviceStatusFlag.STATUS_SOFTAP));
        client().openSoftap();
        assertTrue(client().getStatus().statusFlags().contains(DeviceStatusFlag.STATUS_SOFTAP));
        client().disconnWifi();
    }

    @Test
    void firmware() throws Exception {
        Path firmware = folder.resolve("ultra_stream_hdmi_1_2_123.mwf");
        byte[] chunk = new byte[64 * 1024];
        new Random(1).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(firmware)) {
            for (int i = 0; i < 48; i++) { // 3 MiB
                out.write(chunk);
            }
        }
        FirmwareUploadReply uploaded = client().uploadUpdateFile(firmware);
        assertEquals(Files.size(firmware), uploaded.size);
        assertEquals(1, device().requestCount("upload-update-file"));

        client().onlineUpdateCheck();
        advance(Duration.ofSeconds(5));
        assertEquals(ResultCode.RET_SUCCEED, client().getStatus().checkUpgrade.resultCode());
        client().clearCheckUpdate();
        assertTrue(client().getStatus().checkUpgrade.isIdle());

        client().update(UpdateMode.ONLINE);
        client().cancelDownload();
        client().clearUpgrade();
        assertTrue(client().getStatus().upgradeStatus.isIdle());
    }

    /** The upload reply's code comes as {@code status} (the method's section) or {@code result} (the demo output). */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void uploadReplyWithStatusOrResult(boolean withResult) throws Exception {
        device().faults().uploadReplyWithResult(withResult);
        Path firmware = Files.write(folder.resolve("ultra_stream_hdmi_rev_c_1_2_130.mwf"), new byte[100]);
        FirmwareUploadReply uploaded = client().uploadUpdateFile(firmware);
        assertEquals("1.2.130", uploaded.version);
        assertTrue(uploaded.upToDate);
        Path otherModel = Files.write(folder.resolve("ultra_stream_sdi_1_2_130.mwf"), new byte[100]);
        UltraStreamDeviceException refused = assertThrows(UltraStreamDeviceException.class,
                () -> client().uploadUpdateFile(otherModel));
        assertEquals(ResultCode.ERR_MWF_UNSUPPORTED, refused.resultCode());
    }

    @Test
    void snapshot() throws Exception {
        Snapshot snapshot = client().getSnapshot();
        assertTrue(snapshot.bytes().length > 2);
        assertEquals((byte) 0xFF, snapshot.bytes()[0], "a JPEG starts with FF D8");
        assertEquals((byte) 0xD8, snapshot.bytes()[1]);
        assertTrue(snapshot.mediaType().startsWith("image/"));
    }

    @Test
    void rebootResetAndLogout() throws Exception {
        client().setName("Before Reset");
        client().resetAllSettings();
        advance(Duration.ofSeconds(30));
        assertNotEquals("Before Reset", client().getSettings().name);
        client().reboot();
        advance(Duration.ofSeconds(30));
        assertTrue(client().ping().curStatus >= 0);
        client().getStatus(); // logs in again after the reboot
        int sessions = device().sessionCount();
        client().logout();
        assertEquals(sessions - 1, device().sessionCount());
    }

    @Test
    void expiredSessionIsRenewedOnce() throws Exception {
        client().getStatus();
        device().faults().expireSessions();
        client().getStatus();
        assertEquals(2, client().loginCount());
        assertEquals(2, device().requestCount("login"));
    }

    static StreamServer server(String name, StreamServerType type, String url, String key) {
        StreamServer server = new StreamServer();
        server.name = name;
        server.type = type.code();
        server.url = url;
        server.key = key;
        server.netMode = NetMode.ETHERNET_FIRST.code();
        return server;
    }
}
