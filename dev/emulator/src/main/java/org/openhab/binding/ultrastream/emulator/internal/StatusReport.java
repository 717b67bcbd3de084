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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.StatusShape;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The three read methods, {@code get-info}, {@code get-status} and {@code get-settings}, field for field as
 * in the document (its spelling included: {@code beign-time}). Values that evolve are computed from the
 * clock here.
 */
@NonNullByDefault
final class StatusReport {

    /** The write speed a USB speed test measures (the document's example, bytes per second). */
    private static final long TEST_WRITE_BPS = 14833071L;
    private static final String AP_IP = "192.168.48.1";

    private final DeviceModel model;

    StatusReport(DeviceModel model) {
        this.model = model;
    }

    // ---- get-info ---------------------------------------------------------------------------------------

    JsonObject info(Call call) {
        JsonObject o = new JsonObject();
        o.addProperty("result", 0);
        JsonObject mac = new JsonObject();
        mac.addProperty("eth", mac(0));
        mac.addProperty("wifi", mac(1));
        mac.addProperty("blue", mac(2));
        o.add("mac-addr", mac);
        o.addProperty("snapshot", "/tmp/sbox-snapshot/sbox-quarter.jpg");
        JsonObject product = new JsonObject();
        product.addProperty("sn", model.options.serialNumber());
        product.addProperty("product-id", model.options.model().productId());
        product.addProperty("hardware-ver", "C");
        product.addProperty("firmware-id", 0);
        product.addProperty("firmware-ver-s", model.firmwareVersion);
        product.addProperty("factory-firmware-ver-s", DeviceModel.FACTORY_FIRMWARE_VERSION);
        product.addProperty("product-name", "Ultra Stream");
        product.addProperty("module-name", model.options.model().moduleName());
        product.addProperty("manu-name", "MAGEWELL");
        product.addProperty("features", 1);
        product.addProperty("max-lock-count", Sessions.MAX_LOCK_COUNT);
        o.add("product", product);
        o.add("audio-range", Capabilities.audioRange());
        o.add("codec-cap", Capabilities.codecCap());
        o.add("rec-control", Capabilities.recControl());
        return o;
    }

    /** A stable MAC address per serial in Magewell's block (70:b3:d5), as the document's examples. */
    private String mac(int offset) {
        int h = model.options.serialNumber().hashCode() & 0xffff;
        int last = (h & 0xff) * 4 + offset;
        return String.format("70:b3:d5:75:%02x:%02x", (h >> 8) & 0xff, last & 0xff);
    }

    // ---- get-settings -----------------------------------------------------------------------------------

    JsonObject settings(Call call) {
        return model.settings.toJson(model.servers);
    }

    // ---- get-status -------------------------------------------------------------------------------------

    JsonObject status(Call call) {
        long now = call.now;
        JsonObject o = new JsonObject();
        o.addProperty("result", 0);
        o.addProperty("cur-status", model.statusMask(now));
        o.addProperty("last-rec-status", model.recResult);
        o.addProperty("cur-time", curTime(now));
        o.addProperty("box-name", model.settings.name);
        JsonArray lockUser = new JsonArray();
        model.sessions.lockUsers().stream().sorted().forEach(lockUser::add);
        o.add("lock-user", lockUser);
        boolean sibling = model.options.statusShape() == StatusShape.SIBLING;
        o.add("rec-status", sibling ? siblingRecStatus(now) : recStatus(now));
        o.add("live-status", sibling ? siblingLiveStatus(now) : liveStatus(now));
        o.add("upgrade-status", upgradeStatus(now));
        o.add("format-status", job(model.format, now));
        o.add("disk-test", diskTest(now));
        o.add("living-test", livingTest(now));
        JsonObject check = new JsonObject();
        check.addProperty("result", model.checkUpgrade.result());
        check.addProperty("client-id", "");
        o.add("check-upgrade", check);
        o.add("input-signal", inputSignal());
        if (sibling) {
            JsonArray disks = new JsonArray();
            disks.add(siblingDisk(model.usb, 0, now));
            disks.add(siblingDisk(model.sd, 1, now));
            o.add("disk-info", disks);
        } else {
            o.add("usb", disk(model.usb, now));
            o.add("sd", disk(model.sd, now));
        }
        o.add("wifi", wifi());
        o.add("eth", eth());
        o.add("mobile", network("", "", "", ""));
        o.add("upgrade", upgradeInfo(model.upgradeAvailable));
        o.add("downgrade", upgradeInfo(false));
        return o;
    }

    String curTime(long now) {
        ZoneId zone = ZoneId.of(model.settings.timezone);
        return SettingsMethods.TIME_FORMAT.format(Instant.ofEpochMilli(now + model.timeOffsetMs).atZone(zone));
    }

