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
package org.openhab.binding.ultrastream.internal.action;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DiskType;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.StreamServerType;
import org.openhab.binding.ultrastream.client.VideoCodec;
import org.openhab.binding.ultrastream.client.dto.NamedValue;

/**
 * Turns the text a rule passes to an action into the client's types. Each method raises
 * {@link IllegalArgumentException} with a sentence that says what is accepted.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class ActionArguments {

    private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[,\\r\\n]+");
    private static final Pattern RESOLUTION = Pattern.compile("\\s*(\\d{1,5})\\s*[xX×*]\\s*(\\d{1,5})\\s*");
    private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    /** The device counts a frame's duration in units of 100 ns. */
    private static final double UNITS_PER_SECOND = 10_000_000.0;

    private ActionArguments() {
    }

    /** {@code MAIN} or {@code SUB} (also {@code main-stream}, {@code sub-stream}), any case. */
    static EncoderStream stream(String text) {
        return named(EncoderStream.values(), normalized(text).replace("-STREAM", ""), "the stream is MAIN or SUB",
                text);
    }

    /** {@code USB} or {@code SD}, any case. */
    static DiskType disk(String text) {
        return named(DiskType.values(), normalized(text), "the disk is USB or SD", text);
    }

    /** {@code CUSTOM}, {@code TWITCH}, {@code YOUTUBE} or {@code FACEBOOK}, any case. */
    static StreamServerType serverType(String text) {
        String name = normalized(text);
        return named(StreamServerType.values(), StreamServerType.UNKNOWN.name().equals(name) ? "" : name,
                "the server type is CUSTOM, TWITCH, YOUTUBE or FACEBOOK", text);
    }

    /** {@code H264} or {@code HEVC} (also {@code H.264}, {@code H265}, {@code H.265}), any case. */
    static VideoCodec codec(String text) {
        String name = normalized(text).replace(".", "");
        return named(VideoCodec.values(), "H265".equals(name) ? VideoCodec.HEVC.name() : name,
                "the codec is H264 or HEVC", text);
    }

    /** Width and height from {@code WIDTHxHEIGHT}, e.g. {@code 1920x1080}. */
    static int[] resolution(String text) {
        Matcher matcher = RESOLUTION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "a resolution is written WIDTHxHEIGHT, e.g. 1920x1080, not '" + text + "'");
        }
        return new int[]{ Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) };
    }

    /**
     * The frame duration the device offers ({@code codec-cap.durations}, in 100 ns) whose frame rate is nearest to
     * {@code framesPerSecond}: 30 gives 333333, 29.97 gives 333667.
     */
    static long frameDuration(double framesPerSecond, List<NamedValue> offered) {
        if (!(framesPerSecond > 0)) {
            throw new IllegalArgumentException("a frame rate must be positive");
        }
        NamedValue nearest = null;
        double nearestGap = Double.MAX_VALUE;
        for (NamedValue option : offered) {
            if (option.value > 0) {
                double gap = Math.abs(UNITS_PER_SECOND / option.value - framesPerSecond);
                if (gap < nearestGap) {
                    nearest = option;
                    nearestGap = gap;
                }
            }
        }
        if (nearest == null) {
            throw new IllegalArgumentException("the device offers no frame rates");
        }
        return nearest.value;
    }

    /** A profile by its name in {@code codec-cap} (e.g. {@code High}) or by its number. */
    static int profile(String text, List<NamedValue> offered) {
        String wanted = text.trim();
        for (NamedValue option : offered) {
            if (option.name.equalsIgnoreCase(wanted) || Long.toString(option.value).equals(wanted)) {
                return (int) option.value;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "'; the device offers "
                + offered.stream().map(option -> option.name).toList());
    }

    /**
     * A local date and time, {@code yyyy-MM-dd HH:mm:ss} or ISO ({@code yyyy-MM-ddTHH:mm:ss}); null for blank text,
     * which means: take the time from the network.
     */
    static @Nullable LocalDateTime dateTime(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.contains("T") ? LocalDateTime.parse(trimmed) : LocalDateTime.parse(trimmed, DEVICE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "a date and time is written yyyy-MM-dd HH:mm:ss, not '" + text + "'");
        }
    }

    /**
     * File names separated by commas or line breaks, each trimmed; empty entries are skipped. A name that itself
     * holds a comma can only be given as a list.
     */
    static List<String> fileNames(String text) {
        List<String> names = FILE_NAME_SEPARATORS.splitAsStream(text).map(String::trim).filter(n -> !n.isEmpty())
                .toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("give at least one file name; separate names by commas or lines");
        }
        return names;
    }

    /** The constant called {@code name}; otherwise an exception that says what {@code text} should have been. */
    private static <E extends Enum<E>> E named(E[] values, String name, String rule, String text) {
        for (E value : values) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException(rule + ", not '" + text + "'");
    }

    private static String normalized(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('_', '-');
    }
}
