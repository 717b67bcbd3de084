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
import static org.openhab.binding.ultrastream.client.Await.await;

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
        assertTrue(await(client().pingAsync()).curStatus >= 0);
        DeviceInfo info = await(client().getInfoAsync());
        assertEquals(device().serialNumber(), info.product.sn);
        assertFalse(info.codecCap.videoKbps.isEmpty());
        assertFalse(info.recControl.timeUnit.isEmpty());
        assertSame(info, await(client().cachedInfoAsync()));
        assertEquals(1, device().requestCount("get-info"));
        DeviceStatus status = await(client().getStatusAsync());
        assertEquals(device().boxName(), status.boxName);
        assertTrue(status.formatStatus.isIdle());
        DeviceSettings settings = await(client().getSettingsAsync());
        assertEquals(device().boxName(), settings.name);
        assertTrue(settings.mainStream.kbps > 0);
    }

    @Test
    void recAndLive() throws Exception {
        assertEquals(ResultCode.RET_SUCCEED, await(client().startRecAsync()));
        assertTrue(device().isRecording());
        assertTrue(await(client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_RECORD));
        await(client().stopRecAsync());
        assertFalse(device().isRecording());

        await(client().addServerAsync(server("Stream One", StreamServerType.CUSTOM, "rtmp://127.0.0.1/live", "k1")));
        int id = await(client().getSettingsAsync()).streamServer.get(0).id;
        await(client().enableServerAsync(id, true));
        await(client().startLiveAsync());
        assertTrue(device().isLive());
        advance(Duration.ofSeconds(5));
        DeviceStatus status = await(client().getStatusAsync());
        List<PushTarget> targets = PushTarget.of(status.liveStatus, await(client().getSettingsAsync()));
        assertEquals(id, targets.get(0).server().id);
        assertTrue(targets.get(0).isConnected(), "state " + targets.get(0).state());
        await(client().stopLiveAsync());
        assertFalse(device().isLive());
    }

    @Test
    void deviceSettings() throws Exception {
        await(client().setNameAsync("Studio A-1"));
        assertEquals("Studio A-1", device().boxName());
        await(client().setAppSettingsAsync(true));
        assertEquals(1, await(client().getSettingsAsync()).isSettings);
        // the pairing password is the administrator's login password; the client follows it for re-logins
        await(client().disableAppPasswdAsync("Admin"));
        assertEquals(0, await(client().getSettingsAsync()).passwd);
        await(client().enableAppPasswdAsync("pair1"));
        await(client().changeAppPasswdAsync("pair1", "pair2"));
        device().faults().expireSessions();
        assertEquals(1, await(client().getSettingsAsync()).passwd);
        await(client().setFirstOverAsync("Studio B", "pair3"));
        device().faults().expireSessions();
        await(client().setFirstOverAsync("Studio C", null));
        assertEquals("Studio C", device().boxName());
        assertEquals(3, client().loginCount());
        UltraStreamDeviceException wrong = assertThrows(UltraStreamDeviceException.class,
                () -> await(client().disableAppPasswdAsync("not-it")));
        assertEquals(ResultCode.ERR_PASSWD, wrong.resultCode());

        RecControlSettings rec = await(client().getSettingsAsync()).recControl;
        rec.rootFolder = "Shows/Monday";
        rec.filePrefix = "EP";
        rec.timeUnit = 10;
        rec.sdOption = RecOption.LOOP.code();
        await(client().setRecControlAsync(rec));
        RecControlSettings stored = await(client().getSettingsAsync()).recControl;
        assertEquals("Shows/Monday", stored.rootFolder);
        assertEquals("EP", stored.filePrefix);
        assertEquals(10, stored.timeUnit);
        assertEquals(2, stored.sdOption);

        await(client().setSoftapAsync(false, "MyAP", "secret12"));
        assertEquals("MyAP", await(client().getSettingsAsync()).softap.softapSsid);
        assertEquals(0, await(client().getSettingsAsync()).softap.isVisible);
        await(client().setDateTimeAsync("Asia/Shanghai", true, null));
        assertEquals("Asia/Shanghai", await(client().getSettingsAsync()).dateTime.timezone);
        await(client().setDateTimeAsync("UTC", false, LocalDateTime.of(2024, 5, 6, 7, 8, 9)));
        assertEquals(0, await(client().getSettingsAsync()).dateTime.isAuto);
        await(client().setSignalLostCtrlAsync(true));
        assertEquals(1, await(client().getSettingsAsync()).isSignalLost);
        await(client().setSsdpAsync(false));
        assertEquals(0, await(client().getSettingsAsync()).isSsdp);
        await(client().setAutoRecAsync(true));
        assertEquals(1, await(client().getSettingsAsync()).isAutoRec);
    }

    @Test
    void formatSpeedTestAndClears() throws Exception {
        await(client().startFormatUsbAsync());
        assertTrue(await(client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_FORMAT_DISK));
        advance(Duration.ofSeconds(30));
        assertEquals(ResultCode.RET_SUCCEED, await(client().getStatusAsync()).formatStatus.resultCode());
        await(client().clearFormatUsbAsync());
        assertTrue(await(client().getStatusAsync()).formatStatus.isIdle());

        await(client().startFormatSdAsync());
        advance(Duration.ofSeconds(30));
        await(client().clearFormatUsbAsync());

        await(client().startTestUsbAsync());
        assertTrue(await(client().getStatusAsync()).diskTest.isRunning());
        await(client().stopTestUsbAsync());
        await(client().clearTestUsbAsync());
        await(client().startTestUsbAsync());
        advance(Duration.ofSeconds(30));
        DeviceStatus done = await(client().getStatusAsync());
        assertEquals(ResultCode.RET_SUCCEED, done.diskTest.resultCode());
        assertNotNull(RecordingFigures.isFastEnough(await(client().getSettingsAsync()), done.diskTest));
        await(client().clearTestUsbAsync());
        assertTrue(await(client().getStatusAsync()).diskTest.isIdle());
    }

    @Test
    void mediaFilesListDownloadAndDelete() throws Exception {
        await(client().startRecAsync());
        advance(Duration.ofMinutes(12));
        await(client().stopRecAsync());
        MediaFileList list = await(client().getMediaFilesAsync(DiskType.USB, 0, 10));
        assertFalse(list.mediaFiles.isEmpty(), "recording must have left files");
        MediaFile file = list.mediaFiles.get(0);
        Path downloaded = await(client().downloadMediaFileAsync(list, file, folder));
        assertEquals(folder.resolve(file.name).toAbsolutePath(), downloaded);
        assertTrue(Files.size(downloaded) > 0);
        try (var leftovers = Files.list(folder)) {
            assertEquals(1, leftovers.count(), "no partial file left behind");
        }
        await(client().delMediaFilesAsync(DiskType.USB, List.of(file.name)));
        assertTrue(await(client().getMediaFilesAsync(DiskType.USB, 0, 100)).mediaFiles.stream()
                .noneMatch(f -> f.name.equals(file.name)));
    }

    @Test
    void liveServers() throws Exception {
        await(client().addServerAsync(server("First", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1")));
        StreamServer stored = await(client().getSettingsAsync()).streamServer.get(0);
        stored.name = "Renamed";
        await(client().setServerAsync(stored.id, stored));
        assertEquals("Renamed", await(client().getSettingsAsync()).streamServer.get(0).name);
        await(client().enableServerAsync(stored.id, true));
        assertEquals(1, await(client().getSettingsAsync()).streamServer.get(0).isUse);
        await(client().enableServerAsync(stored.id, false));
        await(client().startTestServerAsync(server("", StreamServerType.YOUTUBE, "", "yt-key")));
        assertTrue(await(client().getStatusAsync()).livingTest.isRunning());
        await(client().stopTestServerAsync());
        await(client().clearTestServerAsync());
        assertTrue(await(client().getStatusAsync()).livingTest.isIdle());
        await(client().delServerAsync(stored.id));
        assertTrue(await(client().getSettingsAsync()).streamServer.isEmpty());
    }

    @Test
    void encoding() throws Exception {
        await(client().setStreamAsync(EncoderStream.SUB, EncoderStream.MAIN, EncoderStream.SUB));
        DeviceSettings settings = await(client().getSettingsAsync());
        assertEquals(1, settings.recStream);
        assertEquals(0, settings.liveStream);
        EncoderSettings sub = settings.subStream;
        sub.kbps = 2048;
        sub.cx = 1280;
        sub.cy = 720;
        await(client().setVideoAsync(EncoderStream.SUB, sub));
        assertEquals(2048, await(client().getSettingsAsync()).subStream.kbps);
        await(client().setAudioAsync(96));
        assertEquals(96, await(client().getSettingsAsync()).audio.kbps);
    }

    @Test
    void users() throws Exception {
        await(client().addUserAsync("Operator", "op-pass"));
        assertTrue(await(client().getUsersAsync()).users.stream().anyMatch(u -> u.id.equals("Operator")));
        User admin = await(client().getUsersAsync()).users.stream().filter(u -> u.id.equals("Admin")).findFirst()
                .orElseThrow();
        assertTrue(admin.isAdministrator());
        await(client().setPasswordAsync("Operator", "op-pass-2"));
        UltraStreamClient operator = newClient("Operator", "op-pass-2");
        await(operator.getStatusAsync());
        await(operator.chPasswordAsync("op-pass-2", "op-pass-3"));
        device().faults().expireSessions();
        await(operator.getStatusAsync()); // re-login uses the new password
        assertEquals(2, operator.loginCount());
        await(operator.logoutAsync());
        await(client().delUserAsync("Operator"));
        assertTrue(await(client().getUsersAsync()).users.stream().noneMatch(u -> u.id.equals("Operator")));
    }

    @Test
    void network() throws Exception {
        await(client().setEthAsync(false, "192.168.1.50", "255.255.255.0", "192.168.1.1", "192.168.1.1"));
        assertEquals("192.168.1.50", await(client().getSettingsAsync()).eth.ip);
        await(client().setEthAsync(true, "", "", "", ""));
        assertEquals(1, await(client().getSettingsAsync()).eth.isDhcp);
        await(client().closeSoftapAsync());
        assertFalse(await(client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_SOFTAP));
        await(client().openSoftapAsync());
        assertTrue(await(client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_SOFTAP));
        await(client().disconnWifiAsync());
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
        FirmwareUploadReply uploaded = await(client().uploadUpdateFileAsync(firmware));
        assertEquals(Files.size(firmware), uploaded.size);
        assertEquals(1, device().requestCount("upload-update-file"));

        await(client().onlineUpdateCheckAsync());
        advance(Duration.ofSeconds(5));
        assertEquals(ResultCode.RET_SUCCEED, await(client().getStatusAsync()).checkUpgrade.resultCode());
        await(client().clearCheckUpdateAsync());
        assertTrue(await(client().getStatusAsync()).checkUpgrade.isIdle());

        await(client().updateAsync(UpdateMode.ONLINE));
        await(client().cancelDownloadAsync());
        await(client().clearUpgradeAsync());
        assertTrue(await(client().getStatusAsync()).upgradeStatus.isIdle());
    }

    /** The upload reply's code comes as {@code status} (the method's section) or {@code result} (the demo output). */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void uploadReplyWithStatusOrResult(boolean withResult) throws Exception {
        device().faults().uploadReplyWithResult(withResult);
        Path firmware = Files.write(folder.resolve("ultra_stream_hdmi_rev_c_1_2_130.mwf"), new byte[100]);
        FirmwareUploadReply uploaded = await(client().uploadUpdateFileAsync(firmware));
        assertEquals("1.2.130", uploaded.version);
        assertTrue(uploaded.upToDate);
        Path otherModel = Files.write(folder.resolve("ultra_stream_sdi_1_2_130.mwf"), new byte[100]);
        UltraStreamDeviceException refused = assertThrows(UltraStreamDeviceException.class,
                () -> await(client().uploadUpdateFileAsync(otherModel)));
        assertEquals(ResultCode.ERR_MWF_UNSUPPORTED, refused.resultCode());
    }

    @Test
    void snapshot() throws Exception {
        Snapshot snapshot = await(client().getSnapshotAsync());
        assertTrue(snapshot.bytes().length > 2);
        assertEquals((byte) 0xFF, snapshot.bytes()[0], "a JPEG starts with FF D8");
        assertEquals((byte) 0xD8, snapshot.bytes()[1]);
        assertTrue(snapshot.mediaType().startsWith("image/"));
    }

    @Test
    void rebootResetAndLogout() throws Exception {
        await(client().setNameAsync("Before Reset"));
        await(client().resetAllSettingsAsync());
        advance(Duration.ofSeconds(30));
        assertNotEquals("Before Reset", await(client().getSettingsAsync()).name);
        await(client().rebootAsync());
        advance(Duration.ofSeconds(30));
        assertTrue(await(client().pingAsync()).curStatus >= 0);
        await(client().getStatusAsync()); // logs in again after the reboot
        int sessions = device().sessionCount();
        await(client().logoutAsync());
        assertEquals(sessions - 1, device().sessionCount());
    }

    @Test
    void expiredSessionIsRenewedOnce() throws Exception {
        await(client().getStatusAsync());
        device().faults().expireSessions();
        await(client().getStatusAsync());
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
