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

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.Exclusion.Activity;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Usapi.Access;

/**
 * The {@code set-*} methods of device, recording, encoding, network and system settings. Each checks every
 * argument against get-info's ranges and the document's rules ({@code errParam} -10 when one is wrong) and
 * changes nothing unless all are right.
 */
@NonNullByDefault
final class SettingsMethods {

    private final DeviceModel model;

    SettingsMethods(DeviceModel model) {
        this.model = model;
    }

    void register(Usapi api) {
        api.add("set-name", Access.SESSION, this::setName);
        api.add("set-app-settings", Access.SESSION, c -> flag(c, "is-settings", v -> model.settings.isSettings = v));
        api.add("set-signal-lost-ctrl", Access.SESSION,
                c -> flag(c, "is-signal-lost", v -> model.settings.isSignalLost = v));
        api.add("set-auto-rec", Access.SESSION, c -> flag(c, "is-auto-rec", v -> model.settings.isAutoRec = v));
        api.add("set-ssdp", Access.SESSION, this::setSsdp);
        api.add("set-rec-control", Access.SESSION, this::setRecControl);
        api.add("set-softap", Access.SESSION, this::setSoftap);
        api.add("set-date-time", Access.SESSION, this::setDateTime);
        api.add("set-stream", Access.SESSION, this::setStream);
        api.add("set-video", Access.SESSION, this::setVideo);
        api.add("set-audio", Access.SESSION, this::setAudio);
        api.add("set-eth", Access.SESSION, this::setEth);
        api.add("disconn-wifi", Access.SESSION, this::disconnWifi);
        api.add("open-softap", Access.SESSION, c -> softap(true));
        api.add("close-softap", Access.SESSION, c -> softap(false));
    }

    private interface FlagSetter {
        void set(int value);
    }

    private Result flag(Call call, String name, FlagSetter setter) {
        setter.set(call.requiredFlag(name));
        return Usapi.ok();
    }

    private Result setName(Call call) {
        String name = call.required("name");
        ApiError.require(TextRules.isName(name));
        model.settings.name = name;
        return Usapi.ok();
    }

    private Result setSsdp(Call call) {
        int on = call.requiredFlag("is-ssdp");
        boolean changed = model.settings.isSsdp != on;
        model.settings.isSsdp = on;
        if (changed) {
            model.events().ssdpChanged(on == 1);
        }
        return Usapi.ok();
    }

    private Result setRecControl(Call call) {
        Settings.RecControl s = model.settings.recControl;
        int usbOption = call.optionalInt("usb-option", s.usbOption);
        int sdOption = call.optionalInt("sd-option", s.sdOption);
        int mimeType = call.optionalInt("mime-type", s.mimeType);
        int timeUnit = call.optionalInt("time-unit", s.timeUnit);
        String folder = call.has("root-folder") ? call.required("root-folder") : s.rootFolder;
        String prefix = call.has("file-prefix") ? call.required("file-prefix") : s.filePrefix;
        ApiError.require(Capabilities.allows(Capabilities.USB_OPTION, usbOption)
                && Capabilities.allows(Capabilities.SD_OPTION, sdOption)
                && Capabilities.allows(Capabilities.FILE_EXT, mimeType)
                && Capabilities.allows(Capabilities.TIME_UNIT, timeUnit) && TextRules.isRootFolder(folder)
                && TextRules.isFilePrefix(prefix));
        requireFourGigabytes(timeUnit, model.settings.recKbps());
        s.usbOption = usbOption;
        s.sdOption = sdOption;
        s.mimeType = mimeType;
        s.timeUnit = timeUnit;
        s.rootFolder = folder;
        s.filePrefix = prefix;
        return Usapi.ok();
    }

    private Result setSoftap(Call call) {
        Settings.Softap s = model.settings.softap;
        int isSoftap = call.optionalFlag("is-softap", s.isSoftap);
        int visible = call.optionalFlag("is-visible", s.isVisible);
        String ssid = call.has("softap-ssid") ? call.required("softap-ssid") : s.softapSsid;
        String passwd = call.has("softap-passwd") ? call.required("softap-passwd") : s.softapPasswd;
        ApiError.require(TextRules.isName(ssid) && TextRules.isName(passwd));
        s.isSoftap = isSoftap;
        s.isVisible = visible;
        s.softapSsid = ssid;
        s.softapPasswd = passwd;
        return Usapi.ok();
    }

    private Result setDateTime(Call call) {
        String zone = call.required("timezone");
        int auto = call.requiredFlag("is-auto");
        ApiError.require(TextRules.isTimezone(zone));
        long offset = 0;
        if (auto == 0) {
            try {
                LocalDateTime time = LocalDateTime.parse(call.required("time").trim(), Settings.DateTime.FORMAT);
                offset = time.atZone(ZoneId.of(zone)).toInstant().toEpochMilli() - call.now;
            } catch (DateTimeException e) {
                throw new ApiError(ResultCode.ERR_PARAM);
            }
        }
        model.settings.dateTime.timezone = zone;
        model.settings.dateTime.isAuto = auto;
        model.timeOffsetMs = offset;
        return Usapi.ok();
    }

