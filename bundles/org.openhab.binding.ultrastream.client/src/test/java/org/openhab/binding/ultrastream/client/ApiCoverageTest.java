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
import org.junit.jupiter.api.extension.RegisterExtension;
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
class ApiCoverageTest {

    @RegisterExtension
    final EmulatedDeviceExtension emulated = new EmulatedDeviceExtension();

    @Test
    void pingAndTheThreeReads() throws Exception {
        assertTrue(await(emulated.client().pingAsync()).curStatus >= 0);
        DeviceInfo info = await(emulated.client().getInfoAsync());
        assertEquals(emulated.device().serialNumber(), info.product.sn);
        assertFalse(info.codecCap.videoKbps.isEmpty());
        assertFalse(info.recControl.timeUnit.isEmpty());
        assertSame(info, await(emulated.client().cachedInfoAsync()));
        assertEquals(1, emulated.device().requestCount("get-info"));
        DeviceStatus status = await(emulated.client().getStatusAsync());
        assertEquals(emulated.device().boxName(), status.boxName);
        assertTrue(status.formatStatus.isIdle());
        DeviceSettings settings = await(emulated.client().getSettingsAsync());
        assertEquals(emulated.device().boxName(), settings.name);
        assertTrue(settings.mainStream.kbps > 0);
    }

    @Test
    void recAndLive() throws Exception {
        assertEquals(ResultCode.RET_SUCCEED, await(emulated.client().startRecAsync()));
        assertTrue(emulated.device().isRecording());
        assertTrue(await(emulated.client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_RECORD));
        await(emulated.client().stopRecAsync());
        assertFalse(emulated.device().isRecording());

        await(emulated.client()
                .addServerAsync(server("Stream One", StreamServerType.CUSTOM, "rtmp://127.0.0.1/live", "k1")));
        int id = await(emulated.client().getSettingsAsync()).streamServer.get(0).id;
        await(emulated.client().enableServerAsync(id, true));
        await(emulated.client().startLiveAsync());
        assertTrue(emulated.device().isLive());
        emulated.clock.advance(Duration.ofSeconds(5));
        DeviceStatus status = await(emulated.client().getStatusAsync());
        List<PushTarget> targets = PushTarget.of(status.liveStatus, await(emulated.client().getSettingsAsync()));
        assertEquals(id, targets.get(0).server().id);
        assertTrue(targets.get(0).isConnected(), "state " + targets.get(0).state());
        await(emulated.client().stopLiveAsync());
        assertFalse(emulated.device().isLive());
    }