    /** Bits per second around {@code kbps}: a small, clock-driven wobble like a real encoder's. */
    static long curBps(int kbps, long now) {
        double wobble = 1.0 + 0.02 * Math.sin(now / 1000.0);
        return Math.round(kbps * 1024L * wobble);
    }

    private JsonObject recStatus(long now) {
        JsonObject o = new JsonObject();
        boolean on = model.isRecording();
        int kbps = model.settings.recKbps();
        o.addProperty("result", model.recResult);
        o.addProperty("run-ms", on ? now - model.recStart : 0);
        o.addProperty("cur-bps", on ? curBps(kbps, now) : 0);
        o.addProperty("avg-bps", on ? kbps * 1024L : 0);
        o.addProperty("client-id", "");
        return o;
    }

    private JsonObject liveStatus(long now) {
        JsonObject o = new JsonObject();
        int kbps = model.settings.liveKbps();
        int first = model.liveResult(0, now);
        int second = model.liveResult(1, now);
        boolean connected = first == ResultCode.RET_LIVING_CONNECTED.code();
        o.addProperty("result", first);
        o.addProperty("run-ms", model.isLive() ? now - model.liveStart : 0);
        o.addProperty("cur-bps", connected ? curBps(kbps, now) : 0);
        o.addProperty("avg-bps", connected ? kbps * 1024L : 0);
        o.addProperty("net", model.isLive() ? model.liveTargets.get(0).netMode : 0);
        o.addProperty("result2", second);
        boolean connected2 = second == ResultCode.RET_LIVING_CONNECTED.code();
        o.addProperty("cur-bps2", connected2 ? curBps(kbps, now + 500) : 0);
        o.addProperty("net2", connected2 ? model.liveTargets.get(1).netMode : 0);
        o.addProperty("client-id", "");
        return o;
    }

    /** The sibling shape: no rates, a list of recording tasks (left empty here). */
    private JsonObject siblingRecStatus(long now) {
        JsonObject o = new JsonObject();
        o.addProperty("result", model.recResult);
        o.addProperty("run-ms", model.isRecording() ? now - model.recStart : 0);
        o.add("rec", new JsonArray());
        return o;
    }

    /** The sibling shape: one entry per stored server, the live targets in use with their rate and network. */
    private JsonObject siblingLiveStatus(long now) {
        JsonObject o = new JsonObject();
        int kbps = model.settings.liveKbps();
        o.addProperty("result", model.isLive() ? ResultCode.RET_SUCCEED.code() : ResultCode.RET_INIT.code());
        o.addProperty("run-ms", model.isLive() ? now - model.liveStart : 0);
        JsonArray live = new JsonArray();
        for (StreamServer server : model.servers) {
            int target = model.liveTargets.indexOf(server);
            JsonObject entry = new JsonObject();
            entry.addProperty("id", server.id);
            entry.addProperty("type", server.type);
            entry.addProperty("is-use", target >= 0 ? 1 : 0);
            entry.addProperty("name", server.name);
            entry.addProperty("run-ms", target >= 0 ? now - model.liveStart : 0);
            int result = target >= 0 ? model.liveResult(target, now) : ResultCode.RET_INIT.code();
            entry.addProperty("result", result);
            boolean connected = result == ResultCode.RET_LIVING_CONNECTED.code();
            entry.addProperty("inst-bps", connected ? curBps(kbps, now + 500L * target) : 0);
            entry.addProperty("net", target >= 0 ? server.netMode : 0);
            live.add(entry);
        }
        o.add("live", live);
        return o;
    }

    /** A {@code disk-info[]} entry: the Ultra Stream's fields, plus which storage it is. */
    private JsonObject siblingDisk(Disk d, int diskType, long now) {
        JsonObject o = disk(d, now);
        o.addProperty("disk-type", diskType);
        o.addProperty("id", diskType);
        return o;
    }

    private JsonObject upgradeStatus(long now) {
        JsonObject o = new JsonObject();
        o.addProperty("step", model.upgradeStep(now));
        o.addProperty("percent", model.upgradePercent(now));
        o.addProperty("result", model.upgrade.result());
        o.addProperty("client-id", "");
        o.addProperty("mode", model.upgrade.result() == ResultCode.RET_INIT.code() ? "none" : model.upgradeMode);
        return o;
    }

    private static JsonObject job(TimedJob job, long now) {
        JsonObject o = new JsonObject();
        o.addProperty("percent", job.percent());
        o.addProperty("result", job.result());
        o.addProperty("client-id", "");
        return o;
    }

    private JsonObject diskTest(long now) {
        JsonObject o = new JsonObject();
        boolean measured = model.diskTest.result() != ResultCode.RET_INIT.code();
        o.addProperty("read-bps", 0);
        o.addProperty("write-bps", measured ? TEST_WRITE_BPS : 0);
        o.addProperty("percent", model.diskTest.percent());
        o.addProperty("result", model.diskTest.result());
        o.addProperty("client-id", "");
        return o;
    }

