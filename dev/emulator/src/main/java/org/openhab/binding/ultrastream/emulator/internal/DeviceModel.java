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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.internal.Exclusion.Activity;

/**
 * The state of one emulated encoder (an Ultra Stream or an Ultra Encode): settings, accounts and sessions, disks,
 * recording, live, the long operations and reboots. Everything that changes with time is derived from the clock in
 * {@link #settle(long)}, which runs at the start of every request, so a test clock gives exact values.
 * <p>
 * Thread-safety: every caller holds the model's monitor ({@code synchronized (model)}); the HTTP front end
 * does so for each request.
 */
@NonNullByDefault
public final class DeviceModel {

    public static final String FIRMWARE_VERSION = "1.2.122";
    public static final String FACTORY_FIRMWARE_VERSION = "1.2.115";
    public static final String ONLINE_FIRMWARE_VERSION = "1.2.123";
    /** The Ultra Encode family's: versions a real AIO ran before and after an update, and Control Hub's example. */
    public static final String ENCODE_FIRMWARE_VERSION = "2.3.206";
    public static final String ENCODE_FACTORY_FIRMWARE_VERSION = "2.3.43";
    public static final String ENCODE_ONLINE_FIRMWARE_VERSION = "2.4.288";

    /** How long the long operations take on the emulator clock. */
    static final long LIVE_CONNECTING_MS = 2_000;
    static final long FORMAT_MS = 5_000;
    static final long DISK_TEST_MS = 10_000;
    static final long LIVING_TEST_MS = 20_000;
    static final long CHECK_UPGRADE_MS = 2_000;
    static final long DOWNLOAD_MS = 10_000;
    static final long INSTALL_MS = 10_000;
    /** Where a download that {@link FirmwareFaults#stuckDownload} holds stops moving. */
    public static final int STUCK_PERCENT = 30;
    /** The clock value of a reboot that does not end by itself ({@link FirmwareFaults#noReturn}). */
    private static final long NEVER = Long.MAX_VALUE;

    public final EmulatorOptions options;
    /** Whether the device is an Ultra Stream (the document's product) rather than an Ultra Encode. */
    public final boolean ultraStream;
    public final String factoryFirmwareVersion;
    public final String onlineFirmwareVersion;
    private final String passMd5;

    public Settings settings;
    /** The Ultra Encode's recording channels and inputs; unused on an Ultra Stream. */
    public FamilySettings family = new FamilySettings();
    public Sessions sessions;
    public final Disk usb = new Disk(0, "/dev/sda1", "C472-731D", 61638148096L, 32768);
    public final Disk sd = new Disk(1, "/dev/mmcblk1p1", "9C30-9CB8", 31895175168L, 16384);

    public boolean first;
    public boolean signalPresent = true;
    public String firmwareVersion;
    /** When the device last started: what uptime and the encoder's frame counters count from. */
    public long bootedAt;
    public boolean softap;
    public String wifiName = "";

    /** When recording started; -1 when not recording. */
    public long recStart = -1;
    /** {@code rec-status.result}: 0, or why the device stopped a recording by itself. */
    public int recResult;
    public long liveStart = -1;
    public final List<StreamServer> liveTargets = new ArrayList<>();

    public final TimedJob format = new TimedJob(end -> formatDone());
    public @Nullable Disk formatting;
    public final TimedJob diskTest = new TimedJob();
    public final TimedJob livingTest = new TimedJob();
    public final TimedJob checkUpgrade = new TimedJob(end -> upgradeAvailable = true);
    public boolean upgradeAvailable;
    public final TimedJob upgrade = new TimedJob(this::upgradeDone);
    public String upgradeMode = "none";
    public String upgradeTarget = "";
    public @Nullable String uploadedVersion;
    /** How long the download of the running update takes; forever while a stuck download is emulated. */
    public long downloadMs = DOWNLOAD_MS;
    public final FirmwareFaults firmwareFaults = new FirmwareFaults();