    @Test
    void deviceSettings() throws Exception {
        await(emulated.client().setNameAsync("Studio A-1"));
        assertEquals("Studio A-1", emulated.device().boxName());
        await(emulated.client().setAppSettingsAsync(true));
        assertEquals(1, await(emulated.client().getSettingsAsync()).isSettings);
        // the pairing password is the administrator's login password; the client follows it for re-logins
        await(emulated.client().disableAppPasswdAsync("Admin"));
        assertEquals(0, await(emulated.client().getSettingsAsync()).passwd);
        await(emulated.client().enableAppPasswdAsync("pair1"));
        await(emulated.client().changeAppPasswdAsync("pair1", "pair2"));
        emulated.device().faults().expireSessions();
        assertEquals(1, await(emulated.client().getSettingsAsync()).passwd);
        await(emulated.client().setFirstOverAsync("Studio B", "pair3"));
        emulated.device().faults().expireSessions();
        await(emulated.client().setFirstOverAsync("Studio C", null));
        assertEquals("Studio C", emulated.device().boxName());
        assertEquals(3, emulated.client().loginCount());
        UltraStreamDeviceException wrong = assertThrows(UltraStreamDeviceException.class,
                () -> await(emulated.client().disableAppPasswdAsync("not-it")));
        assertEquals(ResultCode.ERR_PASSWD, wrong.resultCode());

        RecControlSettings rec = await(emulated.client().getSettingsAsync()).recControl;
        rec.rootFolder = "Shows/Monday";
        rec.filePrefix = "EP";
        rec.timeUnit = 10;
        rec.sdOption = RecOption.LOOP.code();
        await(emulated.client().setRecControlAsync(rec));
        RecControlSettings stored = await(emulated.client().getSettingsAsync()).recControl;
        assertEquals("Shows/Monday", stored.rootFolder);
        assertEquals("EP", stored.filePrefix);
        assertEquals(10, stored.timeUnit);
        assertEquals(2, stored.sdOption);

        await(emulated.client().setSoftapAsync(false, "MyAP", "secret12"));
        assertEquals("MyAP", await(emulated.client().getSettingsAsync()).softap.softapSsid);
        assertEquals(0, await(emulated.client().getSettingsAsync()).softap.isVisible);
        await(emulated.client().setDateTimeAsync("Asia/Shanghai", true, null));
        assertEquals("Asia/Shanghai", await(emulated.client().getSettingsAsync()).dateTime.timezone);
        await(emulated.client().setDateTimeAsync("UTC", false, LocalDateTime.of(2024, 5, 6, 7, 8, 9)));
        assertEquals(0, await(emulated.client().getSettingsAsync()).dateTime.isAuto);
        await(emulated.client().setSignalLostCtrlAsync(true));
        assertEquals(1, await(emulated.client().getSettingsAsync()).isSignalLost);
        await(emulated.client().setSsdpAsync(false));
        assertEquals(0, await(emulated.client().getSettingsAsync()).isSsdp);
        await(emulated.client().setAutoRecAsync(true));
        assertEquals(1, await(emulated.client().getSettingsAsync()).isAutoRec);
    }

    @Test
    void formatSpeedTestAndClears() throws Exception {
        await(emulated.client().startFormatUsbAsync());
        assertTrue(
                await(emulated.client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_FORMAT_DISK));
        emulated.clock.advance(Duration.ofSeconds(30));
        assertEquals(ResultCode.RET_SUCCEED, await(emulated.client().getStatusAsync()).formatStatus.resultCode());
        await(emulated.client().clearFormatUsbAsync());
        assertTrue(await(emulated.client().getStatusAsync()).formatStatus.isIdle());

        await(emulated.client().startFormatSdAsync());
        emulated.clock.advance(Duration.ofSeconds(30));
        await(emulated.client().clearFormatUsbAsync());

        await(emulated.client().startTestUsbAsync());
        assertTrue(await(emulated.client().getStatusAsync()).diskTest.isRunning());
        await(emulated.client().stopTestUsbAsync());
        await(emulated.client().clearTestUsbAsync());
        await(emulated.client().startTestUsbAsync());
        emulated.clock.advance(Duration.ofSeconds(30));
        DeviceStatus done = await(emulated.client().getStatusAsync());
        assertEquals(ResultCode.RET_SUCCEED, done.diskTest.resultCode());
        assertNotNull(RecordingFigures.isFastEnough(await(emulated.client().getSettingsAsync()), done.diskTest));
        await(emulated.client().clearTestUsbAsync());
        assertTrue(await(emulated.client().getStatusAsync()).diskTest.isIdle());
    }

    @Test
    void mediaFilesListDownloadAndDelete(@TempDir Path folder) throws Exception {
        await(emulated.client().startRecAsync());
        emulated.clock.advance(Duration.ofMinutes(12));
        await(emulated.client().stopRecAsync());
        MediaFileList list = await(emulated.client().getMediaFilesAsync(DiskType.USB, 0, 10));
        assertFalse(list.mediaFiles.isEmpty(), "recording must have left files");
        MediaFile file = list.mediaFiles.get(0);
        Path downloaded = await(emulated.client().downloadMediaFileAsync(list, file, folder));
        assertEquals(folder.resolve(file.name).toAbsolutePath(), downloaded);
        assertTrue(Files.size(downloaded) > 0);
        try (var leftovers = Files.list(folder)) {
            assertEquals(1, leftovers.count(), "no partial file left behind");
        }
        await(emulated.client().delMediaFilesAsync(DiskType.USB, List.of(file.name)));
        assertTrue(await(emulated.client().getMediaFilesAsync(DiskType.USB, 0, 100)).mediaFiles.stream()
                .noneMatch(f -> f.name.equals(file.name)));
    }