    private JsonObject livingTest(long now) {
        JsonObject o = new JsonObject();
        boolean running = model.livingTest.isRunning(now);
        o.addProperty("upload-bps", running ? curBps(model.settings.liveKbps(), now) : 0);
        o.addProperty("percent", model.livingTest.percent());
        o.addProperty("result", model.livingTest.result());
        o.addProperty("net", running ? 1 : 0);
        o.addProperty("client-id", "");
        return o;
    }

    /** 1080p60 with 48 kHz stereo LPCM while a signal is present; all zero without one. */
    private JsonObject inputSignal() {
        boolean on = model.signalPresent;
        JsonObject o = new JsonObject();
        o.addProperty("status", on ? 1 : 0);
        o.addProperty("cx", on ? 1920 : 0);
        o.addProperty("cy", on ? 1080 : 0);
        o.addProperty("interlaced", 0);
        o.addProperty("frame-rate", on ? 60.0 : 0.0);
        o.addProperty("channel-valid", on ? 3 : 0);
        o.addProperty("is-lpcm", on ? 1 : 0);
        o.addProperty("bits-per-sample", on ? 16 : 0);
        o.addProperty("sample-rate", on ? 48000 : 0);
        return o;
    }

    private JsonObject disk(Disk d, long now) {
        JsonObject o = new JsonObject();
        boolean in = d.isInserted();
        long free = in ? Math.max(0, d.freeSize(now)) : 0;
        long used = in ? d.usedSize(now) : 0;
        long total = in ? d.totalSize() : 0;
        long rate = Math.max(1, model.settings.recKbps() * 1024L / 8L);
        List<MediaFile> files = in ? d.files(now) : List.of();
        o.addProperty("disk-status", d.diskStatus(now));
        o.addProperty("total-size", total);
        o.addProperty("used-size", used);
        o.addProperty("free-size", free);
        o.addProperty("block-size", in ? d.blockSize() : 0);
        o.addProperty("usage", total == 0 ? 0 : (int) (used * 100 / total));
        o.addProperty("sys-path", in ? d.sysPath() : "");
        o.addProperty("fs-type", in ? "vfat" : "");
        o.addProperty("mount-path", in ? "/usr/share/web-data/media/disk" + d.index() : "");
        o.addProperty("fs-label", in ? d.fsLabel() : "");
        o.addProperty("write-bps", in ? d.writeBps() : 0);
        o.addProperty("read-bps", 0);
        o.addProperty("free-sec", free / rate);
        o.addProperty("file-count", files.size());
        ZoneId zone = ZoneId.of(model.settings.timezone);
        o.addProperty("beign-time", files.isEmpty() ? "" : format(files.get(0).createMillis(), zone));
        MediaFile last = files.isEmpty() ? null : files.get(files.size() - 1);
        o.addProperty("end-time", last == null ? "" : format(last.createMillis() + last.durationMs(), zone));
        o.addProperty("total-cache-time", 0);
        return o;
    }

    private static String format(long millis, ZoneId zone) {
        return SettingsMethods.TIME_FORMAT.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    /** In AP mode the Wi-Fi block describes the access point (the document's note on cur-status & 0x40). */
    private JsonObject wifi() {
        JsonObject o = new JsonObject();
        o.addProperty("name", model.softap ? model.settings.softapSsid : model.wifiName);
        o.addProperty("level", 0);
        JsonObject addresses = model.softap ? network(AP_IP, "255.255.255.0", AP_IP, AP_IP) : network("", "", "", "");
        addresses.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
        return o;
    }

    private JsonObject eth() {
        Settings s = model.settings;
        if (s.ethIsDhcp == 0) {
            return network(s.ethIp, s.ethMask, s.ethRouter, s.ethDns);
        }
        return network(model.options.bindAddress().getHostAddress(), "255.255.255.0", "", "");
    }

    private static JsonObject network(String ip, String mask, String router, String dns) {
        JsonObject o = new JsonObject();
        o.addProperty("ip", ip);
        o.addProperty("mask", mask);
        o.addProperty("router", router);
        o.addProperty("dns", dns);
        return o;
    }

    private static JsonObject upgradeInfo(boolean available) {
        JsonObject o = new JsonObject();
        o.addProperty("ver", available ? DeviceModel.ONLINE_FIRMWARE_VERSION : "");
        o.addProperty("date", available ? "2026-11-01 00:00:00" : "");
        o.addProperty("size-byte", available ? 12004784 : 0);
        JsonArray info = new JsonArray();
        if (available) {
            JsonObject entry = new JsonObject();
            entry.addProperty("version", DeviceModel.ONLINE_FIRMWARE_VERSION);
            entry.addProperty("changelog", "Emulated firmware " + DeviceModel.ONLINE_FIRMWARE_VERSION + ".");
            info.add(entry);
        }
        o.add("info", info);
        return o;
    }
}
