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
package org.openhab.binding.ultrastream.emulator.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.Exclusion.Activity;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Upload;
import org.openhab.binding.ultrastream.emulator.internal.Usapi.Access;

/**
 * The long operations and the ones that take the device down: disk format, USB speed test, firmware check,
 * upload and update, {@code reboot} and {@code reset-all-settings}.
 */
@NonNullByDefault
final class MaintenanceMethods {

    /** An Ultra Stream update file's name: model and version, e.g. {@code ultra_stream_hdmi_rev_c_1_2_123.mwf}. */
    private static final Pattern MWF_NAME = Pattern
            .compile("ultra_stream_(hdmi|sdi)(?:_rev_[a-z0-9]+)?_(\\d+)_(\\d+)_(\\d+)\\.mwf");
    /**
     * An Ultra Encode update file's name, after the AIO's real one ({@code ultra_encode_aio_gen2_rev_b_2_4_288.mwf})
     * with the model as {@code module-name} says it ({@code hdmi_plus} for "Ultra Encode HDMI Plus").
     */
    private static final Pattern ENCODE_MWF_NAME = Pattern.compile(
            "ultra_encode_(hdmi_plus|sdi_plus|hdmi|sdi|aio)(?:_gen\\d+)?(?:_rev_[a-z0-9]+)?_(\\d+)_(\\d+)_(\\d+)\\.mwf");

    private final DeviceModel model;

    MaintenanceMethods(DeviceModel model) {
        this.model = model;
    }

    void register(Usapi api) {
        api.add("start-format-usb", Access.SESSION, c -> startFormat(c, model.usb));
        api.add("start-format-sd", Access.SESSION, c -> startFormat(c, model.sd));
        api.add("clear-format-usb", Access.SESSION, c -> clear(model.format));
        api.add("start-test-usb", Access.SESSION, this::startTestUsb);
        api.add("stop-test-usb", Access.SESSION, this::stopTestUsb);
        api.add("clear-test-usb", Access.SESSION, c -> clear(model.diskTest));
        api.add("online-update-check", Access.SESSION, this::onlineUpdateCheck);
        api.add("clear-check-update", Access.SESSION, c -> clear(model.checkUpgrade));
        api.add("update", Access.SESSION, this::update);
        api.add("cancel-download", Access.SESSION, this::cancelDownload);
        api.add("clear-upgrade", Access.SESSION, c -> clear(model.upgrade));
        api.add("upload-update-file", Access.SESSION, this::uploadUpdateFile);
        api.add("reboot", Access.SESSION, c -> reboot(c, Activity.REBOOT, false));
        api.add("reset-all-settings", Access.SESSION, c -> reboot(c, Activity.RESET, true));
    }

    private static Result clear(TimedJob job) {
        job.clear();
        return Usapi.ok();
    }

    /**
     * The document's preconditions: no update, reset or reboot, no recording, no speed test, a valid disk.
     * USB and SD share one {@code format-status}, so formatting one while the other formats is a repeat.
     */
    private Result startFormat(Call call, Disk disk) {
        model.checkExclusion(Activity.USB_FORMAT, call.now);
        if (!disk.isInserted()) {
            return Usapi.result(ResultCode.ERR_DISK);
        }
        model.formatting = disk;
        model.format.start(call.now, DeviceModel.FORMAT_MS);
        return Usapi.ok();
    }

    private Result startTestUsb(Call call) {
        model.checkExclusion(Activity.USB_SPEED_TEST, call.now);
        if (model.format.isRunning(call.now)) {
            return Usapi.result(ResultCode.ERR_BUSY);
        }
        if (!model.usb.isInserted()) {
            return Usapi.result(ResultCode.ERR_DISK);
        }
        if (model.usb.diskStatus(call.now) != Disk.DISK_VALID) {
            return Usapi.result(ResultCode.ERR_NO_SPACE);
        }
        model.diskTest.start(call.now, DeviceModel.DISK_TEST_MS);
        return Usapi.ok();
    }

    private Result stopTestUsb(Call call) {
        if (!model.diskTest.isRunning(call.now)) {
            return Usapi.result(ResultCode.RET_REPEAT);
        }
        model.diskTest.cancel(call.now);
        return Usapi.ok();
    }

