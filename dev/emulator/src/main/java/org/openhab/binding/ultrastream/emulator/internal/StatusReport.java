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
import java.util.OptionalInt;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.internal.Replies.CheckUpgrade;
import org.openhab.binding.ultrastream.emulator.internal.Replies.DiskTest;
import org.openhab.binding.ultrastream.emulator.internal.Replies.FormatStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Info;
import org.openhab.binding.ultrastream.emulator.internal.Replies.InputSignal;
import org.openhab.binding.ultrastream.emulator.internal.Replies.LiveStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.LiveTarget;
import org.openhab.binding.ultrastream.emulator.internal.Replies.LivingTest;
import org.openhab.binding.ultrastream.emulator.internal.Replies.MacAddr;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Network;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Product;
import org.openhab.binding.ultrastream.emulator.internal.Replies.RecStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.SiblingLiveStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.SiblingRecStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Status;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Storage;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Upgrade;
import org.openhab.binding.ultrastream.emulator.internal.Replies.UpgradeStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Wifi;

/**
 * The three read methods, {@code get-info}, {@code get-status} and {@code get-settings}, field for field as
 * in the document (its spelling included: {@code beign-time}). Values that evolve are computed from the
 * clock here. Which shape get-status has is chosen in one place, {@link #status(Call)}; the Ultra Encode's
 * replies are built by {@link EncodeReport} from the parts both families share, which are here.
 */
@NonNullByDefault
final class StatusReport {

    /** The write speed a USB speed test measures (the document's example, bytes per second). */
    private static final long TEST_WRITE_BPS = 14833071L;
    private static final String AP_IP = "192.168.48.1";
    /**
     * What a push session sends on the wire over what the encoders produce (transport stream, SRT, UDP and IP
     * headers): a real AIO's SRT session sent 1.079 times its video and audio rates.
     */
    private static final double SESSION_OVERHEAD = 1.08;

    /** The parts of get-status whose shape is the product's own; null parts are left out. */
    private record Shaped(Object recStatus, Object liveStatus, @Nullable Storage usb, @Nullable Storage sd,
            @Nullable List<Storage> diskInfo) {
    }

    private final DeviceModel model;
    private final EncodeReport encode;

    StatusReport(DeviceModel model) {
        this.model = model;
        this.encode = new EncodeReport(model, this);
    }

    Object info(Call call) {
        if (!model.ultraStream) {
            return encode.info();
        }
        return new Info(0, new MacAddr(mac(0), mac(1), mac(2)), DeviceFrontEnd.SNAPSHOT_PATH, product(),
                Capabilities.AUDIO_RANGE, Capabilities.CODEC_CAP, Capabilities.REC_CONTROL);
    }

    /**
     * get-info's {@code product}: hardware version C for the Ultra Stream (the document's example), B for the
     * family (a real AIO's); no {@code product-id} where no source gives one.
     */
    Product product() {
        Model m = model.options.model();
        OptionalInt productId = m.productId();
        return new Product(model.options.serialNumber(), productId.isPresent() ? productId.getAsInt() : null,
                model.ultraStream ? "C" : "B", 0, model.firmwareVersion, model.factoryFirmwareVersion,
                m.productName(), m.moduleName(), "MAGEWELL", 1, Sessions.MAX_LOCK_COUNT);
    }

    /** A stable MAC address per serial in Magewell's block (70:b3:d5), as the document's examples. */
    String mac(int offset) {
        int h = model.options.serialNumber().hashCode() & 0xffff;
        int last = (h & 0xff) * 4 + offset;
        return String.format("70:b3:d5:75:%02x:%02x", (h >> 8) & 0xff, last & 0xff);
    }

    Object settings(Call call) {
        return model.ultraStream ? model.settings : encode.settings();
    }