    @Test
    void liveServers() throws Exception {
        await(emulated.client().addServerAsync(server("First", StreamServerType.CUSTOM, "rtmp://127.0.0.1/a", "k1")));
        StreamServer stored = await(emulated.client().getSettingsAsync()).streamServer.get(0);
        stored.name = "Renamed";
        await(emulated.client().setServerAsync(stored.id, stored));
        assertEquals("Renamed", await(emulated.client().getSettingsAsync()).streamServer.get(0).name);
        await(emulated.client().enableServerAsync(stored.id, true));
        assertEquals(1, await(emulated.client().getSettingsAsync()).streamServer.get(0).isUse);
        await(emulated.client().enableServerAsync(stored.id, false));
        await(emulated.client().startTestServerAsync(server("", StreamServerType.YOUTUBE, "", "yt-key")));
        assertTrue(await(emulated.client().getStatusAsync()).livingTest.isRunning());
        await(emulated.client().stopTestServerAsync());
        await(emulated.client().clearTestServerAsync());
        assertTrue(await(emulated.client().getStatusAsync()).livingTest.isIdle());
        await(emulated.client().delServerAsync(stored.id));
        assertTrue(await(emulated.client().getSettingsAsync()).streamServer.isEmpty());
    }

    @Test
    void encoding() throws Exception {
        await(emulated.client().setStreamAsync(EncoderStream.SUB, EncoderStream.MAIN, EncoderStream.SUB));
        DeviceSettings settings = await(emulated.client().getSettingsAsync());
        assertEquals(1, settings.recStream);
        assertEquals(0, settings.liveStream);
        EncoderSettings sub = settings.subStream;
        sub.kbps = 2048;
        sub.cx = 1280;
        sub.cy = 720;
        await(emulated.client().setVideoAsync(EncoderStream.SUB, sub));
        assertEquals(2048, await(emulated.client().getSettingsAsync()).subStream.kbps);
        await(emulated.client().setAudioAsync(96));
        assertEquals(96, await(emulated.client().getSettingsAsync()).audio.kbps);
    }

    @Test
    void users() throws Exception {
        await(emulated.client().addUserAsync("Operator", "op-pass"));
        assertTrue(await(emulated.client().getUsersAsync()).users.stream().anyMatch(u -> u.id.equals("Operator")));
        User admin = await(emulated.client().getUsersAsync()).users.stream().filter(u -> u.id.equals("Admin"))
                .findFirst()
                .orElseThrow();
        assertTrue(admin.isAdministrator());
        await(emulated.client().setPasswordAsync("Operator", "op-pass-2"));
        UltraStreamClient operator = emulated.newClient("Operator", "op-pass-2");
        await(operator.getStatusAsync());
        await(operator.chPasswordAsync("op-pass-2", "op-pass-3"));
        emulated.device().faults().expireSessions();
        await(operator.getStatusAsync()); // re-login uses the new password
        assertEquals(2, operator.loginCount());
        await(operator.logoutAsync());
        await(emulated.client().delUserAsync("Operator"));
        assertTrue(await(emulated.client().getUsersAsync()).users.stream().noneMatch(u -> u.id.equals("Operator")));
    }

    @Test
    void network() throws Exception {
        await(emulated.client().setEthAsync(false, "192.168.1.50", "255.255.255.0", "192.168.1.1", "192.168.1.1"));
        assertEquals("192.168.1.50", await(emulated.client().getSettingsAsync()).eth.ip);
        await(emulated.client().setEthAsync(true, "", "", "", ""));
        assertEquals(1, await(emulated.client().getSettingsAsync()).eth.isDhcp);
        await(emulated.client().closeSoftapAsync());
        assertFalse(await(emulated.client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_SOFTAP));
        await(emulated.client().openSoftapAsync());
        assertTrue(await(emulated.client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_SOFTAP));
        await(emulated.client().disconnWifiAsync());
    }

