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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.EncodeSettings;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.dto.LiveTarget;
import org.openhab.binding.ultrastream.client.dto.RecTarget;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * The client against each emulated model of the Ultra Encode family: identification, the family's get-status, and
 * the AIO's input and mixer. Only the asynchronous calls, waited for with a timeout.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraEncodeClientTest {

    private static final String FAMILY = "ULTRA_ENCODE_.*";

    private final ManualClock clock = new ManualClock(1_790_000_000_000L);
    private final HttpClient httpClient = new HttpClient();
    /** The devices the test started, closed after it. */
    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        started.add(httpClient::stop);
        for (AutoCloseable resource : started) {
            resource.close();
        }
    }

    private EmulatedDevice start(Model model) throws Exception {
        UltraStreamEmulator emulator = UltraStreamEmulator.start(EmulatorOptions.builder().model(model).clock(clock)
                .multicastEnabled(false).ssdpEnabled(false).build());
        started.add(emulator);
        httpClient.start();
        return emulator.device();
    }

    private UltraStreamClient client(EmulatedDevice device, String password) {
        return new UltraStreamClient(httpClient,
                UltraStreamClientOptions.builder(device.host()).port(device.httpPort())
                        .downloadPort(device.downloadPort()).username("Admin").password(password)
                        .requestTimeout(Duration.ofSeconds(5)).build());
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    /** The exception a call failed with. */
    private static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
        Throwable cause = e.getCause();
        assertNotNull(cause);
        return cause;
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = FAMILY, mode = EnumSource.Mode.MATCH_ALL)
    void getInfoIdentifiesTheFamilyAndTheModel(Model model) throws Exception {
        EmulatedDevice device = start(model);
        DeviceInfo info = await(client(device, "Admin").getInfoAsync());

        assertEquals(EncoderFamily.ULTRA_ENCODE, EncoderFamily.of(info.product.productName));
        assertEquals(model.moduleName(), info.product.moduleName);
        assertTrue(EncoderFamily.ULTRA_ENCODE.knownModels().contains(info.product.moduleName));
        assertEquals(model.firmwareToken(), EncoderFamily.ULTRA_ENCODE.modelToken(info.product.moduleName));
        assertEquals(device.serialNumber(), info.product.sn);
        assertEquals(model.productId().orElse(0), info.product.productId);
        assertEquals(model == Model.ULTRA_ENCODE_AIO, !info.inputSource.sources.isEmpty(),
                "only the AIO offers input sources");
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = { "ULTRA_ENCODE_HDMI", "ULTRA_ENCODE_SDI", "ULTRA_ENCODE_HDMI_PLUS",
            "ULTRA_ENCODE_SDI_PLUS" })
    void thePlainAndPlusStatusHoldsWhatTheirPageShowsAndNothingElse(Model model) throws Exception {
        EmulatedDevice device = start(model);
        EncodeStatus status = await(client(device, "Admin").getEncodeStatusAsync());

        assertEquals(device.boxName(), status.boxName);
        assertNotNull(status.curStatus);
        assertEquals(2, status.channelCount);
        assertEquals(2, status.vumeters.size());
        assertEquals(List.of(), status.liveStatus.live, "no server stored");
        // Not on the plain page: no codec figures, temperature, input, recording targets or disks
        assertNull(status.codec.mainStream.curBps);
        assertNull(status.codec.subStream.dropCount);
        assertNull(status.cpuTemperature);
        assertNull(status.inputSource);
        assertNull(status.recStatus.result);
        assertEquals(List.of(), status.recStatus.rec);
        assertEquals(List.of(), status.diskInfo);
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_AIO")
    void theAioStatusWhileRecordingAndLiveOverSrt(Model model) throws Exception {
        EmulatedDevice device = start(model);
        device.setSignalPresent(true);
        device.setUsbInserted(true);
        UltraStreamClient client = client(device, "Admin");
        assertEquals(ResultCode.RET_SUCCEED, await(client.addServerAsync(
                ApiCoverageTest.server("SRT Caller", StreamServerType.SRT_CALLER, "srt://127.0.0.1:9000", ""))));
        assertEquals(ResultCode.RET_SUCCEED, await(client.enableServerAsync(0, true)));
        assertEquals(ResultCode.RET_SUCCEED, await(client.startRecAsync()));
        assertEquals(ResultCode.RET_SUCCEED, await(client.startLiveAsync()));
        clock.advance(Duration.ofSeconds(5));

        EncodeStatus status = await(client.getEncodeStatusAsync());
        Long mainBps = status.codec.mainStream.curBps;
        assertNotNull(mainBps);
        assertTrue(mainBps > 1_000_000, "bits per second: " + mainBps);
        assertEquals(0L, status.codec.mainStream.dropCount);
        assertNotNull(status.codec.audio.curBps);
        Integer temperature = status.cpuTemperature;
        assertNotNull(temperature);
        assertTrue(temperature > 40_000 && temperature < 100_000, "milli-degrees: " + temperature);
        assertEquals(8, status.channelCount);
        assertEquals(8, status.vumeters.size());
        assertNotNull(status.inputSource);

        RecTarget usb = status.recStatus.rec.stream().filter(target -> Integer.valueOf(0).equals(target.type))
                .findFirst().orElseThrow();
        assertEquals(ResultCode.RET_RUNNING.code(), usb.result);
        assertNotNull(usb.runMs);

        assertEquals(1, status.liveStatus.live.size());
        LiveTarget srt = status.liveStatus.live.get(0);
        assertEquals(120, srt.type);
        assertEquals("SRT Caller", srt.name);
        assertEquals(ResultCode.RET_LIVING_CONNECTED.code(), srt.result);
        Long instBps = srt.instBps;
        assertNotNull(instBps);
        // Bytes per second: eight times it is about the main stream's and the audio's bits, plus overhead
        assertTrue(instBps * 8 > mainBps && instBps * 8 < mainBps * 1.3, instBps + " B/s vs " + mainBps + " bit/s");
        assertNotNull(srt.pktLossTotal);
        assertNotNull(srt.pktRetransTotal);
        assertNotNull(srt.rttMs);

        DiskInfo nas = status.diskInfo.stream().filter(disk -> Integer.valueOf(2).equals(disk.diskType))
                .findFirst().orElseThrow();
        assertEquals(ResultCode.RET_LIVING_NOTSET.code(), nas.connState, "no NAS set up");
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_AIO")
    void theAioChangesItsInputAndMixer(Model model) throws Exception {
        EmulatedDevice device = start(model);
        UltraStreamClient client = client(device, "Admin");
        DeviceInfo info = await(client.getInfoAsync());
        long sdi = info.inputSource.sources.stream().filter(source -> "SDI".equals(source.name)).findFirst()
                .orElseThrow().value;

        assertEquals(ResultCode.RET_SUCCEED, await(client.selectInputSourceAsync((int) sdi)));
        assertEquals((int) sdi, await(client.getEncodeStatusAsync()).inputSource);
        assertEquals((int) sdi, await(client.getEncodeSettingsAsync()).inputSource.source);

        EncodeSettings before = await(client.getEncodeSettingsAsync());
        long sideBySide = info.inputSource.videoMixer.types.get(1).value;
        long center = info.inputSource.videoMixer.sbs.get(1).value;
        assertEquals(ResultCode.RET_SUCCEED, await(client.changeVideoMixerAsync(mixer -> {
            mixer.type = (int) sideBySide;
            mixer.location = (int) center;
        })));
        EncodeSettings after = await(client.getEncodeSettingsAsync());
        assertEquals((int) sideBySide, after.inputSource.mixer.type);
        assertEquals((int) center, after.inputSource.mixer.location);
        // The two left alone keep their values: the client sent them as the device had them
        assertEquals(before.inputSource.mixer.inputDevice, after.inputSource.mixer.inputDevice);
        assertEquals(before.inputSource.mixer.isHdmiTop, after.inputSource.mixer.isHdmiTop);

        Throwable refused = failure(client.selectInputSourceAsync(99));
        assertInstanceOf(UltraStreamDeviceException.class, refused);
        assertEquals(ResultCode.ERR_PARAM, ((UltraStreamDeviceException) refused).resultCode());
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = { "ULTRA_ENCODE_HDMI", "ULTRA_ENCODE_SDI", "ULTRA_ENCODE_HDMI_PLUS",
            "ULTRA_ENCODE_SDI_PLUS" })
    void theOtherModelsRefuseInputAndMixer(Model model) throws Exception {
        EmulatedDevice device = start(model);
        UltraStreamClient client = client(device, "Admin");

        Throwable refused = failure(client.selectInputSourceAsync(1));
        assertInstanceOf(UltraStreamDeviceException.class, refused);
        assertEquals(ResultCode.ERR_PARAM, ((UltraStreamDeviceException) refused).resultCode(),
                "the device's answer to a method it does not have");

        // Their settings have no mixer to read-modify-write: the client refuses before sending anything
        Throwable noMixer = failure(client.changeVideoMixerAsync(mixer -> mixer.type = 1));
        assertInstanceOf(UltraStreamPreconditionException.class, noMixer);
        assertEquals(0, device.requestCount("set-video-mixer-config"));
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = FAMILY, mode = EnumSource.Mode.MATCH_ALL)
    void aWrongPasswordIsRefusedCredentials(Model model) throws Exception {
        EmulatedDevice device = start(model);
        Throwable refused = failure(client(device, "nope").getInfoAsync());
        assertInstanceOf(UltraStreamAuthenticationException.class, refused);
        ResultCode code = ((UltraStreamAuthenticationException) refused).resultCode();
        assertNotNull(code);
        assertTrue(code.isAuthenticationFailure(), String.valueOf(code));
        assertEquals(0, device.requestCount("get-info"), "nothing after the refused login");
    }
}
