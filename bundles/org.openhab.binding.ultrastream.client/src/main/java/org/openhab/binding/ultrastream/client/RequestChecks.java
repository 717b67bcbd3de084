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

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.MutualExclusion.Request;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.binding.ultrastream.client.dto.Resolution;

/**
 * The checks {@link UltraStreamClient} makes before sending, each failing with an
 * {@link UltraStreamPreconditionException} that names the method and the rule.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class RequestChecks {

    private RequestChecks() {
    }

    static void require(String method, boolean condition, String message) throws UltraStreamPreconditionException {
        if (!condition) {
            throw new UltraStreamPreconditionException(method, message);
        }
    }

    static void requireNull(String method, @Nullable String problem) throws UltraStreamPreconditionException {
        if (problem != null) {
            throw new UltraStreamPreconditionException(method, problem);
        }
    }

    static void requireName(String method, String what, String text) throws UltraStreamPreconditionException {
        requireNull(method, TextRules.checkName(what, text));
    }

    /**
     * The value must be one of {@code allowed} (a range list of {@code get-info}). A device that sends no list for
     * it is not checked: the device remains the judge.
     */
    static void requireOneOf(String method, String what, long value, List<NamedValue> allowed)
            throws UltraStreamPreconditionException {
        if (!allowed.isEmpty() && allowed.stream().noneMatch(choice -> choice.value == value)) {
            String values = allowed.stream().map(choice -> String.valueOf(choice.value))
                    .collect(Collectors.joining(", "));
            throw new UltraStreamPreconditionException(method,
                    what + " " + value + " is not one the device offers (" + values + ")");
        }
    }

    static void requireResolution(String method, int cx, int cy, List<Resolution> allowed)
            throws UltraStreamPreconditionException {
        require(method, allowed.isEmpty() || allowed.stream().anyMatch(size -> size.w == cx && size.h == cy),
                "resolution " + cx + "x" + cy + " is not one the device offers");
    }

    static void requireNoConflict(String method, Request request, Set<DeviceStatusFlag> status)
            throws UltraStreamPreconditionException {
        requireNull(method, MutualExclusion.conflict(request, status));
    }

    /** Firmware update, reset and reboot block every disk operation (the document's preconditions). */
    static void requireNotBusy(String method, Set<DeviceStatusFlag> status) throws UltraStreamPreconditionException {
        require(method, !status.contains(DeviceStatusFlag.STATUS_UPGRADE), "a firmware update runs");
        require(method, !status.contains(DeviceStatusFlag.STATUS_RESET), "the device is being reset");
        require(method, !status.contains(DeviceStatusFlag.STATUS_REBOOT), "the device is rebooting");
    }

    /**
     * {@code start-format-usb} / {@code start-format-sd}: no update, reset, reboot, recording (and for USB no speed
     * test), and the disk present and mounted. A full or nearly full disk may be formatted.
     */
    static void requireFormatPossible(String method, DeviceStatus status, boolean usb)
            throws UltraStreamPreconditionException {
        Set<DeviceStatusFlag> flags = status.statusFlags();
        requireNotBusy(method, flags);
        requireNoConflict(method, Request.USB_FORMAT, flags);
        DiskInfo disk = StorageDevices.of(status, usb ? DiskType.USB : DiskType.SD);
        StorageStatus storage = disk.storageStatus();
        require(method, storage != null && storage.isMounted(),
                (usb ? "USB disk" : "SD card") + " is not usable: " + storage);
    }

    /**
     * {@code start-test-usb}: no update, reset, reboot, recording, format or speed test, and the USB disk valid,
     * with more than 200 MB free and writable ({@link StorageStatus#DISK_VALID}).
     */
    static void requireSpeedTestPossible(String method, DeviceStatus status) throws UltraStreamPreconditionException {
        Set<DeviceStatusFlag> flags = status.statusFlags();
        requireNotBusy(method, flags);
        requireNoConflict(method, Request.USB_SPEED_TEST, flags);
        StorageStatus storage = StorageDevices.of(status, DiskType.USB).storageStatus();
        require(method, storage == StorageStatus.DISK_VALID,
                "USB disk must be valid, writable and have more than 200 MB free, is " + storage);
    }

    /** The 4 GB rule of {@code set-rec-control}: {@code time-unit * rate <= 4G}. */
    static void requireFileWithin4G(String method, int timeUnitMinutes, long kbps)
            throws UltraStreamPreconditionException {
        long bytes = RecordingFigures.fileBytes(timeUnitMinutes, kbps);
        require(method, bytes <= RecordingFigures.MAX_FILE_BYTES,
                "a " + timeUnitMinutes + " minute file at " + kbps + " kbps would be " + bytes
                        + " bytes, over the 4 GB limit; at this rate time-unit may be at most "
                        + RecordingFigures.maxTimeUnitMinutes(kbps) + " minutes");
    }
}
