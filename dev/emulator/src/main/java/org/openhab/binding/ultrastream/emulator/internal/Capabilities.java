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
package org.openhab.binding.ultrastream.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.Model;

/**
 * The value ranges of {@code get-info} ({@code codec-cap}, {@code rec-control}, {@code audio-range}), exactly as
 * in the document's example, the AIO's {@code input-source}, and the checks the {@code set-*} methods make against
 * them.
 */
@NonNullByDefault
public final class Capabilities {

    /** One value of a range with its label, as get-info lists it. */
    record Named(String name, int value) {
    }

    record Resolution(int w, int h) {
    }

    record CodecCap(List<Resolution> resolutions, List<Named> durations, List<Named> profile,
            List<Named> hevcProfile, List<Named> videoKbps, List<Named> audioKbps, List<Named> gopSec,
            List<Named> videoRange, List<Named> statSec, List<Named> videoCodec) {
    }

    record RecControl(List<Named> usbOption, List<Named> sdOption, List<Named> timeUnit, List<Named> fileExt) {
    }

    /** A gain range in dB. */
    record Range(double max, double min, double def) {
    }

    record AudioRange(Range hdmi, Range mic, Range phone) {
    }

    /** The AIO's {@code input-source} of get-info: what select-input-source and set-video-mixer-config take. */
    record InputSourceInfo(List<Named> sources, VideoMixer videoMixer) {
    }

    record VideoMixer(List<Named> types, List<Named> pip, List<Named> sbs) {
    }

    private static final List<Resolution> RESOLUTIONS = Stream.of(new int[][]{ { 480, 360 }, { 640, 360 },
            { 640, 480 }, { 720, 480 }, { 720, 576 }, { 768, 576 }, { 800, 600 }, { 960, 540 }, { 1024, 768 },
            { 1280, 720 }, { 1280, 800 }, { 1280, 960 }, { 1280, 1024 }, { 1440, 900 }, { 1440, 1080 },
            { 1600, 1200 }, { 1920, 1080 } }).map(r -> new Resolution(r[0], r[1])).toList();

    static final List<Named> DURATIONS = named("15 FPS", 666667, "24 FPS", 416667, "25 FPS", 400000, "29.97 FPS",
            333667, "30 FPS", 333333, "50 FPS", 200000, "59.94 FPS", 166833, "60 FPS", 166667);
    static final List<Named> PROFILE = named("Baseline", 0, "Main profile", 1, "High profile", 2);
    static final List<Named> HEVC_PROFILE = named("Main profile", 0);
    static final List<Named> VIDEO_KBPS = named("256 Kbps", 256, "512 Kbps", 512, "768 Kbps", 768, "1 Mbps", 1024,
            "1.5 Mbps", 1536, "2 Mbps", 2048, "3 Mbps", 3072, "4 Mbps", 4096, "8 Mbps", 8192);
    static final List<Named> AUDIO_KBPS = named(" 16 Kbps", 16, " 32 Kbps", 32, " 48 Kbps", 48, " 64 Kbps", 64,
            " 96 Kbps", 96, "128 Kbps", 128);
    static final List<Named> GOP_SEC = named(" 1 sec", 1, " 2 sec", 2, " 5 sec", 5, "10 sec", 10, "30 sec", 30,
            "60 sec", 60);
    static final List<Named> VIDEO_RANGE = named("Full range (0-255)", 1, "Limited range (16-235)", 0);
    static final List<Named> STAT_SEC = named(" 1 sec", 1, " 5 sec", 5, "10 sec", 10, "30 sec", 30, "60 sec", 60);
    static final List<Named> VIDEO_CODEC = named("H.264", 0, "HEVC", 1);
    static final List<Named> USB_OPTION = named("Don't record", 0, "Ordinary recording", 1);
    static final List<Named> SD_OPTION = named("Don't record", 0, "Ordinary recording", 1, "Loop recording", 2);
    static final List<Named> TIME_UNIT = named("5 minutes", 5, "10 minutes", 10, "30 minutes", 30, "40 minutes", 40,
            "50 minutes", 50, "60 minutes", 60, "90 minutes", 90, "120 minutes", 120);
    static final List<Named> FILE_EXT = named("mp4", 0, "mov", 1);

