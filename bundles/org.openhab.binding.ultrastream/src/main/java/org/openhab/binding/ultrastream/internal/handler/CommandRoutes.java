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
package org.openhab.binding.ultrastream.internal.handler;

import static java.util.Map.entry;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamException;
import org.openhab.binding.ultrastream.client.VideoCodec;
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.binding.ultrastream.internal.mapping.SettingsMapper;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;

/**
 * The one routing table from channel id to client call. Each route turns an openHAB command into the arguments of
 * one {@link UltraStreamClient} method; a command the channel cannot take raises {@link IllegalArgumentException}
 * with a sentence for the log. Rule actions and the console call the same client methods directly.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class CommandRoutes {

    /** Sends one command. {@code settings} is the latest get-settings reply, for calls that must repeat it. */
    @FunctionalInterface
    interface Sender {
        ResultCode send(UltraStreamClient client, Command command, DeviceSettings settings)
                throws UltraStreamException;
    }

    /**
     * @param sender the client call
     * @param changesSettings whether get-settings must be read again afterwards (get-status is always read)
     */
    record Route(Sender sender, boolean changesSettings) {
    }

    /** Frame rates up to this are taken as frames per second; larger numbers as the device's 100 ns interval. */
    private static final double MAX_FPS = 1000;

    private static final Map<String, Route> ROUTES = Map.ofEntries(
            entry(RECORDING_ACTIVE, status((c, cmd, s) -> isOn(cmd) ? c.startRec() : c.stopRec())),
            entry(LIVE_ACTIVE, status((c, cmd, s) -> isOn(cmd) ? c.startLive() : c.stopLive())),
            entry(DEVICE_AP_MODE, status((c, cmd, s) -> isOn(cmd) ? c.openSoftap() : c.closeSoftap())),
            entry(DEVICE_NAME, settings((c, cmd, s) -> c.setName(text(cmd)))),
            entry(ENCODING_REC_STREAM, settings(
                    (c, cmd, s) -> c.setStream(stream(cmd), stream(s.liveStream), stream(s.mwsStream)))),
            entry(ENCODING_LIVE_STREAM, settings(
                    (c, cmd, s) -> c.setStream(stream(s.recStream), stream(cmd), stream(s.mwsStream)))),
            entry(ENCODING_PREVIEW_STREAM, settings(
                    (c, cmd, s) -> c.setStream(stream(s.recStream), stream(s.liveStream), stream(cmd)))),
            entry(ENCODING_AUDIO_BITRATE, settings((c, cmd, s) -> c.setAudio(integer(cmd)))),
            videoEntry(EncoderStream.MAIN, VIDEO_RESOLUTION, CommandRoutes::setResolution),
            videoEntry(EncoderStream.MAIN, VIDEO_FRAME_RATE, null),
            videoEntry(EncoderStream.MAIN, VIDEO_BITRATE, (v, cmd) -> v.kbps = integer(cmd)),
            videoEntry(EncoderStream.MAIN, VIDEO_CODEC, null),
            videoEntry(EncoderStream.MAIN, VIDEO_PROFILE, (v, cmd) -> v.profile = integer(cmd)),
            videoEntry(EncoderStream.MAIN, VIDEO_GOP, (v, cmd) -> v.gop = integer(cmd)),
            videoEntry(EncoderStream.SUB, VIDEO_RESOLUTION, CommandRoutes::setResolution),
            videoEntry(EncoderStream.SUB, VIDEO_FRAME_RATE, null),
            videoEntry(EncoderStream.SUB, VIDEO_BITRATE, (v, cmd) -> v.kbps = integer(cmd)),
            videoEntry(EncoderStream.SUB, VIDEO_CODEC, null),
            videoEntry(EncoderStream.SUB, VIDEO_PROFILE, (v, cmd) -> v.profile = integer(cmd)),
            videoEntry(EncoderStream.SUB, VIDEO_GOP, (v, cmd) -> v.gop = integer(cmd)));

    private CommandRoutes() {
    }

    /** The route of a channel ({@code group#channel}), or null when the channel takes no commands. */
    static @Nullable Route find(String channelId) {
        Route route = ROUTES.get(channelId);
        if (route != null) {
            return route;
        }
        Integer serverId = SettingsMapper.streamServerId(channelId);
        if (serverId != null && channelId.endsWith(STREAM_SERVER_ENABLED_SUFFIX)) {
            int id = serverId;
            return settings((c, cmd, s) -> c.enableServer(id, isOn(cmd)));
        }
        return null;
    }

    /** Every channel id with a fixed route (the stream-server switches come on top). */
    static List<String> channelIds() {
        return ROUTES.keySet().stream().sorted().toList();
    }

    private static Route status(Sender sender) {
        return new Route(sender, false);
    }

    private static Route settings(Sender sender) {
        return new Route(sender, true);
    }

    /**
     * A set-video route: the stream's current parameters with one changed, since set-video takes them all. Frame
     * rate and codec need get-info's lists, so their change is made in {@link #changeWithCap}.
     */
    private static Map.Entry<String, Route> videoEntry(EncoderStream stream, String suffix,
            @Nullable BiConsumer<EncoderSettings, Command> change) {
        String prefix = stream == EncoderStream.MAIN ? MAIN_PREFIX : SUB_PREFIX;
        return entry(ENCODING_GROUP_PREFIX + prefix + suffix, settings((c, cmd, s) -> {
            EncoderSettings video = copy(stream == EncoderStream.MAIN ? s.mainStream : s.subStream);
            if (change != null) {
                change.accept(video, cmd);
            } else {
                changeWithCap(suffix, video, cmd, c.cachedInfo().codecCap);
            }
            return c.setVideo(stream, video);
        }));
    }

    private static void changeWithCap(String suffix, EncoderSettings video, Command command, CodecCap cap) {
        if (VIDEO_FRAME_RATE.equals(suffix)) {
            video.duration = duration(command, cap.durations);
            video.isAuto = 0;
        } else {
            int codec = codec(command);
            if (codec != video.codec) {
                // H.264 and HEVC have different profile lists: take the new codec's first profile.
                List<NamedValue> profiles = codec == VideoCodec.HEVC.code() ? cap.hevcProfile : cap.profile;
                if (!profiles.isEmpty()) {
                    video.profile = (int) profiles.get(0).value;
                }
            }
            video.codec = codec;
        }
    }

    private static void setResolution(EncoderSettings video, Command command) {
        String text = text(command).trim().toLowerCase(Locale.ROOT).replace('×', 'x').replace('*', 'x');
        String[] parts = text.split("\\s*x\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a resolution is written WIDTHxHEIGHT, for example 1920x1080");
        }
        try {
            video.cx = Integer.parseInt(parts[0]);
            video.cy = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a resolution is written WIDTHxHEIGHT, for example 1920x1080");
        }
        video.isAuto = 0;
    }

    /**
     * The frame interval for a command: a device interval (100 ns units) as it is, or frames per second turned
     * into the nearest interval the device offers (30 becomes 333333, 29.97 becomes 333667).
     */
    static long duration(Command command, List<NamedValue> offered) {
        double value = number(command);
        if (value <= 0) {
            throw new IllegalArgumentException("a frame rate must be positive");
        }
        if (value > MAX_FPS) {
            return Math.round(value);
        }
        long wanted = Math.round(10_000_000 / value);
        long best = wanted;
        long bestDistance = Long.MAX_VALUE;
        for (NamedValue option : offered) {
            long distance = Math.abs(option.value - wanted);
            if (distance < bestDistance) {
                best = option.value;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int codec(Command command) {
        if (command instanceof StringType) {
            String text = command.toString().trim().toUpperCase(Locale.ROOT).replace(".", "");
            switch (text) {
                case "H264" :
                case "AVC" :
                    return VideoCodec.H264.code();
                case "HEVC" :
                case "H265" :
                    return VideoCodec.HEVC.code();
                default :
                    break;
            }
        }
        return integer(command);
    }

    private static EncoderStream stream(Command command) {
        String text = command.toString().trim().toUpperCase(Locale.ROOT);
        for (EncoderStream stream : EncoderStream.values()) {
            if (stream.name().equals(text) || Integer.toString(stream.code()).equals(text)) {
                return stream;
            }
        }
        throw new IllegalArgumentException("the stream is MAIN or SUB");
    }

    private static EncoderStream stream(int code) {
        return code == EncoderStream.SUB.code() ? EncoderStream.SUB : EncoderStream.MAIN;
    }

    private static boolean isOn(Command command) {
        if (command instanceof OnOffType) {
            return command == OnOffType.ON;
        }
        throw new IllegalArgumentException("the channel takes ON or OFF");
    }

    private static String text(Command command) {
        if (command instanceof StringType) {
            return command.toString();
        }
        throw new IllegalArgumentException("the channel takes text");
    }

    private static int integer(Command command) {
        double value = number(command);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("the channel takes a whole number");
        }
        return (int) value;
    }

    private static double number(Command command) {
        if (command instanceof DecimalType decimal) {
            return decimal.doubleValue();
        }
        if (command instanceof QuantityType<?> quantity) {
            return quantity.doubleValue();
        }
        if (command instanceof StringType) {
            try {
                return Double.parseDouble(command.toString().trim());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("the channel takes a number");
    }

    private static EncoderSettings copy(EncoderSettings source) {
        EncoderSettings copy = new EncoderSettings();
        copy.isAuto = source.isAuto;
        copy.codec = source.codec;
        copy.cx = source.cx;
        copy.cy = source.cy;
        copy.duration = source.duration;
        copy.kbps = source.kbps;
        copy.gop = source.gop;
        copy.fourcc = source.fourcc;
        copy.profile = source.profile;
        copy.cbrstat = source.cbrstat;
        copy.fullrange = source.fullrange;
        return copy;
    }
}