    /** The clock value at which a running reboot ends; -1 when the device is up. */
    public long rebootUntil = -1;
    /** Manual time minus the clock, after {@code set-date-time&is-auto=0}. */
    public long timeOffsetMs;

    private DeviceEvents events = DeviceEvents.NONE;

    public DeviceModel(EmulatorOptions options) {
        this.options = options;
        this.ultraStream = options.model().isUltraStream();
        this.firmwareVersion = ultraStream ? FIRMWARE_VERSION : ENCODE_FIRMWARE_VERSION;
        this.factoryFirmwareVersion = ultraStream ? FACTORY_FIRMWARE_VERSION : ENCODE_FACTORY_FIRMWARE_VERSION;
        this.onlineFirmwareVersion = ultraStream ? ONLINE_FIRMWARE_VERSION : ENCODE_ONLINE_FIRMWARE_VERSION;
        this.bootedAt = options.clock().millis();
        this.passMd5 = md5(options.password());
        this.first = options.firstRun();
        this.settings = new Settings(options.boxName(), options.serialNumber(), options.ssdpEnabled());
        this.sessions = newSessions();
    }

    public void setEvents(DeviceEvents events) {
        this.events = events;
    }

    public DeviceEvents events() {
        return events;
    }

    public static String md5(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sessions newSessions() {
        return new Sessions(options.username(), passMd5, options.sessionIdleTimeout().toMillis());
    }

    // ---- time -------------------------------------------------------------------------------------------

    /** Brings every time-driven state up to {@code now}. */
    public void settle(long now) {
        endRebootIfOver(now);
        if (isRebooting(now)) {
            return;
        }
        settleRecording(now);
        format.settle(now);
        diskTest.settle(now);
        livingTest.settle(now);
        checkUpgrade.settle(now);
        upgrade.settle(now);
        endRebootIfOver(now); // a finished update reboots, and that reboot may be over by now too
    }

    private void endRebootIfOver(long now) {
        if (rebootUntil >= 0 && now >= rebootUntil) {
            bootedAt = rebootUntil;
            rebootUntil = -1;
            events.rebootEnded();
        }
    }

    private void formatDone() {
        Disk target = formatting;
        if (target != null) {
            target.format();
        }
        formatting = null;
    }

    /** The new firmware is in place: the device reboots into it. */
    private void upgradeDone(long end) {
        firmwareVersion = upgradeTarget;
        upgradeAvailable = false;
        uploadedVersion = null;
        startReboot(end, false);
        if (firmwareFaults.noReturn) {
            rebootUntil = NEVER;
        }
    }

    /** Ends a reboot that {@link FirmwareFaults#noReturn} made endless: the device is back now. */
    public void returnNow(long now) {
        if (rebootUntil == NEVER) {
            rebootUntil = now;
            endRebootIfOver(now);
        }
    }

    /** Starts an update of {@code mode} online or upload to {@code target}, as the firmware faults allow. */
    public void startUpgrade(String mode, String target, long now) {
        upgradeMode = mode;
        upgradeTarget = target;
        downloadMs = "online".equals(mode) ? (firmwareFaults.stuckDownload ? NEVER / 4 : DOWNLOAD_MS) : 0;
        upgrade.start(now, downloadMs + INSTALL_MS);
        if (firmwareFaults.noSpace) {
            upgrade.end(ResultCode.ERR_NO_SPACE.code());
        }
    }

    private void settleRecording(long now) {
        usb.settle(now);
        sd.settle(now);
        if (recStart < 0) {
            return;
        }
        boolean ranFull = false;
        for (Disk d : List.of(usb, sd)) {
            if (d.ranFull(now)) {
                d.stopRec(now);
                ranFull = true;
            }
        }
        // The last disk filled up, or was pulled out: the recording ends and says why.
        if (!usb.isRecording() && !sd.isRecording()) {
            recStart = -1;
            recResult = ranFull ? ResultCode.ERR_NO_SPACE.code() : ResultCode.ERR_DISK.code();
        }
    }

    /** {@code step} of upgrade-status: 1 download (online mode only), 2 install. */
    public int upgradeStep(long now) {
        if (upgrade.result() != ResultCode.RET_RUNNING.code()) {
            return 0;
        }
        return upgrade.elapsed(now) < downloadMs ? 1 : 2;
    }

    /**
     * {@code percent} of upgrade-status: of the current step (the download, then the install), so it starts again
     * from 0 when the install begins; 100 when done. A stuck download stops at {@link #STUCK_PERCENT}.
     */
    public int upgradePercent(long now) {
        if (upgrade.result() != ResultCode.RET_RUNNING.code()) {
            return upgrade.percent();
        }
        long elapsed = upgrade.elapsed(now);
        if (elapsed < downloadMs) {
            return (int) Math.min(elapsed * 100 / DOWNLOAD_MS, firmwareFaults.stuckDownload ? STUCK_PERCENT : 99);
        }
        return (int) ((elapsed - downloadMs) * 100 / INSTALL_MS);
    }

    public boolean isRebooting(long now) {
        return rebootUntil >= 0 && now < rebootUntil;
    }

    // ---- status mask ------------------------------------------------------------------------------------

    public boolean isRecording() {
        return recStart >= 0;
    }

    public boolean isLive() {
        return liveStart >= 0;
    }

    /** What runs now, in the terms of the mutual-exclusion table. */
    public Set<Activity> running(long now) {
        Set<Activity> running = EnumSet.noneOf(Activity.class);
        if (format.isRunning(now)) {
            running.add(Activity.USB_FORMAT);
        }
        if (diskTest.isRunning(now)) {
            running.add(Activity.USB_SPEED_TEST);
        }
        if (livingTest.isRunning(now)) {
            running.add(Activity.LIVE_TEST);
        }
        if (isLive()) {
            running.add(Activity.LIVE);
        }
        if (isRecording()) {
            running.add(Activity.REC);
        }
        return running;
    }

    /**
     * Checks a request against the mutual-exclusion table and against a running firmware update: throws
     * {@code errBusy} (-9) for a conflict and {@code retRepeat} (1) for a repeated command.
     */
    public void checkExclusion(Activity request, long now) {
        if (upgrade.isRunning(now)) {
            throw new ApiError(ResultCode.ERR_BUSY);
        }
        ResultCode refusal = Exclusion.check(request, running(now));
        if (refusal != null) {
            throw new ApiError(refusal);
        }
    }

    public int statusMask(long now) {
        int mask = 0;
        mask |= first ? StatusFlag.STATUS_FIRST.mask() : 0;
        mask |= isRecording() ? StatusFlag.STATUS_RECORD.mask() : 0;
        mask |= isLive() ? StatusFlag.STATUS_LIVING.mask() : 0;
        mask |= usb.isUsable(now) ? StatusFlag.STATUS_DISK_READY.mask() : 0;
        mask |= settings.servers.stream().anyMatch(s -> s.isUse == 1) ? StatusFlag.STATUS_RTMP_READY.mask() : 0;
        mask |= softap ? StatusFlag.STATUS_SOFT_AP.mask() : 0;
        mask |= diskTest.isRunning(now) ? StatusFlag.STATUS_DISK_TEST.mask() : 0;
        mask |= upgrade.isRunning(now) ? StatusFlag.STATUS_UPGRADE.mask() : 0;
        mask |= livingTest.isRunning(now) ? StatusFlag.STATUS_NET_TEST.mask() : 0;
        mask |= settings.passwd == 1 ? StatusFlag.STATUS_PASSWD.mask() : 0;
        mask |= sessions.isOccupied(now) ? StatusFlag.STATUS_OCCUPIED.mask() : 0;
        if (format.isRunning(now)) {
            mask |= formatting == sd ? StatusFlag.STATUS_FORMAT_SD.mask() : StatusFlag.STATUS_FORMAT_DISK.mask();
        }
        mask |= checkUpgrade.isRunning(now) ? StatusFlag.STATUS_CHECK_UPGRADE.mask() : 0;
        return mask;
    }

    // ---- recording and live -----------------------------------------------------------------------------

    /** A disk that records when recording starts, what it records and whether it loops. */
    private record RecTarget(Disk disk, Disk.RecParams params, boolean loop) {
    }

    public void startRec(long now) {
        checkExclusion(Activity.REC, now);
        if (!signalPresent) {
            throw new ApiError(ResultCode.ERR_NO_SIGNAL);
        }
        List<RecTarget> enabled = enabledRecTargets().stream().filter(t -> t.disk().isInserted()).toList();
        if (enabled.isEmpty()) {
            throw new ApiError(ResultCode.ERR_DISK);
        }
        List<RecTarget> targets = enabled.stream().filter(t -> t.disk().isUsable(now)).toList();
        if (targets.isEmpty()) {
            throw new ApiError(ResultCode.ERR_NO_SPACE);
        }
        for (RecTarget t : targets) {
            t.disk().startRec(now, t.params(), t.loop());
        }
        recStart = now;
        recResult = ResultCode.RET_SUCCEED.code();
    }

    /**
     * The disks recording is enabled on: by {@code rec-control} on an Ultra Stream (one stream for both), by the
     * enabled recording channels on an Ultra Encode (each with its stream, folder and file names; NAS has no disk
     * here).
     */
    private List<RecTarget> enabledRecTargets() {
        List<RecTarget> targets = new ArrayList<>();
        if (ultraStream) {
            Settings.RecControl control = settings.recControl;
            Disk.RecParams params = recParams(settings.recStream, control.timeUnit, control.rootFolder,
                    control.filePrefix, control.mimeType);
            if (control.usbOption > 0) {
                targets.add(new RecTarget(usb, params, false));
            }
            if (control.sdOption > 0) {
                targets.add(new RecTarget(sd, params, control.sdOption == 2));
            }
            return targets;
        }
        for (FamilySettings.RecChannel c : family.recChannels) {
            if (c.isUse == 1 && c.type != FamilySettings.NAS) {
                targets.add(new RecTarget(disk(c.type),
                        recParams(c.streamIndex, c.timeUnit, c.dirName, c.prefixName, c.fileSuffix), c.mode == 2));
            }
        }
        return targets;
    }

    private Disk.RecParams recParams(int streamIndex, int timeUnit, String folder, String prefix, int mimeType) {
        Settings.Stream stream = settings.stream(streamIndex);
        return new Disk.RecParams(stream.kbps + settings.audio.kbps, timeUnit, folder, prefix,
                mimeType == 1 ? "mov" : "mp4", stream.cx, stream.cy, stream.duration, settings.codec(streamIndex));
    }

    /** The folder get-media-files lists on a disk: {@code root-folder}, or the disk's channel's {@code dir-name}. */
    public String mediaFolder(Disk disk) {
        return ultraStream ? settings.recControl.rootFolder : family.channel(disk.index()).dirName;
    }

    /** Stops a recording; false when none was running. */
    public boolean stopRec(long now) {
        if (!isRecording()) {
            return false;
        }
        usb.stopRec(now);
        sd.stopRec(now);
        recStart = -1;
        return true;
    }

    /** Starts live; returns {@code retLivingNotset} (29) when no server is enabled. */
    public ResultCode startLive(long now) {
        checkExclusion(Activity.LIVE, now);
        if (!signalPresent) {
            throw new ApiError(ResultCode.ERR_NO_SIGNAL);
        }
        List<StreamServer> enabled = settings.servers.stream().filter(s -> s.isUse == 1).toList();
        if (enabled.isEmpty()) {
            return ResultCode.RET_LIVING_NOTSET;
        }
        if (ultraStream && settings.codec(settings.liveStream) == Capabilities.CODEC_HEVC) {
            throw new ApiError(ResultCode.ERR_CODEC_LIMITED);
        }
        liveTargets.clear();
        liveTargets.addAll(enabled);
        enabled.forEach(s -> s.liveSince = now);
        liveStart = now;
        return ResultCode.RET_SUCCEED;
    }

    public boolean stopLive() {
        if (!isLive()) {
            return false;
        }
        liveStart = -1;
        liveTargets.clear();
        settings.servers.forEach(s -> s.liveSince = -1);
        return true;
    }

    /**
     * An Ultra Encode's server enabled or disabled while live joins or leaves at once (its live[] entry follows);
     * an Ultra Stream keeps the targets it started with.
     */
    public void serverEnabled(StreamServer server, long now) {
        if (!ultraStream && isLive()) {
            server.liveSince = server.isUse == 1 ? now : -1;
        }
    }

    /** The state of an Ultra Encode's server in live[]: 23 connecting, 22 connected, 27 idle. */
    public int serverResult(StreamServer server, long now) {
        if (!isLive() || server.liveSince < 0) {
            return ResultCode.RET_INIT.code();
        }
        return now - server.liveSince < LIVE_CONNECTING_MS
                ? ResultCode.RET_LIVING_CONNECTING.code()
                : ResultCode.RET_LIVING_CONNECTED.code();
    }

    /** {@code live-status.result} of target 0 or 1: 23 connecting, 22 connected, 29 none, 27 idle. */
    public int liveResult(int target, long now) {
        if (!isLive()) {
            return target == 0 && settings.servers.stream().noneMatch(s -> s.isUse == 1)
                    ? ResultCode.RET_LIVING_NOTSET.code()
                    : ResultCode.RET_INIT.code();
        }
        if (target >= liveTargets.size()) {
            return ResultCode.RET_LIVING_NOTSET.code();
        }
        return now - liveStart < LIVE_CONNECTING_MS
                ? ResultCode.RET_LIVING_CONNECTING.code()
                : ResultCode.RET_LIVING_CONNECTED.code();
    }

    // ---- scenario hooks ---------------------------------------------------------------------------------

    /**
     * The input signal comes or goes. With {@code is-auto-rec} on, a signal starts a recording and its loss
     * stops it; with {@code is-signal-lost} on, the loss stops recording and live.
     */
    public void setSignalPresent(boolean present, long now) {
        if (signalPresent == present) {
            return;
        }
        signalPresent = present;
        if (present) {
            if (settings.isAutoRec == 1 && !isRecording() && !isRebooting(now)) {
                try {
                    startRec(now);
                } catch (ApiError e) {
                    recResult = e.code().code();
                }
            }
            return;
        }
        if (settings.isAutoRec == 1 || settings.isSignalLost == 1) {
            if (stopRec(now)) {
                recResult = ResultCode.ERR_NO_SIGNAL.code();
            }
        }
        if (settings.isSignalLost == 1) {
            stopLive();
        }
    }

    // ---- reboot and reset -------------------------------------------------------------------------------

    /** Goes down for {@code rebootDuration}: everything stops and every session ends. */
    public void startReboot(long now, boolean reset) {
        stopRec(now);
        stopLive();
        format.clear();
        formatting = null;
        diskTest.clear();
        livingTest.clear();
        checkUpgrade.clear();
        upgrade.clear();
        upgradeMode = "none";
        softap = false;
        sessions.clear();
        if (reset) {
            settings = new Settings(options.boxName(), options.serialNumber(), options.ssdpEnabled());
            family = new FamilySettings();
            sessions = newSessions();
            timeOffsetMs = 0;
            uploadedVersion = null;
            upgradeAvailable = false;
        }
        rebootUntil = now + options.rebootDuration().toMillis();
        events.rebootStarted();
    }

    // ---- small helpers ----------------------------------------------------------------------------------

    /** The disk of {@code disk-type}: 0 USB, 1 SD (on an Ultra Encode too, where 2 is NAS). */
    public Disk disk(int diskType) {
        ApiError.require(diskType == 0 || diskType == 1);
        return diskType == 0 ? usb : sd;
    }

    public @Nullable StreamServer server(int id) {
        for (StreamServer s : settings.servers) {
            if (s.id == id) {
                return s;
            }
        }
        return null;
    }
}
