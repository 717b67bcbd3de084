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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The value ranges of {@code get-info} ({@code codec-cap}, {@code rec-control}, {@code audio-range}), exactly as
 * in the document's example, and the checks the {@code set-*} methods make against them.
 */
@NonNullByDefault
public final class Capabilities {

    private static final int[][] RESOLUTIONS = { { 480, 360 }, { 640, 360 }, { 640, 480 }, { 720, 480 },
            { 720, 576 }, { 768, 576 }, { 800, 600 }, { 960, 540 }, { 1024, 768 }, { 1280, 720 }, { 1280, 800 },
            { 1280, 960 }, { 1280, 1024 }, { 1440, 900 }, { 1440, 1080 }, { 1600, 1200 }, { 1920, 1080 } };

    static final Map<String, Integer> DURATIONS = named("15 FPS", 666667, "24 FPS", 416667, "25 FPS", 400000,
            "29.97 FPS", 333667, "30 FPS", 333333, "50 FPS", 200000, "59.94 FPS", 166833, "60 FPS", 166667);
    static final Map<String, Integer> PROFILE = named("Baseline", 0, "Main profile", 1, "High profile", 2);
    static final Map<String, Integer> HEVC_PROFILE = named("Main profile", 0);
    static final Map<String, Integer> VIDEO_KBPS = named("256 Kbps", 256, "512 Kbps", 512, "768 Kbps", 768,
            "1 Mbps", 1024, "1.5 Mbps", 1536, "2 Mbps", 2048, "3 Mbps", 3072, "4 Mbps", 4096, "8 Mbps", 8192);
    static final Map<String, Integer> AUDIO_KBPS = named(" 16 Kbps", 16, " 32 Kbps", 32, " 48 Kbps", 48,
            " 64 Kbps", 64, " 96 Kbps", 96, "128 Kbps", 128);
    static final Map<String, Integer> GOP_SEC = named(" 1 sec", 1, " 2 sec", 2, " 5 sec", 5, "10 sec", 10,
            "30 sec", 30, "60 sec", 60);
    static final Map<String, Integer> VIDEO_RANGE = named("Full range (0-255)", 1, "Limited range (16-235)", 0);
    static final Map<String, Integer> STAT_SEC = named(" 1 sec", 1, " 5 sec", 5, "10 sec", 10, "30 sec", 30,
            "60 sec", 60);
    static final Map<String, Integer> VIDEO_CODEC = named("H.264", 0, "HEVC", 1);
    static final Map<String, Integer> USB_OPTION = named("Don't record", 0, "Ordinary recording", 1);
    static final Map<String, Integer> SD_OPTION = named("Don't record", 0, "Ordinary recording", 1,
            "Loop recording", 2);
    static final Map<String, Integer> TIME_UNIT = named("5 minutes", 5, "10 minutes", 10, "30 minutes", 30,
            "40 minutes", 40, "50 minutes", 50, "60 minutes", 60, "90 minutes", 90, "120 minutes", 120);
    static final Map<String, Integer> FILE_EXT = named("mp4", 0, "mov", 1);

    /** The 8 Mbps entry of {@code video-kbps}: live with it allows only one server. */
    public static final int KBPS_8M = 8192;
    public static final int CODEC_H264 = 0;
    public static final int CODEC_HEVC = 1;

    private Capabilities() {
    }

    public static boolean isResolution(int cx, int cy) {
        for (int[] r : RESOLUTIONS) {
            if (r[0] == cx && r[1] == cy) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} is one of the values of a range. */
    public static boolean allows(Map<String, Integer> range, int value) {
        return Set.copyOf(range.values()).contains(value);
    }

    public static JsonObject codecCap() {
        JsonObject cap = new JsonObject();
        JsonArray resolutions = new JsonArray();
        for (int[] r : RESOLUTIONS) {
            JsonObject o = new JsonObject();
            o.addProperty("w", r[0]);
            o.addProperty("h", r[1]);
            resolutions.add(o);
        }
        cap.add("resolutions", resolutions);
        cap.add("durations", list(DURATIONS));
        cap.add("profile", list(PROFILE));
        cap.add("hevc-profile", list(HEVC_PROFILE));
        cap.add("video-kbps", list(VIDEO_KBPS));
        cap.add("audio-kbps", list(AUDIO_KBPS));
        cap.add("gop-sec", list(GOP_SEC));
        cap.add("video-range", list(VIDEO_RANGE));
        cap.add("stat-sec", list(STAT_SEC));
        cap.add("video-codec", list(VIDEO_CODEC));
        return cap;
    }

    public static JsonObject recControl() {
        JsonObject rc = new JsonObject();
        rc.add("usb-option", list(USB_OPTION));
        rc.add("sd-option", list(SD_OPTION));
        rc.add("time-unit", list(TIME_UNIT));
        rc.add("file-ext", list(FILE_EXT));
        return rc;
    }

    public static JsonObject audioRange() {
        JsonObject ar = new JsonObject();
        ar.add("hdmi", range(6.00, -100.00, 0.00));
        ar.add("mic", range(55.25, -12.00, 0.00));
        ar.add("phone", range(6.00, -57.00, 0.00));
        return ar;
    }

    private static JsonObject range(double max, double min, double def) {
        JsonObject o = new JsonObject();
        o.addProperty("max", max);
        o.addProperty("min", min);
        o.addProperty("def", def);
        return o;
    }

    private static JsonArray list(Map<String, Integer> range) {
        JsonArray a = new JsonArray();
        range.forEach((name, value) -> {
            JsonObject o = new JsonObject();
            o.addProperty("name", name);
            o.addProperty("value", value);
            a.add(o);
        });
        return a;
    }

    private static Map<String, Integer> named(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }
}
