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

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.internal.command.CommandValues;
import org.openhab.binding.ultrastream.internal.command.EncodingCommands;
import org.openhab.binding.ultrastream.internal.command.InputCommands;
import org.openhab.binding.ultrastream.internal.mapping.SettingsMapper;
import org.openhab.core.types.Command;

/**
 * The one routing table from channel id to client call. Each route parses the command with
 * {@link CommandValues} (the parsers rule actions use too) into the arguments of one {@link UltraStreamClient}
 * method; settings that the device takes as a whole are changed by the client's read-modify-write
 * ({@link UltraStreamClient#changeVideo}, {@link UltraStreamClient#changeStreams}), which reads them right before.
 * A command the channel cannot take raises {@link IllegalArgumentException} with a sentence for the log.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class CommandRoutes {

    /**
     * Starts one command and returns the future of the device's answer. A command the channel cannot take may
     * also throw {@link IllegalArgumentException} at once.
     */
    @FunctionalInterface
    interface Sender {
        CompletableFuture<ResultCode> send(UltraStreamClient client, Command command);
    }

    /**
     * @param sender the client call
     * @param readBack what to read again afterwards: what the call changes
     */
    record Route(Sender sender, ReadBack readBack) {
    }

    /** What a command changes, and so what is read back after it. */
    enum ReadBack {
        STATUS,
        SETTINGS,
        BOTH
    }

    /** The calls both families take the same way: start and stop without parameters, the device name. */
    private static final Map<String, Route> SHARED = Map.of(RECORDING_ACTIVE,
            status((c, cmd) -> CommandValues.onOff(cmd) ? c.startRecAsync() : c.stopRecAsync()), LIVE_ACTIVE,
            status((c, cmd) -> CommandValues.onOff(cmd) ? c.startLiveAsync() : c.stopLiveAsync()),
            // The name shows in get-status (box-name), the one source of device#name, and in get-settings.
            DEVICE_NAME, new Route((c, cmd) -> c.setNameAsync(CommandValues.text(cmd)), ReadBack.BOTH));

    private static final Map<String, Route> ROUTES = Map.ofEntries(
            entry(DEVICE_AP_MODE,
                    status((c, cmd) -> CommandValues.onOff(cmd) ? c.openSoftapAsync() : c.closeSoftapAsync())),
            entry(ENCODING_REC_STREAM, settings((c, cmd) -> c.changeStreamsAsync(stream(cmd), null, null))),
            entry(ENCODING_LIVE_STREAM, settings((c, cmd) -> c.changeStreamsAsync(null, stream(cmd), null))),
            entry(ENCODING_PREVIEW_STREAM, settings((c, cmd) -> c.changeStreamsAsync(null, null, stream(cmd)))),
            entry(ENCODING_AUDIO_BITRATE, settings(EncodingCommands::setAudio)),
            videoEntry(EncoderStream.MAIN, VIDEO_RESOLUTION), videoEntry(EncoderStream.MAIN, VIDEO_FRAME_RATE),
            videoEntry(EncoderStream.MAIN, VIDEO_BITRATE), videoEntry(EncoderStream.MAIN, VIDEO_CODEC),
            videoEntry(EncoderStream.MAIN, VIDEO_PROFILE), videoEntry(EncoderStream.MAIN, VIDEO_GOP),
            videoEntry(EncoderStream.SUB, VIDEO_RESOLUTION), videoEntry(EncoderStream.SUB, VIDEO_FRAME_RATE),
            videoEntry(EncoderStream.SUB, VIDEO_BITRATE), videoEntry(EncoderStream.SUB, VIDEO_CODEC),
            videoEntry(EncoderStream.SUB, VIDEO_PROFILE), videoEntry(EncoderStream.SUB, VIDEO_GOP));

    /** The AIO's input and mixer; the input shows in get-status and get-settings, the mixer in get-settings. */
    private static final Map<String, Route> ENCODE_ROUTES = Map.of(INPUT_SOURCE,
            new Route(InputCommands::selectSource, ReadBack.BOTH), INPUT_MIXER_LAYOUT, mixer(INPUT_MIXER_LAYOUT),
            INPUT_MIXER_POSITION, mixer(INPUT_MIXER_POSITION), INPUT_MIXER_HDMI_ON_TOP, mixer(INPUT_MIXER_HDMI_ON_TOP),
            INPUT_MIXER_FORMAT, mixer(INPUT_MIXER_FORMAT));

    private CommandRoutes() {
    }

    /** The route of an Ultra Stream's channel ({@code group#channel}), or null when it takes no commands. */
    static @Nullable Route find(String channelId) {
        return find(ROUTES, ReadBack.SETTINGS, channelId);
    }

    /**
     * The route of an Ultra Encode's channel, or null. A server's state shows in get-status ({@code live[]}) too,
     * so enabling one reads both back.
     */
    static @Nullable Route findEncode(String channelId) {
        return find(ENCODE_ROUTES, ReadBack.BOTH, channelId);
    }

    private static @Nullable Route find(Map<String, Route> routes, ReadBack serverReadBack, String channelId) {
        Route route = SHARED.get(channelId);
        if (route == null) {
            route = routes.get(channelId);
        }
        if (route != null) {
            return route;
        }
        Integer serverId = SettingsMapper.streamServerId(channelId);
        if (serverId != null && channelId.endsWith(STREAM_SERVER_ENABLED_SUFFIX)) {
            int id = serverId;
            return new Route((c, cmd) -> c.enableServerAsync(id, CommandValues.onOff(cmd)), serverReadBack);
        }
        return null;
    }

    private static Route mixer(String channelId) {
        return settings((c, cmd) -> InputCommands.changeMixer(c, Map.of(channelId, cmd)));
    }

    private static Route status(Sender sender) {
        return new Route(sender, ReadBack.STATUS);
    }

    private static Route settings(Sender sender) {
        return new Route(sender, ReadBack.SETTINGS);
    }

    /** A set-video route: the client changes one parameter of the stream's parameters as it has just read them. */
    private static Map.Entry<String, Route> videoEntry(EncoderStream stream, String setting) {
        String prefix = stream == EncoderStream.MAIN ? MAIN_PREFIX : SUB_PREFIX;
        return entry(ENCODING_GROUP_PREFIX + prefix + setting,
                settings((c, cmd) -> c.changeVideoAsync(stream, EncodingCommands.videoChange(setting, cmd))));
    }

    private static EncoderStream stream(Command command) {
        return CommandValues.stream(command.toString());
    }
}