    /** get-status in the shape of the model, or the sibling shape an Ultra Stream was asked for. */
    Object status(Call call) {
        long now = call.now;
        int kbps = model.settings.recKbps();
        return switch (model.options.statusShape()) {
            case ULTRA_STREAM -> ultraStreamStatus(now, new Shaped(recStatus(now), liveStatus(now),
                    storage(model.usb, null, kbps, now), storage(model.sd, null, kbps, now), null));
            case SIBLING -> ultraStreamStatus(now, new Shaped(siblingRecStatus(now), siblingLiveStatus(now), null,
                    null, List.of(storage(model.usb, 0, kbps, now), storage(model.sd, 1, kbps, now))));
            case ULTRA_ENCODE -> encode.plainStatus(now);
            case ULTRA_ENCODE_AIO -> encode.aioStatus(now);
        };
    }

    private Status ultraStreamStatus(long now, Shaped shaped) {
        return new Status(0, model.statusMask(now), model.recResult, curTime(now), model.settings.name,
                model.sessions.lockUsers().stream().sorted().toList(), shaped.recStatus(), shaped.liveStatus(),
                upgradeStatus(now), new FormatStatus(model.format.percent(), model.format.result(), ""), diskTest(),
                livingTest(now), new CheckUpgrade(model.checkUpgrade.result(), ""), inputSignal(), shaped.usb(),
                shaped.sd(), shaped.diskInfo(), wifi(), eth(), Network.NONE, upgrade(), Upgrade.NONE);
    }

    /** {@code cur-time}: the clock, in the device's time zone, moved by a manual time. */
    String curTime(long now) {
        return model.settings.dateTime.format(now + model.timeOffsetMs);
    }

    /** {@code upgrade}: the firmware an online check found, after one did. */
    Upgrade upgrade() {
        if (!model.upgradeAvailable) {
            return Upgrade.NONE;
        }
        String version = model.onlineFirmwareVersion;
        // The size of a real file of the family: the Ultra Stream's emulated one, the AIO's 2.4.288.
        return new Upgrade(version, "2026-11-01 00:00:00", model.ultraStream ? 12004784 : 44250118,
                List.of(new Upgrade.Entry(version, "Emulated firmware " + version + ".")));
    }

    /** Bits per second around {@code kbps}: a small, clock-driven wobble like a real encoder's. */
    static long curBps(int kbps, long now) {
        double wobble = 1.0 + 0.02 * Math.sin(now / 1000.0);
        return Math.round(kbps * 1024L * wobble);
    }

    /**
     * {@code inst-bps} of a push session: bytes per second, as a real AIO reports it, for encoders producing
     * {@code bitsPerSecond}.
     */
    static long sessionBytesPerSecond(long bitsPerSecond) {
        return Math.round(bitsPerSecond * SESSION_OVERHEAD / 8);
    }

    private RecStatus recStatus(long now) {
        boolean on = model.isRecording();
        int kbps = model.settings.recKbps();
        return new RecStatus(model.recResult, on ? now - model.recStart : 0, on ? curBps(kbps, now) : 0,
                on ? kbps * 1024L : 0, "");
    }

    private LiveStatus liveStatus(long now) {
        int kbps = model.settings.liveKbps();
        int first = model.liveResult(0, now);
        int second = model.liveResult(1, now);
        boolean connected = first == ResultCode.RET_LIVING_CONNECTED.code();
        boolean connected2 = second == ResultCode.RET_LIVING_CONNECTED.code();
        return new LiveStatus(first, model.isLive() ? now - model.liveStart : 0, connected ? curBps(kbps, now) : 0,
                connected ? kbps * 1024L : 0, model.isLive() ? model.liveTargets.get(0).netMode : 0, second,
                connected2 ? curBps(kbps, now + 500) : 0, connected2 ? model.liveTargets.get(1).netMode : 0, "");
    }

    /** The sibling shape: no rates, a list of recording tasks (left empty here). */
    private SiblingRecStatus siblingRecStatus(long now) {
        return new SiblingRecStatus(model.recResult, model.isRecording() ? now - model.recStart : 0, List.of());
    }

