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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.NamedValue;

/**
 * The device's encoding numbers in the units people use, both ways. No I/O.
 * <ul>
 * <li>Frame rate: the device sets a frame interval in units of 100 ns ({@code duration}, 333333 for 30 fps).</li>
 * <li>Bitrate: the device counts a {@code kbps} as 1024 bit/s (its own labels call 1024 "1 Mbps"; the document's
 * speed rule divides by 1024), so 4096 is 4194304 bit/s.</li>
 * <li>Profile: a number whose meaning depends on the codec; named here as the document's {@code codec-cap} names
 * them (H.264: 0 Baseline, 1 Main, 2 High; HEVC: 0 Main).</li>
 * </ul>
 * A wanted frame rate or bitrate becomes the nearest value the device offers in {@code codec-cap}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EncodingValues {

    /** 100 ns units in one second. */
    private static final double UNITS_PER_SECOND = 10_000_000.0;
    public static final int BITS_PER_KBPS = 1024;

    private static final List<String> H264_PROFILES = List.of("BASELINE", "MAIN", "HIGH");
    private static final List<String> HEVC_PROFILES = List.of("MAIN");

    private EncodingValues() {
    }

    /** Frames per second of a frame interval, to two decimals (333667 gives 29.97), or null for none. */
    public static @Nullable BigDecimal framesPerSecond(long duration) {
        if (duration <= 0) {
            return null;
        }
        return BigDecimal.valueOf(UNITS_PER_SECOND / duration).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * The frame interval for {@code fps}: the offered interval whose frame rate is nearest (30 gives 333333, 29.97
     * gives 333667), or the exact interval when the device offers none.
     */
    public static long nearestDuration(double fps, List<NamedValue> offered) {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("a frame rate must be a positive number of frames per second");
        }
        NamedValue nearest = nearest(offered, option -> option.value > 0 ? UNITS_PER_SECOND / option.value : -1,
                fps);
        return nearest != null ? nearest.value : Math.round(UNITS_PER_SECOND / fps);
    }

    /** The bits per second of the device's {@code kbps}. */
    public static long bitsPerSecond(long kbps) {
        return kbps * BITS_PER_KBPS;
    }

    /** The device's {@code kbps} nearest to {@code bitsPerSecond} among {@code offered}, or the exact one. */
    public static int nearestKbps(double bitsPerSecond, List<NamedValue> offered) {
        if (!(bitsPerSecond > 0) || Double.isInfinite(bitsPerSecond)) {
            throw new IllegalArgumentException("a bitrate must be positive");
        }
        double kbps = bitsPerSecond / BITS_PER_KBPS;
        NamedValue nearest = nearest(offered, option -> option.value, kbps);
        return (int) (nearest != null ? nearest.value : Math.round(kbps));
    }

    /**
     * The codec of a stream: as reported, or for the sub stream H.264 when it is not reported, since the document
     * has no {@code codec} in {@code sub-stream} and requires it to be H.264 (it is a rule of the device, not a
     * default). Null when the main stream does not report it.
     */
    public static @Nullable Integer codec(EncoderStream stream, EncoderSettings video) {
        Integer codec = video.codec;
        if (codec == null && stream == EncoderStream.SUB) {
            return VideoCodec.H264.code();
        }
        return codec;
    }

    /** As {@link #codec}: the sub stream is always set manually ({@code is-auto} 0), so the document leaves it out. */
    public static @Nullable Integer isAuto(EncoderStream stream, EncoderSettings video) {
        Integer isAuto = video.isAuto;
        if (isAuto == null && stream == EncoderStream.SUB) {
            return 0;
        }
        return isAuto;
    }

    /** The name of a profile ({@code BASELINE}, {@code MAIN}, {@code HIGH}), or null for a number not named. */
    public static @Nullable String profileName(int codec, int profile) {
        List<String> names = codec == VideoCodec.HEVC.code() ? HEVC_PROFILES : H264_PROFILES;
        return profile >= 0 && profile < names.size() ? names.get(profile) : null;
    }

    /**
     * The profile number for a name ({@code High}, {@code high profile}), a label of {@code offered} or a number;
     * the name must be one of the codec's.
     */
    public static int profileCode(int codec, String text, List<NamedValue> offered) {
        String wanted = text.trim();
        String name = wanted.toUpperCase(Locale.ROOT).replace(" PROFILE", "").trim();
        List<String> names = codec == VideoCodec.HEVC.code() ? HEVC_PROFILES : H264_PROFILES;
        if (names.contains(name)) {
            return names.indexOf(name);
        }
        for (NamedValue option : offered) {
            if (option.name.trim().equalsIgnoreCase(wanted)) {
                return (int) option.value;
            }
        }
        try {
            return Integer.parseInt(wanted);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the profile of " + codecName(codec) + " is one of " + names
                    + " (or its number), not '" + text + "'");
        }
    }

    /** {@code H264} or {@code HEVC} for a codec number, or null for another number. */
    public static @Nullable String codecName(int codec) {
        VideoCodec value = Coded.of(VideoCodec.class, codec);
        return value == null ? null : value.name();
    }

    /** How far an option is from what is wanted, in the unit of the wanted value; negative to skip the option. */
    @FunctionalInterface
    private interface Measure {
        double of(NamedValue option);
    }

    private static @Nullable NamedValue nearest(List<NamedValue> offered, Measure measure, double wanted) {
        NamedValue nearest = null;
        double nearestGap = Double.MAX_VALUE;
        for (NamedValue option : offered) {
            double value = measure.of(option);
            double gap = Math.abs(value - wanted);
            if (value >= 0 && gap < nearestGap) {
                nearest = option;
                nearestGap = gap;
            }
        }
        return nearest;
    }
}