    private Result onlineUpdateCheck(Call call) {
        if (model.upgrade.isRunning(call.now)) {
            return Usapi.result(ResultCode.ERR_BUSY);
        }
        if (model.checkUpgrade.isRunning(call.now)) {
            return Usapi.result(ResultCode.RET_REPEAT);
        }
        model.checkUpgrade.start(call.now, DeviceModel.CHECK_UPGRADE_MS);
        return Usapi.ok();
    }

    /**
     * {@code mode=online} downloads (10 s, cancellable) then installs (10 s); {@code mode=upload} installs the
     * uploaded file. When done the device reboots with the new version. Not while a format or a check runs.
     */
    private Result update(Call call) {
        String mode = call.required("mode");
        ApiError.require("online".equals(mode) || "upload".equals(mode));
        if (model.upgrade.isRunning(call.now)) {
            return Usapi.result(ResultCode.RET_REPEAT);
        }
        if (model.checkUpgrade.isRunning(call.now)) {
            return Usapi.result(ResultCode.ERR_BUSY);
        }
        model.checkExclusion(Activity.FIRMWARE_UPDATE, call.now);
        String target = "online".equals(mode)
                ? (model.upgradeAvailable ? model.onlineFirmwareVersion : null)
                : model.uploadedVersion;
        if (target == null) {
            return Usapi.result(ResultCode.ERR_NOT_FOUND);
        }
        if (model.firmwareFaults.refused) {
            return Usapi.result(ResultCode.ERR_SYSTEM);
        }
        model.startUpgrade(mode, target, call.now);
        return Usapi.ok();
    }

    /** Cancels an online update while it downloads; the install step cannot be cancelled (-9). */
    private Result cancelDownload(Call call) {
        if (!model.upgrade.isRunning(call.now)) {
            return Usapi.result(ResultCode.RET_REPEAT);
        }
        if (model.upgradeStep(call.now) != 1) {
            return Usapi.result(ResultCode.ERR_BUSY);
        }
        model.upgrade.cancel(call.now);
        return Usapi.ok();
    }

    /**
     * Takes a {@code .mwf} file (multipart) that names its model and version the vendor's way,
     * {@code ultra_stream_<hdmi|sdi>[_rev_<x>]_<major>_<minor>_<build>.mwf} (docs/protocol-decisions.md), or
     * {@code ultra_encode_<model>[_gen<n>][_rev_<x>]_<major>_<minor>_<build>.mwf} on an Ultra Encode. The reply
     * carries {@code status}, as the document's section says, or {@code result} when
     * {@link FirmwareFaults#uploadReplyWithResult} is on: -15 for another kind of file (a file of the other family
     * included), -34 for a file of another model of the family.
     */
    private Upload uploadUpdateFile(Call call) {
        boolean inResult = model.firmwareFaults.uploadReplyWithResult;
        Call.Upload upload = call.upload;
        Pattern names = model.ultraStream ? MWF_NAME : ENCODE_MWF_NAME;
        Matcher m = upload == null ? null : names.matcher(upload.fileName().toLowerCase(Locale.ROOT));
        if (upload == null || m == null || !m.matches()) {
            return Upload.refused(inResult, ResultCode.ERR_FILE);
        }
        if (!m.group(1).equals(model.options.model().firmwareToken())) {
            return Upload.refused(inResult, ResultCode.ERR_MWF_UNSUPPORTED);
        }
        if (model.upgrade.isRunning(call.now)) {
            return Upload.refused(inResult, ResultCode.ERR_BUSY);
        }
        String version = m.group(2) + "." + m.group(3) + "." + m.group(4);
        model.uploadedVersion = version;
        return Upload.of(inResult, ResultCode.RET_SUCCEED, compareVersions(version, model.firmwareVersion) >= 0,
                version, upload.size());
    }

    private Result reboot(Call call, Activity activity, boolean reset) {
        model.checkExclusion(activity, call.now);
        model.startReboot(call.now, reset);
        return Usapi.ok();
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
