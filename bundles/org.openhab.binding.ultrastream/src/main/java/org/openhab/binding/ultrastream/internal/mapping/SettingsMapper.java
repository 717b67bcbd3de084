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
package org.openhab.binding.ultrastream.internal.mapping;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.dto.AudioSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Maps a {@code get-settings} reply to the states of the encoding channels, the device name and the dynamic
 * stream-server channels. Pure, like {@link StatusMapper}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SettingsMapper {

    private SettingsMapper() {
    }

    public static ChannelUpdate map(DeviceSettings settings) {
        ChannelUpdate update = new ChannelUpdate();
        update.put(ENCODING_REC_STREAM, streamState(settings.recStream));
        update.put(ENCODING_LIVE_STREAM, streamState(settings.liveStream));
        update.put(ENCODING_PREVIEW_STREAM, streamState(settings.mwsStream));
        mapVideo(MAIN_PREFIX, settings.mainStream, update);
        mapVideo(SUB_PREFIX, settings.subStream, update);
        @Nullable
        AudioSettings audio = settings.audio;
        update.put(ENCODING_AUDIO_BITRATE, audio == null || audio.kbps <= 0
                ? UnDefType.UNDEF
                : new DecimalType(audio.kbps));
        String name = NetworkText.clean(settings.name, NetworkText.MAX_NAME);
        if (!name.isEmpty()) {
            update.put(DEVICE_NAME, new StringType(name));
        }
        for (StreamServer server : streamServers(settings)) {
            update.put(streamServerEnabledChannel(server.id), OnOffType.from(server.isUse != 0));
            update.put(streamServerNameChannel(server.id), new StringType(serverName(server)));
        }
        return update;
    }

    /**
     * The configured stream servers, in the device's order. Ids are unique on a device, so a repeated id (for
     * example from a {@code null} entry the parser turned into an empty server) is dropped.
     */
    public static List<StreamServer> streamServers(DeviceSettings settings) {
        List<StreamServer> servers = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        if (settings.streamServer != null) {
            for (StreamServer server : settings.streamServer) {
                if (server != null && server.id >= 0 && ids.add(server.id)) {
                    servers.add(server);
                }
            }
        }
        return servers;
    }

    /** {@code stream-servers#server-<id>-enabled} */
    public static String streamServerEnabledChannel(int serverId) {
        return GROUP_STREAM_SERVERS + "#" + STREAM_SERVER_PREFIX + serverId + STREAM_SERVER_ENABLED_SUFFIX;
    }

    /** {@code stream-servers#server-<id>-name} */
    public static String streamServerNameChannel(int serverId) {
        return GROUP_STREAM_SERVERS + "#" + STREAM_SERVER_PREFIX + serverId + STREAM_SERVER_NAME_SUFFIX;
    }

    /** The server id in a stream-server channel id (with or without the group), or null for any other channel. */
    public static @Nullable Integer streamServerId(String channelId) {
        String id = channelId.startsWith(GROUP_STREAM_SERVERS + "#")
                ? channelId.substring(GROUP_STREAM_SERVERS.length() + 1)
                : channelId;
        if (!id.startsWith(STREAM_SERVER_PREFIX)) {
            return null;
        }
        String rest = id.substring(STREAM_SERVER_PREFIX.length());
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            return Integer.valueOf(rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The name a server shows: its own, else its URL (the device names custom servers after their host). */
    static String serverName(StreamServer server) {
        String name = NetworkText.clean(server.name, NetworkText.MAX_NAME); // from the network
        return name.isEmpty() ? NetworkText.clean(server.url, 4 * NetworkText.MAX_NAME) : name;
    }

    private static void mapVideo(String prefix, @Nullable EncoderSettings video, ChannelUpdate update) {
        String resolution = ENCODING_GROUP_PREFIX + prefix + VIDEO_RESOLUTION;
        String frameRate = ENCODING_GROUP_PREFIX + prefix + VIDEO_FRAME_RATE;
        String bitrate = ENCODING_GROUP_PREFIX + prefix + VIDEO_BITRATE;
        String codec = ENCODING_GROUP_PREFIX + prefix + VIDEO_CODEC;
        String profile = ENCODING_GROUP_PREFIX + prefix + VIDEO_PROFILE;
        String gop = ENCODING_GROUP_PREFIX + prefix + VIDEO_GOP;
        if (video == null) {
            for (String channel : List.of(resolution, frameRate, bitrate, codec, profile, gop)) {
                update.put(channel, UnDefType.UNDEF);
            }
            return;
        }
        update.put(resolution, video.cx > 0 && video.cy > 0
                ? new StringType(resolutionText(video.cx, video.cy))
                : UnDefType.UNDEF);
        update.put(frameRate, video.duration > 0 ? new DecimalType(video.duration) : UnDefType.UNDEF);
        update.put(bitrate, video.kbps > 0 ? new DecimalType(video.kbps) : UnDefType.UNDEF);
        update.put(codec, new DecimalType(video.codec));
        update.put(profile, new DecimalType(video.profile));
        update.put(gop, video.gop > 0 ? new DecimalType(video.gop) : UnDefType.UNDEF);
    }

    /** {@code 1920x1080}: the form of the resolution channels and their options. */
    public static String resolutionText(int width, int height) {
        return width + "x" + height;
    }

    private static State streamState(int code) {
        if (code == EncoderStream.MAIN.code()) {
            return new StringType(EncoderStream.MAIN.name());
        } else if (code == EncoderStream.SUB.code()) {
            return new StringType(EncoderStream.SUB.name());
        }
        return UnDefType.UNDEF;
    }
}
