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
package org.openhab.binding.ultrastream.internal.firmware;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ENCODER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.internal.firmware.FirmwareUpdateServiceDouble.RecordingProgress;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareBuilder;

/**
 * Firmware updates through openHAB's firmware update service, against the emulated encoder over loopback, on the
 * emulator's and the scheduler's manual clocks: online and from a package, cancelled, refused, stuck, out of space,
 * for the wrong model, and an encoder that does not come back.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class FirmwareUpdateTest extends FirmwareTestBase {

    @Test
    void anOnlineUpdateReportsItsStepsAndPercentagesInOrderAndEndsOnlineWithTheNewVersion() {
        findOnlineFirmware();
        RecordingProgress progress = service.update(handler(), offered(ONLINE));
        assertFalse(handler().isUpdateExecutable(), "not twice");
        runUntilFinished(progress, 120);

        assertEquals(List.of("sequence DOWNLOADING,UPDATING,REBOOTING", "step DOWNLOADING", "step UPDATING",
                "step REBOOTING", "success"), progress.steps());
        List<Integer> percentages = progress.percentages();
        assertEquals(0, percentages.get(0));
        assertEquals(100, percentages.get(percentages.size() - 1));
        assertTrue(percentages.stream().anyMatch(p -> p > 0 && p < 50), "download progress: " + percentages);
        assertTrue(percentages.stream().anyMatch(p -> p > 50 && p < 90), "install progress: " + percentages);
        assertEquals(ONLINE, h.device().firmwareVersion());
        assertTrue(h.statuses.stream().anyMatch(s -> s.getStatusDetail() == ThingStatusDetail.FIRMWARE_UPDATING),
                "the thing showed the update");

        runUntilOnline();
        assertEquals(ONLINE, handler().getThing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
        assertTrue(offered().stream().noneMatch(f -> f.getVersion().equals(ONLINE)), "up to date now");
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void aDroppedPackageIsUploadedAndInstalledWhicheverFieldTheUploadReplyUses(boolean replyWithResult)
            throws Exception {
        h.device().faults().uploadReplyWithResult(replyWithResult);
        drop("ultra_stream_hdmi_rev_c_1_2_130.mwf");
        RecordingProgress progress = service.update(handler(), offered("1.2.130"));
        runUntilFinished(progress, 120);

        assertEquals(List.of("sequence TRANSFERRING,UPDATING,REBOOTING", "step TRANSFERRING", "step UPDATING",
                "step REBOOTING", "success"), progress.steps());
        assertEquals(1, h.device().requestCount("upload-update-file"));
        List<Integer> percentages = progress.percentages();
        assertEquals(List.copyOf(new TreeSet<>(percentages)), percentages, "rising");
        runUntilOnline();
        assertEquals("1.2.130", handler().getThing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
    }

    @Test
    void cancelWorksWhileDownloadingAndIsRefusedWhileInstalling() {
        findOnlineFirmware();
        RecordingProgress progress = service.update(handler(), offered(ONLINE));
        h.pass(4_000);
        handler().cancel();
        runUntilFinished(progress, 10);
        assertEquals("canceled", progress.steps().get(progress.steps().size() - 1));
        assertEquals(1, h.device().requestCount("cancel-download"));
        assertEquals(INSTALLED, h.device().firmwareVersion());
        h.nextPoll();
        assertEquals(ThingStatus.ONLINE, handler().getThing().getStatus());
        assertTrue(handler().isUpdateExecutable(), "the device is idle again (clear-upgrade)");

        RecordingProgress second = service.update(handler(), offered(ONLINE));
        for (int i = 0; i < 15; i++) {
            h.pass(1_000); // into the install
        }
        handler().cancel();
        h.pass(1_000);
        assertEquals(1, h.device().requestCount("cancel-download"), "an install cannot be stopped: not even asked");
        runUntilFinished(second, 120);
        assertEquals("success", second.steps().get(second.steps().size() - 1));
    }

    @Test
    void aRefusedUpdateFailsWithTheDevicesReason() {
        findOnlineFirmware();
        h.device().faults().firmwareRefused(true);
        RecordingProgress progress = service.update(handler(), offered(ONLINE));
        runUntilFinished(progress, 10);
        assertEquals("failed The encoder refused the update (code -18: System error).", last(progress));
    }

    @Test
    void aStuckDownloadIsCancelledAfterFiveMinutesWithoutProgress() {
        findOnlineFirmware();
        h.device().faults().firmwareStuckDownload(true);
        RecordingProgress progress = service.update(handler(), offered(ONLINE));
        runUntilFinished(progress, 6 * 60);
        assertEquals("failed The download made no progress for 5 minutes and was cancelled.", last(progress));
        h.pass(1_000);
        assertEquals(1, h.device().requestCount("cancel-download"));
        assertEquals(INSTALLED, h.device().firmwareVersion());
    }

    @Test
    void anEncoderThatDoesNotComeBackFailsAfterTenMinutes() {
        findOnlineFirmware();
        h.device().faults().firmwareNoReturn(true);
        RecordingProgress progress = service.update(handler(), offered(ONLINE));
        runUntilFinished(progress, 12 * 60);
        assertEquals("failed The encoder did not come back within 10 minutes after installing the firmware.",
                last(progress));
        assertTrue(progress.steps().contains("step REBOOTING"));
        assertNotEquals(ThingStatus.ONLINE, handler().getThing().getStatus());
    }

    @Test
    void notEnoughSpaceAndTheWrongModelFailInPlainWords() throws Exception {
        findOnlineFirmware();
        h.device().faults().firmwareNoSpace(true);
        RecordingProgress noSpace = service.update(handler(), offered(ONLINE));
        runUntilFinished(noSpace, 10);
        assertEquals("failed The encoder does not have enough space for the new firmware.", last(noSpace));
        h.device().faults().firmwareNoSpace(false);

        // A package the provider would never offer (another model): should one reach the handler, the device refuses it.
        drop("ultra_stream_sdi_1_2_130.mwf");
        h.nextPoll();
        Firmware foreign = FirmwareBuilder.create(THING_TYPE_ENCODER, "1.2.130")
                .withProperties(Map.of(EncoderFirmware.PROPERTY_SOURCE, EncoderFirmware.SOURCE_FILE,
                        EncoderFirmware.PROPERTY_FILE, "ultra_stream_sdi_1_2_130.mwf"))
                .build();
        RecordingProgress wrongModel = service.update(handler(), foreign);
        runUntilFinished(wrongModel, 30);
        assertEquals("failed The firmware package is for another model or hardware version; the encoder refused it.",
                last(wrongModel));
        assertEquals(INSTALLED, h.device().firmwareVersion());
    }

    @Test
    void notExecutableWhileRecordingOrOffline() throws Exception {
        drop("ultra_stream_hdmi_1_2_130.mwf");
        assertTrue(handler().isUpdateExecutable());
        UltraStreamClient client = handler().getClient();
        assertNotNull(client);
        h.await(client.startRecAsync());
        h.nextPoll();
        assertFalse(handler().isUpdateExecutable(), "recording");
        assertThrows(IllegalStateException.class, () -> service.update(handler(), offered("1.2.130")));
        h.await(client.stopRecAsync());
        h.nextPoll();
        assertTrue(handler().isUpdateExecutable());
        h.device().faults().reboot();
        h.nextPoll();
        assertFalse(handler().isUpdateExecutable(), "not online");
    }

    @Test
    void disposingTheHandlerStopsFollowingTheUpdate() {
        findOnlineFirmware();
        RecordingProgress progress = service.update(handler(), offered(ONLINE));
        h.pass(3_000);
        handler().dispose();
        h.scheduler.runDue();
        assertEquals("failed The thing was disabled, removed or reconfigured during the update; the encoder carries on "
                + "by itself. Check its firmware version when it is back.", last(progress));
        h.pass(60_000);
        assertEquals(0, h.scheduler.pendingCount(), "nothing of the update left scheduled");
    }

    private static String last(RecordingProgress progress) {
        List<String> steps = new ArrayList<>(progress.steps());
        return steps.get(steps.size() - 1);
    }
}
