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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.DiskTest;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;

/**
 * Figures derived from settings and status, as the document computes them. No I/O.
 * <p>
 * The document counts a kbps as 1024 bits per second ({@code 4224 Kbps / 1024 * 8 ≈ 0.52 MB/S}), and reports
 * {@code write-bps} of {@code disk-test} in bytes per second ({@code 14833071 ≈ 14.15 MB/S}); this class follows
 * it.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RecordingFigures {

    /** The largest recorded file: {@code time-unit * rate <= 4G}. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;

    private RecordingFigures() {
    }

    /** The encoder stream recording uses ({@code rec-stream}: 0 main, 1 sub), or null when not reported. */
    public static @Nullable EncoderSettings recordingStream(DeviceSettings settings) {
        Integer recStream = settings.recStream;
        if (recStream == null) {
            return null;
        }
        return recStream == EncoderStream.SUB.code() ? settings.subStream : settings.mainStream;
    }

    /**
     * The rate recording writes: video kbps of the recording stream plus audio kbps ({@code requirSpeed}); null when
     * the settings lack one of them.
     */
    public static @Nullable Long requiredKbps(DeviceSettings settings) {
        EncoderSettings video = recordingStream(settings);
        Integer videoKbps = video == null ? null : video.kbps;
        Integer audioKbps = settings.audio.kbps;
        return videoKbps == null || audioKbps == null ? null : (long) videoKbps + audioKbps;
    }

    /** {@link #requiredKbps(DeviceSettings)} in bytes per second, or null. */
    public static @Nullable Long requiredBytesPerSecond(DeviceSettings settings) {
        Long kbps = requiredKbps(settings);
        return kbps == null ? null : kbpsToBytesPerSecond(kbps);
    }

    public static long kbpsToBytesPerSecond(long kbps) {
        return kbps * 1024 / 8;
    }

    /**
     * Whether a finished speed test shows the disk fast enough for recording with these settings; null when the
     * test has no result yet (not finished successfully) or a figure is missing.
     */
    public static @Nullable Boolean isFastEnough(DeviceSettings settings, DiskTest test) {
        Long required = requiredBytesPerSecond(settings);
        if (test.result != ResultCode.RET_SUCCEED.code() || required == null) {
            return null;
        }
        return test.writeBps >= required;
    }

    /**
     * How long the disk's free space lasts at the recording rate, or null when the rate or the free space is
     * unknown (or the rate zero). The device's own estimate is {@link DiskInfo#freeSec}.
     */
    public static @Nullable Duration recordingTimeLeft(DeviceSettings settings, DiskInfo disk) {
        Long bytesPerSecond = requiredBytesPerSecond(settings);
        Long free = disk.freeSize;
        if (bytesPerSecond == null || bytesPerSecond <= 0 || free == null) {
            return null;
        }
        return Duration.ofSeconds(Math.max(0, free) / bytesPerSecond);
    }

    /** The size of one recorded file of {@code timeUnitMinutes} at {@code kbps}. */
    public static long fileBytes(int timeUnitMinutes, long kbps) {
        return timeUnitMinutes * 60L * kbpsToBytesPerSecond(kbps);
    }

    /** The longest {@code time-unit} whose files stay within 4 GB at {@code kbps}. */
    public static long maxTimeUnitMinutes(long kbps) {
        long perMinute = 60L * kbpsToBytesPerSecond(kbps);
        return perMinute <= 0 ? Long.MAX_VALUE : MAX_FILE_BYTES / perMinute;
    }
}
