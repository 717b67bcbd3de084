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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.EncodingValues;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
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
        mapVideo(EncoderStream.MAIN, settings.mainStream, update);
        mapVideo(EncoderStream.SUB, settings.subStream, update);
        update.put(ENCODING_AUDIO_BITRATE, bitrate(settings.audio.kbps));
        // device#name comes from get-status alone (box-name, polled): one source, one rule for a missing name.
        streamServers(settings).forEach((id, server) -> {
            Integer isUse = server.isUse;
            update.put(streamServerEnabledChannel(id), isUse == null ? UnDefType.UNDEF : OnOffType.from(isUse != 0));
            String name = serverName(server);
            update.put(streamServerNameChannel(id), name.isEmpty() ? UnDefType.UNDEF : new StringType(name));
        });
        return update;
    }

    /**
     * The configured stream servers by id, in the device's order. Ids are unique on a device, so a repeated id (for
     * example from a {@code null} entry the parser turned into an empty server) is dropped, and so is a server
     * without an id.
     */
    public static Map<Integer, StreamServer> streamServers(DeviceSettings settings) {
        Map<Integer, StreamServer> servers = new LinkedHashMap<>();
        for (StreamServer server : settings.streamServer) {
            Integer id = server.id;
            if (id != null && id >= 0) {
                servers.putIfAbsent(id, server);
            }
        }
        return servers;
    }

    /** The Ultra Stream's stream-server channels: an enable switch and a name per stored server. */
    public static List<DynamicChannel> dynamicChannels(@Nullable DeviceSettings settings) {
        List<DynamicChannel> channels = new ArrayList<>();
        if (settings != null) {
            for (int id : streamServers(settings).keySet()) {
                channels.add(DynamicChannel.Server.ENABLED.channel(id));
                channels.add(DynamicChannel.Server.NAME.channel(id));
            }
        }
        return channels;
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

    private static void mapVideo(EncoderStream stream, EncoderSettings video, ChannelUpdate update) {
        String channel = ENCODING_GROUP_PREFIX + (stream == EncoderStream.MAIN ? MAIN_PREFIX : SUB_PREFIX);
        update.put(channel + VIDEO_RESOLUTION, resolution(video.cx, video.cy));
        update.put(channel + VIDEO_FRAME_RATE, frameRate(video.duration));
        update.put(channel + VIDEO_BITRATE, bitrate(video.kbps));
        // The document's sub stream has no codec field: it is H.264 by the device's rule (see EncodingValues).
        Integer codec = EncodingValues.codec(stream, video);
        update.put(channel + VIDEO_CODEC, codec == null ? UnDefType.UNDEF : new StringType(codecText(codec)));
        Integer profile = video.profile;
        update.put(channel + VIDEO_PROFILE, codec == null || profile == null
                ? UnDefType.UNDEF
                : new StringType(profileText(codec, profile)));
        Integer gop = video.gop;
        update.put(channel + VIDEO_GOP,
                gop == null || gop <= 0 ? UnDefType.UNDEF : new QuantityType<>(gop, Units.SECOND));
    }

    /** A picture size as {@link #resolutionText}; UNDEF when either side is missing or not positive. */
    static State resolution(@Nullable Integer cx, @Nullable Integer cy) {
        return cx != null && cy != null && cx > 0 && cy > 0 ? new StringType(resolutionText(cx, cy)) : UnDefType.UNDEF;
    }

    /** {@code 1920x1080}: the form of the resolution channels and their options. */
    public static String resolutionText(int width, int height) {
        return width + "x" + height;
    }

    /** A frame interval (100 ns units) as frames per second, in hertz (openHAB has no fps unit; 1 Hz is 1 fps). */
    public static State frameRate(@Nullable Long duration) {
        BigDecimal fps = duration == null ? null : EncodingValues.framesPerSecond(duration);
        return fps == null ? UnDefType.UNDEF : new QuantityType<>(fps, Units.HERTZ);
    }

    /** The device's kbps (1024 bit/s each, see {@link EncodingValues}) in bit/s. */
    public static State bitrate(@Nullable Integer kbps) {
        return kbps == null || kbps <= 0
                ? UnDefType.UNDEF
                : new QuantityType<>(EncodingValues.bitsPerSecond(kbps), Units.BIT_PER_SECOND);
    }

    /** {@code H264} or {@code HEVC}; a codec number the document does not name stays a number. */
    public static String codecText(int codec) {
        String name = EncodingValues.codecName(codec);
        return name != null ? name : Integer.toString(codec);
    }

    /** {@code BASELINE}, {@code MAIN}, {@code HIGH}; a profile number the document does not name stays a number. */
    public static String profileText(int codec, int profile) {
        String name = EncodingValues.profileName(codec, profile);
        return name != null ? name : Integer.toString(profile);
    }

    private static State streamState(@Nullable Integer code) {
        for (EncoderStream stream : EncoderStream.values()) {
            if (code != null && stream.code() == code) {
                return new StringType(stream.name());
            }
        }
        return UnDefType.UNDEF;
    }
}
