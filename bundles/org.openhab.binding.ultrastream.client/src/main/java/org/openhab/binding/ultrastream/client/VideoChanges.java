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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.NamedValue;

/**
 * The changes a channel command or a rule action makes to one encoder stream, each in one place: channels and
 * actions build the same {@link VideoChange} from the same value.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VideoChanges {

    private VideoChanges() {
    }

    /** A fixed resolution; the stream stops following the input ({@code is-auto} 0). */
    public static VideoChange resolution(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a resolution has a positive width and height");
        }
        return (video, cap) -> {
            video.cx = width;
            video.cy = height;
            video.isAuto = 0;
        };
    }

    /** The offered frame rate nearest to {@code fps}; the stream stops following the input. */
    public static VideoChange frameRate(double fps) {
        return (video, cap) -> {
            video.duration = EncodingValues.nearestDuration(fps, cap.durations);
            video.isAuto = 0;
        };
    }

    /** The offered video bitrate nearest to {@code bitsPerSecond}. */
    public static VideoChange bitrate(double bitsPerSecond) {
        return (video, cap) -> video.kbps = EncodingValues.nearestKbps(bitsPerSecond, cap.videoKbps);
    }

    /**
     * The codec. H.264 and HEVC have different profiles, so a change of codec also sets the new codec's first
     * offered profile; a profile named in the same request is applied after this.
     */
    public static VideoChange codec(VideoCodec codec) {
        return (video, cap) -> {
            if (video.codec == null || video.codec != codec.code()) {
                List<NamedValue> profiles = profilesOf(codec.code(), cap);
                NamedValue first = profiles.isEmpty() ? null : profiles.get(0);
                video.profile = first != null ? (int) first.value : 0;
            }
            video.codec = codec.code();
        };
    }

    /** A profile of the stream's codec (as set, or as changed before this in the same request). */
    public static VideoChange profile(String profile) {
        return (video, cap) -> {
            Integer codec = video.codec;
            if (codec == null) {
                throw new IllegalArgumentException("the encoder does not report the stream's codec");
            }
            video.profile = EncodingValues.profileCode(codec, profile, profilesOf(codec, cap));
        };
    }

    /** Seconds between two key frames. */
    public static VideoChange gop(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("the key frame interval must be a positive number of seconds");
        }
        return (video, cap) -> video.gop = seconds;
    }

    private static List<NamedValue> profilesOf(int codec, CodecCap cap) {
        return codec == VideoCodec.HEVC.code() ? cap.hevcProfile : cap.profile;
    }
}