    /** The sibling shape: one entry per stored server, the live targets in use with their rate and network. */
    private SiblingLiveStatus siblingLiveStatus(long now) {
        int kbps = model.settings.liveKbps();
        List<LiveTarget> live = model.settings.servers.stream().map(server -> {
            int target = model.liveTargets.indexOf(server);
            boolean used = target >= 0;
            int result = used ? model.liveResult(target, now) : ResultCode.RET_INIT.code();
            boolean connected = result == ResultCode.RET_LIVING_CONNECTED.code();
            return new LiveTarget(server.id, server.type, used ? 1 : 0, server.name, used ? now - model.liveStart : 0,
                    result, connected ? sessionBytesPerSecond(curBps(kbps, now + 500L * target)) : 0,
                    used ? server.netMode : 0);
        }).toList();
        return new SiblingLiveStatus(model.isLive() ? ResultCode.RET_SUCCEED.code() : ResultCode.RET_INIT.code(),
                model.isLive() ? now - model.liveStart : 0, live);
    }

    UpgradeStatus upgradeStatus(long now) {
        int result = model.upgrade.result();
        return new UpgradeStatus(model.upgradeStep(now), model.upgradePercent(now), result, "",
                result == ResultCode.RET_INIT.code() ? "none" : model.upgradeMode);
    }

    DiskTest diskTest() {
        boolean measured = model.diskTest.result() != ResultCode.RET_INIT.code();
        return new DiskTest(0, measured ? TEST_WRITE_BPS : 0, model.diskTest.percent(), model.diskTest.result(), "");
    }

    LivingTest livingTest(long now) {
        boolean running = model.livingTest.isRunning(now);
        return new LivingTest(running ? curBps(model.settings.liveKbps(), now) : 0, model.livingTest.percent(),
                model.livingTest.result(), running ? 1 : 0, "");
    }

    /** 1080p60 with 48 kHz stereo LPCM while a signal is present; all zero without one. */
    InputSignal inputSignal() {
        boolean on = model.signalPresent;
        return new InputSignal(on ? 1 : 0, on ? 1920 : 0, on ? 1080 : 0, 0, on ? 60.0 : 0.0, on ? 3 : 0, on ? 1 : 0,
                on ? 16 : 0, on ? 48000 : 0);
    }

    /**
     * {@code diskType} says which storage it is, in the shapes that list them ({@code disk-info[]}); {@code free-sec}
     * is how long a recording at {@code recKbps} still fits.
     */
    Storage storage(Disk d, @Nullable Integer diskType, int recKbps, long now) {
        boolean in = d.isInserted();
        long free = in ? Math.max(0, d.freeSize(now)) : 0;
        long used = in ? d.usedSize(now) : 0;
        long total = in ? d.totalSize() : 0;
        long rate = Math.max(1, recKbps * 1024L / 8L);
        List<MediaFile> files = in ? d.files(now) : List.of();
        Settings.DateTime time = model.settings.dateTime;
        MediaFile first = files.isEmpty() ? null : files.get(0);
        MediaFile last = files.isEmpty() ? null : files.get(files.size() - 1);
        return new Storage(d.diskStatus(now), total, used, free, in ? d.blockSize() : 0,
                total == 0 ? 0 : (int) (used * 100 / total), in ? d.sysPath() : "", in ? "vfat" : "",
                in ? "/usr/share/web-data/media/disk" + d.index() : "", in ? d.fsLabel() : "", in ? d.writeBps() : 0,
                0, free / rate, files.size(), first == null ? "" : time.format(first.createMillis()),
                last == null ? "" : time.format(last.createMillis() + last.durationMs()), 0, diskType, diskType);
    }

    /** In AP mode the Wi-Fi block describes the access point (the document's note on cur-status & 0x40). */
    private Wifi wifi() {
        return model.softap ? accessPoint() : new Wifi(model.wifiName, 0, "", "", "", "");
    }

    /** The access point the device opens ({@code open-softap}). */
    Wifi accessPoint() {
        return new Wifi(model.settings.softap.softapSsid, 0, AP_IP, "255.255.255.0", AP_IP, AP_IP);
    }

    Network eth() {
        Settings.Eth eth = model.settings.eth;
        if (eth.isDhcp == 0) {
            return new Network(eth.ip, eth.mask, eth.router, eth.dns);
        }
        return new Network(model.options.bindAddress().getHostAddress(), "255.255.255.0", "", "");
    }
}