    static final CodecCap CODEC_CAP = new CodecCap(RESOLUTIONS, DURATIONS, PROFILE, HEVC_PROFILE, VIDEO_KBPS,
            AUDIO_KBPS, GOP_SEC, VIDEO_RANGE, STAT_SEC, VIDEO_CODEC);
    static final RecControl REC_CONTROL = new RecControl(USB_OPTION, SD_OPTION, TIME_UNIT, FILE_EXT);
    static final AudioRange AUDIO_RANGE = new AudioRange(new Range(6.00, -100.00, 0.00),
            new Range(55.25, -12.00, 0.00), new Range(6.00, -57.00, 0.00));

    /*
     * The AIO's sources and mixer positions. No source names their entries: the values 1 (SDI) and 2 (HDMI) follow
     * the one numbering of the two inputs the pages give (set-video-mixer-config's input-device), 3 is the mix;
     * the names and the positions are the emulator's.
     */
    public static final int SOURCE_SDI = 1;
    public static final int SOURCE_HDMI = 2;
    public static final int SOURCE_MIXER = 3;
    static final List<Named> INPUT_SOURCES = named("SDI", SOURCE_SDI, "HDMI", SOURCE_HDMI, "Video Mixer",
            SOURCE_MIXER);
    /** set-video-mixer-config's page: 0 picture in picture, 1 side by side. */
    static final List<Named> MIXER_TYPES = named("Picture in Picture", 0, "Side by Side", 1);
    static final List<Named> MIXER_PIP = named("Top Left", 0, "Top Right", 1, "Bottom Left", 2, "Bottom Right", 3);
    static final List<Named> MIXER_SBS = named("Top", 0, "Center", 1, "Bottom", 2);
    /** set-video-mixer-config's page: the mix has the format of the SDI input (1) or of the HDMI input (2). */
    static final List<Named> MIXER_INPUT_DEVICES = named("SDI", 1, "HDMI", 2);
    static final InputSourceInfo INPUT_SOURCE = new InputSourceInfo(INPUT_SOURCES,
            new VideoMixer(MIXER_TYPES, MIXER_PIP, MIXER_SBS));

    /** add-server's types on the plain Ultra Encode (its page). */
    private static final Set<Integer> ENCODE_SERVER_TYPES = Set.of(0, 1, 2, 3, 100, 120, 121, 130, 131, 132, 133);
    /** add-server's types on the AIO (its V2.4 page) and the Plus (whose pages the AIO's share). */
    private static final Set<Integer> ENCODE_PLUS_SERVER_TYPES = Set.of(0, 1, 2, 3, 4, 100, 120, 121, 122, 130, 131,
            132, 133, 140, 143, 144, 150, 151);
    /** start-test-server's types on the family (its page). */
    static final Set<Integer> ENCODE_TEST_SERVER_TYPES = Set.of(0, 1, 2, 3, 120);

    /** The 8 Mbps entry of {@code video-kbps}: live with it allows only one server. */
    public static final int KBPS_8M = 8192;
    public static final int CODEC_H264 = 0;
    public static final int CODEC_HEVC = 1;

    private Capabilities() {
    }

    public static boolean isResolution(int cx, int cy) {
        return RESOLUTIONS.contains(new Resolution(cx, cy));
    }

    /** The server types add-server takes on an Ultra Encode model. */
    static Set<Integer> serverTypes(Model model) {
        return model == Model.ULTRA_ENCODE_HDMI || model == Model.ULTRA_ENCODE_SDI
                ? ENCODE_SERVER_TYPES
                : ENCODE_PLUS_SERVER_TYPES;
    }

    /** Whether {@code value} is one of the values of a range. */
    static boolean allows(List<Named> range, int value) {
        return range.stream().anyMatch(n -> n.value() == value);
    }

    private static List<Named> named(Object... pairs) {
        List<Named> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Named((String) pairs[i], (Integer) pairs[i + 1]));
        }
        return List.copyOf(list);
    }
}
