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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Everything {@code get-settings} reports, with the document's example values as defaults.
 * {@code reset-all-settings} replaces the whole object with a fresh one. Not thread-safe: the device model
 * guards it.
 */
@NonNullByDefault
public final class Settings {

    /** One encoder's parameters ({@code main-stream} / {@code sub-stream}). */
    public static final class Stream {
        public int isAuto;
        public int codec;
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

        JsonObject toJson(boolean main) {
            JsonObject o = new JsonObject();
            if (main) {
                o.addProperty("is-auto", isAuto);
                o.addProperty("codec", codec);
            }
            o.addProperty("cx", cx);
            o.addProperty("cy", cy);
            o.addProperty("duration", duration);
            o.addProperty("kbps", kbps);
            o.addProperty("gop", gop);
            o.addProperty("fourcc", fourcc);
            o.addProperty("profile", profile);
            o.addProperty("cbrstat", cbrstat);
            o.addProperty("fullrange", fullrange);
            return o;
        }
    }

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

    public int isSoftap = 1;
    public int isVisible = 1;
    public String softapSsid;
    public String softapPasswd;

    public String timezone = "UTC";
    public int timeIsAuto = 1;

    public int mimeType;
    public int usbOption = 1;
    public int sdOption = 1;
    public String rootFolder = "REC_Folder";
    public String filePrefix = "VID";
    public int timeUnit = 5;

    public int contrast = 100;
    public int brightness;
    public int saturation = 100;
    public int hue;

    public int isMic = 1;
    public int micGain;
    public int isSpi = 1;
    public int spiGain;
    public int isPhone = 1;
    public int phoneGain;

    public int recStream;
    public int liveStream;
    public int mwsStream = 1;
    public final Stream mainStream = new Stream(1920, 1080, 166667, 4096, 0);
    public final Stream subStream = new Stream(1024, 768, 333333, 1024, 1);
    public int audioSampleRate = 48000;
    public int audioChannels = 2;
    public int audioKbps = 128;

    public int ethIsDhcp = 1;
    public String ethIp = "";
    public String ethMask = "";
    public String ethRouter = "";
    public String ethDns = "";

    public Settings(String boxName, String serial, boolean ssdp) {
        this.name = boxName;
        this.isSsdp = ssdp ? 1 : 0;
        this.softapSsid = serial;
        this.softapPasswd = serial.substring(Math.max(0, serial.length() - 8));
    }

    public Stream stream(int index) {
        return index == 0 ? mainStream : subStream;
    }

    /** Video plus audio rate of the stream that records, in kbps (1 kbps = 1024 bit/s, as "1 Mbps" = 1024). */
    public int recKbps() {
        return stream(recStream).kbps + audioKbps;
    }

    public int liveKbps() {
        return stream(liveStream).kbps + audioKbps;
    }

    /** Bytes one recorded file grows to in {@code timeUnitMinutes} at {@code kbps}. */
    public static long fileBytes(int timeUnitMinutes, int kbps) {
        return (long) timeUnitMinutes * 60L * kbps * 1024L / 8L;
    }

    /** The document's rule: a file may not exceed 4 GB, so time-unit × rate ≤ 4 GB. */
    public static boolean fitsFourGigabytes(int timeUnitMinutes, int kbps) {
        return fileBytes(timeUnitMinutes, kbps) <= 4L * 1024 * 1024 * 1024;
    }

    public JsonObject toJson(List<StreamServer> servers) {
        JsonObject o = new JsonObject();
        o.addProperty("result", 0);
        o.addProperty("name", name);
        o.addProperty("passwd", passwd);
        o.addProperty("is-settings", isSettings);
        o.addProperty("is-ssdp", isSsdp);
        o.addProperty("is-startup-rec", isStartupRec);
        o.addProperty("is-startup-live", isStartupLive);
        o.addProperty("is-signal-lost", isSignalLost);
        o.addProperty("is-hdmi-rec-ctrl", isHdmiRecCtrl);
        o.addProperty("is-auto-rec", isAutoRec);

        JsonObject softap = new JsonObject();
        softap.addProperty("is-softap", isSoftap);
        softap.addProperty("is-visible", isVisible);
        softap.addProperty("softap-ssid", softapSsid);
        softap.addProperty("softap-passwd", softapPasswd);
        o.add("softap", softap);

        JsonObject dateTime = new JsonObject();
        dateTime.addProperty("timezone", timezone);
        dateTime.addProperty("is-auto", timeIsAuto);
        o.add("date-time", dateTime);

        JsonObject rec = new JsonObject();
        rec.addProperty("mime-type", mimeType);
        rec.addProperty("usb-option", usbOption);
        rec.addProperty("sd-option", sdOption);
        rec.addProperty("root-folder", rootFolder);
        rec.addProperty("file-prefix", filePrefix);
        rec.addProperty("time-unit", timeUnit);
        o.add("rec-control", rec);

        JsonObject color = new JsonObject();
        color.addProperty("contrast", contrast);
        color.addProperty("brightness", brightness);
        color.addProperty("saturation", saturation);
        color.addProperty("hue", hue);
        o.add("video-color", color);

        JsonObject volume = new JsonObject();
        volume.addProperty("is-mic", isMic);
        volume.addProperty("mic-gain", micGain);
        volume.addProperty("is-spi", isSpi);
        volume.addProperty("spi-gain", spiGain);
        volume.addProperty("is-phone", isPhone);
        volume.addProperty("phone-gain", phoneGain);
        o.add("volume", volume);

        o.addProperty("rec-stream", recStream);
        o.addProperty("live-stream", liveStream);
        o.addProperty("mws-stream", mwsStream);
        o.add("main-stream", mainStream.toJson(true));
        o.add("sub-stream", subStream.toJson(false));

        JsonObject audio = new JsonObject();
        audio.addProperty("sample-rate", audioSampleRate);
        audio.addProperty("channels", audioChannels);
        audio.addProperty("kbps", audioKbps);
        o.add("audio", audio);

        JsonObject eth = new JsonObject();
        eth.addProperty("is-dhcp", ethIsDhcp);
        eth.addProperty("ip", ethIp);
        eth.addProperty("mask", ethMask);
        eth.addProperty("router", ethRouter);
        eth.addProperty("dns", ethDns);
        o.add("eth", eth);

        JsonArray list = new JsonArray();
        for (StreamServer s : servers) {
            list.add(s.toJson());
        }
        o.add("stream-server", list);
        return o;
    }
}