    private Result setStream(Call call) {
        model.checkExclusion(Activity.ENCODING_PARAMS, call.now);
        Settings s = model.settings;
        int rec = call.optionalFlag("rec", s.recStream);
        int live = call.optionalFlag("live", s.liveStream);
        int mws = call.optionalFlag("mws", s.mwsStream);
        if ((live == 0 || mws == 0) && s.mainStream.codec == Capabilities.CODEC_HEVC) {
            throw new ApiError(ResultCode.ERR_CODEC_LIMITED);
        }
        requireFourGigabytes(s.recControl.timeUnit, s.stream(rec).kbps + s.audio.kbps);
        requireLiveRate(s.stream(live).kbps);
        s.recStream = rec;
        s.liveStream = live;
        s.mwsStream = mws;
        return Usapi.ok();
    }

    private Result setVideo(Call call) {
        model.checkExclusion(Activity.ENCODING_PARAMS, call.now);
        Settings s = model.settings;
        int index = call.requiredFlag("stream");
        Settings.Stream old = s.stream(index);
        int isAuto = call.optionalFlag("is-auto", index == 0 ? s.mainStream.isAuto : 0);
        int cx = call.optionalInt("cx", old.cx);
        int cy = call.optionalInt("cy", old.cy);
        int duration = call.optionalInt("duration", old.duration);
        int kbps = call.optionalInt("kbps", old.kbps);
        int gop = call.optionalInt("gop", old.gop);
        int fourcc = call.optionalInt("fourcc", old.fourcc);
        int codec = call.optionalInt("codec", s.codec(index));
        int profile = call.optionalInt("profile", old.profile);
        int cbrstat = call.optionalInt("cbrstat", old.cbrstat);
        int fullrange = call.optionalInt("fullrange", old.fullrange);
        ApiError.require(Capabilities.isResolution(cx, cy) && Capabilities.allows(Capabilities.DURATIONS, duration)
                && Capabilities.allows(Capabilities.VIDEO_KBPS, kbps)
                && Capabilities.allows(Capabilities.GOP_SEC, gop)
                && Capabilities.allows(Capabilities.VIDEO_CODEC, codec)
                && Capabilities.allows(codec == Capabilities.CODEC_HEVC
                        ? Capabilities.HEVC_PROFILE
                        : Capabilities.PROFILE, profile)
                && Capabilities.allows(Capabilities.STAT_SEC, cbrstat)
                && Capabilities.allows(Capabilities.VIDEO_RANGE, fullrange));
        // The sub-stream is always H.264 and set by hand (the document: is-auto only 0 for it).
        ApiError.require(index == 0 || (isAuto == 0 && codec == Capabilities.CODEC_H264));
        if (index == 0 && codec == Capabilities.CODEC_HEVC && (s.liveStream == 0 || s.mwsStream == 0)) {
            throw new ApiError(ResultCode.ERR_CODEC_LIMITED);
        }
        if (index == s.recStream) {
            requireFourGigabytes(s.recControl.timeUnit, kbps + s.audio.kbps);
        }
        if (index == s.liveStream) {
            requireLiveRate(kbps);
        }
        if (old instanceof Settings.MainStream main) {
            main.isAuto = isAuto;
            main.codec = codec;
        }
        old.cx = cx;
        old.cy = cy;
        old.duration = duration;
        old.kbps = kbps;
        old.gop = gop;
        old.fourcc = fourcc;
        old.profile = profile;
        old.cbrstat = cbrstat;
        old.fullrange = fullrange;
        return Usapi.ok();
    }

    private Result setAudio(Call call) {
        model.checkExclusion(Activity.ENCODING_PARAMS, call.now);
        int kbps = call.requiredInt("kbps");
        ApiError.require(Capabilities.allows(Capabilities.AUDIO_KBPS, kbps));
        Settings s = model.settings;
        requireFourGigabytes(s.recControl.timeUnit, s.stream(s.recStream).kbps + kbps);
        s.audio.kbps = kbps;
        return Usapi.ok();
    }

    private Result setEth(Call call) {
        int dhcp = call.requiredFlag("is-dhcp");
        Settings.Eth s = model.settings.eth;
        if (dhcp == 1) {
            s.isDhcp = 1;
            return Usapi.ok();
        }
        String ip = call.required("ip");
        String mask = call.required("mask");
        String router = call.param("router");
        String dns = call.param("dns");
        ApiError.require(TextRules.isIpv4(ip) && TextRules.isIpv4(mask)
                && (router == null || router.isEmpty() || TextRules.isIpv4(router))
                && (dns == null || dns.isEmpty() || TextRules.isIpv4(dns)));
        s.isDhcp = 0;
        s.ip = ip;
        s.mask = mask;
        s.router = router == null ? "" : router;
        s.dns = dns == null ? "" : dns;
        return Usapi.ok();
    }

    private Result disconnWifi(Call call) {
        model.wifiName = "";
        return Usapi.ok();
    }

    private Result softap(boolean open) {
        if (model.softap == open) {
            return Usapi.result(ResultCode.RET_REPEAT);
        }
        model.softap = open;
        return Usapi.ok();
    }

    private static void requireFourGigabytes(int timeUnit, int kbps) {
        if (!Settings.fitsFourGigabytes(timeUnit, kbps)) {
            throw new ApiError(ResultCode.ERR_4G_LIMITED);
        }
    }

    /** 8 Mbps for live allows only one enabled server (the Ultra Stream document's rule). */
    private void requireLiveRate(int kbps) {
        if (!model.ultraStream) {
            return;
        }
        long enabled = model.settings.servers.stream().filter(x -> x.isUse == 1).count();
        if (kbps == Capabilities.KBPS_8M && enabled > 1) {
            throw new ApiError(ResultCode.ERR_8M_LIMITED);
        }
    }
}