    @Test
    void firmware(@TempDir Path folder) throws Exception {
        Path firmware = folder.resolve("ultra_stream_hdmi_1_2_123.mwf");
        byte[] chunk = new byte[64 * 1024];
        new Random(1).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(firmware)) {
            for (int i = 0; i < 48; i++) { // 3 MiB
                out.write(chunk);
            }
        }
        FirmwareUploadReply uploaded = await(emulated.client().uploadUpdateFileAsync(firmware));
        assertEquals(Files.size(firmware), uploaded.size);
        assertEquals(1, emulated.device().requestCount("upload-update-file"));

        await(emulated.client().onlineUpdateCheckAsync());
        emulated.clock.advance(Duration.ofSeconds(5));
        assertEquals(ResultCode.RET_SUCCEED, await(emulated.client().getStatusAsync()).checkUpgrade.resultCode());
        await(emulated.client().clearCheckUpdateAsync());
        assertTrue(await(emulated.client().getStatusAsync()).checkUpgrade.isIdle());

        await(emulated.client().updateAsync(UpdateMode.ONLINE));
        await(emulated.client().cancelDownloadAsync());
        await(emulated.client().clearUpgradeAsync());
        assertTrue(await(emulated.client().getStatusAsync()).upgradeStatus.isIdle());
    }

    /** The upload reply's code comes as {@code status} (the method's section) or {@code result} (the demo output). */
    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void uploadReplyWithStatusOrResult(boolean withResult, @TempDir Path folder) throws Exception {
        emulated.device().faults().uploadReplyWithResult(withResult);
        Path firmware = Files.write(folder.resolve("ultra_stream_hdmi_rev_c_1_2_130.mwf"), new byte[100]);
        FirmwareUploadReply uploaded = await(emulated.client().uploadUpdateFileAsync(firmware));
        assertEquals("1.2.130", uploaded.version);
        assertTrue(uploaded.upToDate);
        Path otherModel = Files.write(folder.resolve("ultra_stream_sdi_1_2_130.mwf"), new byte[100]);
        UltraStreamDeviceException refused = assertThrows(UltraStreamDeviceException.class,
                () -> await(emulated.client().uploadUpdateFileAsync(otherModel)));
        assertEquals(ResultCode.ERR_MWF_UNSUPPORTED, refused.resultCode());
    }

    @Test
    void snapshot() throws Exception {
        Snapshot snapshot = await(emulated.client().getSnapshotAsync());
        assertTrue(snapshot.bytes().length > 2);
        assertEquals((byte) 0xFF, snapshot.bytes()[0], "a JPEG starts with FF D8");
        assertEquals((byte) 0xD8, snapshot.bytes()[1]);
        assertTrue(snapshot.mediaType().startsWith("image/"));
    }

    @Test
    void rebootResetAndLogout() throws Exception {
        await(emulated.client().setNameAsync("Before Reset"));
        await(emulated.client().resetAllSettingsAsync());
        emulated.clock.advance(Duration.ofSeconds(30));
        assertNotEquals("Before Reset", await(emulated.client().getSettingsAsync()).name);
        await(emulated.client().rebootAsync());
        emulated.clock.advance(Duration.ofSeconds(30));
        assertTrue(await(emulated.client().pingAsync()).curStatus >= 0);
        await(emulated.client().getStatusAsync()); // logs in again after the reboot
        int sessions = emulated.device().sessionCount();
        await(emulated.client().logoutAsync());
        assertEquals(sessions - 1, emulated.device().sessionCount());
    }

    @Test
    void expiredSessionIsRenewedOnce() throws Exception {
        await(emulated.client().getStatusAsync());
        emulated.device().faults().expireSessions();
        await(emulated.client().getStatusAsync());
        assertEquals(2, emulated.client().loginCount());
        assertEquals(2, emulated.device().requestCount("login"));
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
