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

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.annotations.SerializedName;

/**
 * Everything {@code get-settings} reports, in its shape: this object is the reply, written as {@link Replies}
 * says, with the document's example values as defaults. {@code reset-all-settings} replaces the whole object with
 * a fresh one. Not thread-safe: the device model guards it.
 */
@NonNullByDefault
public final class Settings {

    public static final class Softap {
        public int isSoftap = 1;
        public int isVisible = 1;
        public String softapSsid;
        public String softapPasswd;

        Softap(String serial) {
            softapSsid = serial;
            softapPasswd = serial.substring(Math.max(0, serial.length() - 8));
        }
    }

    public static final class DateTime {
        /** How the device writes and reads times. */
        public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        public String timezone = "UTC";
        public int isAuto = 1;

        /** A clock value as the device writes it, in its time zone. */
        public String format(long millis) {
            return FORMAT.format(Instant.ofEpochMilli(millis).atZone(ZoneId.of(timezone)));
        }
    }

    public static final class RecControl {
        public int mimeType;
        public int usbOption = 1;
        public int sdOption = 1;
        public String rootFolder = "REC_Folder";
        public String filePrefix = "VID";
        public int timeUnit = 5;
    }

    public static final class VideoColor {
        public int contrast = 100;
        public int brightness;
        public int saturation = 100;
        public int hue;
    }

    public static final class Volume {
        public int isMic = 1;
        public int micGain;
        public int isSpi = 1;
        public int spiGain;
        public int isPhone = 1;
        public int phoneGain;
    }

    /** One encoder's parameters: {@code sub-stream}, and the most of {@code main-stream}. */
    public static class Stream {
        public int cx;
        public int cy;
        public int duration;
        public int kbps;
        public int gop = 1;
        public int fourcc;
        public int profile = 2;
        public int cbrstat = 60;
        public int fullrange;

        Stream(int cx, int cy, int duration, int kbps, int fullrange) {
            this.cx = cx;
            this.cy = cy;
            this.duration = duration;
            this.kbps = kbps;
            this.fullrange = fullrange;
        }
    }

    /**
     * The main stream also follows the input or not, and picks its codec (the sub-stream is H.264, set by hand).
     * Gson writes a subclass's fields before its superclass's: these two come first, as in the document.
     */
    public static final class MainStream extends Stream {
        public int isAuto;
        public int codec;

        MainStream() {
            super(1920, 1080, 166667, 4096, 0);
        }
    }

    public static final class Audio {
        public int sampleRate = 48000;
        public int channels = 2;
        public int kbps = 128;
    }

    public static final class Eth {
        public int isDhcp = 1;
        public String ip = "";
        public String mask = "";
        public String router = "";
        public String dns = "";
    }

    /** get-settings always succeeds. */
    final int result = ResultCode.RET_SUCCEED.code();
    public String name;
    public int passwd = 1;
    public int isSettings;
    public int isSsdp;
    public int isStartupRec;
    public int isStartupLive;
    public int isSignalLost;
    public int isHdmiRecCtrl;
    /** Not in get-settings' document: {@code set-auto-rec} stores it; reported as {@code is-auto-rec}. */
    public int isAutoRec;
    public final Softap softap;
    public final DateTime dateTime = new DateTime();
    public final RecControl recControl = new RecControl();
    public final VideoColor videoColor = new VideoColor();
    public final Volume volume = new Volume();
    public int recStream;
    public int liveStream;
    public int mwsStream = 1;
    public final MainStream mainStream = new MainStream();
    public final Stream subStream = new Stream(1024, 768, 333333, 1024, 1);
    public final Audio audio = new Audio();
    public final Eth eth = new Eth();
    /** The live push targets. */
    @SerializedName("stream-server")
    public final List<StreamServer> servers = new ArrayList<>();

    public Settings(String boxName, String serial, boolean ssdp) {
        this.name = boxName;
        this.isSsdp = ssdp ? 1 : 0;
        this.softap = new Softap(serial);
    }

    public Stream stream(int index) {
        return index == 0 ? mainStream : subStream;
    }

    public int codec(int stream) {
        return stream == 0 ? mainStream.codec : Capabilities.CODEC_H264;
    }

    /** Video plus audio rate of the stream that records, in kbps (1 kbps = 1024 bit/s, as "1 Mbps" = 1024). */
    public int recKbps() {
        return stream(recStream).kbps + audio.kbps;
    }

    public int liveKbps() {
        return stream(liveStream).kbps + audio.kbps;
    }

    /** Bytes one recorded file grows to in {@code timeUnitMinutes} at {@code kbps}. */
    public static long fileBytes(int timeUnitMinutes, int kbps) {
        return (long) timeUnitMinutes * 60L * kbps * 1024L / 8L;
    }

    /** The document's rule: a file may not exceed 4 GB, so time-unit × rate ≤ 4 GB. */
    public static boolean fitsFourGigabytes(int timeUnitMinutes, int kbps) {
        return fileBytes(timeUnitMinutes, kbps) <= 4L * 1024 * 1024 * 1024;
    }
}
