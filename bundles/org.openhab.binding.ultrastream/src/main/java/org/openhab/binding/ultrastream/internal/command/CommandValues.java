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
package org.openhab.binding.ultrastream.internal.command;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.EncodingValues;
import org.openhab.binding.ultrastream.client.VideoCodec;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

/**
 * One parser per kind of value a command carries, shared by channel commands ({@code CommandRoutes}) and rule actions
 * ({@code UltraStreamActions}, whose arguments are wrapped into the same command types). Each raises
 * {@link IllegalArgumentException} with a sentence that says what is accepted.
 * <ul>
 * <li>Frame rate: a quantity in Hz (1 Hz is one frame per second), or a plain number of frames per second; text
 * may end in {@code fps}.</li>
 * <li>Bitrate: a quantity in any bit rate unit ({@code 4 Mbit/s}), or a plain number in the device's Kbps (as the
 * device's app and {@code codec-cap} count: 4096 is "4 Mbps").</li>
 * <li>Key frame interval: a time quantity ({@code 2 s}), or a plain number of seconds.</li>
 * </ul>
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CommandValues {

    private static final Pattern RESOLUTION = Pattern.compile("\\s*(\\d{1,5})\\s*[xX×*]\\s*(\\d{1,5})\\s*");
    private static final Pattern FPS = Pattern.compile("(?i)\\s*fps\\s*$");

    private CommandValues() {
    }

    /** ON or OFF. */
    public static boolean onOff(Command command) {
        if (command instanceof OnOffType) {
            return command == OnOffType.ON;
        }
        throw new IllegalArgumentException("the channel takes ON or OFF");
    }

    /** Text, as sent. */
    public static String text(Command command) {
        if (command instanceof StringType) {
            return command.toString();
        }
        throw new IllegalArgumentException("the channel takes text");
    }

    /** {@code MAIN} or {@code SUB} (also {@code main-stream}, {@code sub-stream}, {@code 0}, {@code 1}), any case. */
    public static EncoderStream stream(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('_', '-').replace("-STREAM", "");
        for (EncoderStream stream : EncoderStream.values()) {
            if (stream.name().equals(name) || Integer.toString(stream.code()).equals(name)) {
                return stream;
            }
        }
        throw new IllegalArgumentException("the stream is MAIN or SUB, not '" + text + "'");
    }

    /** {@code H264} or {@code HEVC} (also {@code H.264}, {@code AVC}, {@code H265}, {@code H.265}, 0, 1), any case. */
    public static VideoCodec codec(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT).replace(".", "").replace(" ", "")) {
            case "H264", "AVC", "0" -> VideoCodec.H264;
            case "HEVC", "H265", "1" -> VideoCodec.HEVC;
            default -> throw new IllegalArgumentException("the codec is H264 or HEVC, not '" + text + "'");
        };
    }

    /** Width and height from {@code WIDTHxHEIGHT}, e.g. {@code 1920x1080}. */
    public static int[] resolution(String text) {
        Matcher matcher = RESOLUTION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "a resolution is written WIDTHxHEIGHT, e.g. 1920x1080, not '" + text + "'");
        }
        return new int[]{ Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) };
    }

    /** Frames per second: a frequency, or a plain number ({@code 29.97}, {@code 30 fps}). */
    public static double framesPerSecond(Command command) {
        Command value = command instanceof StringType ? parse(FPS.matcher(command.toString()).replaceAll("")) : command;
        return inUnit(value, Units.HERTZ, 1, "a frame rate is a number of frames per second or a frequency (30 Hz)");
    }

    /** Bits per second: a bit rate, or a plain number of the device's Kbps (1024 bit/s each). */
    public static double bitsPerSecond(Command command) {
        return inUnit(command, Units.BIT_PER_SECOND, EncodingValues.BITS_PER_KBPS,
                "a bitrate is a bit rate (4 Mbit/s) or a number of Kbps as the encoder counts them (4096)");
    }

    /** Whole seconds: a time, or a plain number of seconds. */
    public static int seconds(Command command) {
        double seconds = inUnit(command, Units.SECOND, 1, "a key frame interval is a time (2 s) or seconds (2)");
        if (seconds != Math.rint(seconds)) {
            throw new IllegalArgumentException("the key frame interval is a whole number of seconds");
        }
        return (int) seconds;
    }

    /** A number: a plain one, or a quantity of the same dimension as {@code unit}. */
    private static double inUnit(Command command, Unit<?> unit, double plainFactor, String rule) {
        Command value = command instanceof StringType ? parse(command.toString()) : command;
        if (value instanceof QuantityType<?> quantity) {
            QuantityType<?> converted = quantity.toUnit(unit);
            if (converted == null) {
                throw new IllegalArgumentException(rule + ", not '" + command + "'");
            }
            return converted.doubleValue();
        }
        if (value instanceof DecimalType decimal) {
            return decimal.doubleValue() * plainFactor;
        }
        throw new IllegalArgumentException(rule + ", not '" + command + "'");
    }

    /** Text as a plain number or a quantity; the text itself when it is neither. */
    private static Command parse(String text) {
        String trimmed = text.trim();
        try {
            return new DecimalType(trimmed);
        } catch (IllegalArgumentException e) {
            // not a plain number
        }
        try {
            return new QuantityType<>(trimmed);
        } catch (IllegalArgumentException e) {
            return new StringType(trimmed);
        }
    }

    /** A plain number as a command, for rule actions; null stays null. */
    public static @Nullable Command number(@Nullable Number value) {
        return value == null ? null : new DecimalType(value.toString());
    }
}
