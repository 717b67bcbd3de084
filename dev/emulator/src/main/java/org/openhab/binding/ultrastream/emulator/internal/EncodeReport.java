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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.AioEth;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.AioLivingTest;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.AioSignal;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.AioStatus;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.AioWifi;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.AudioCodec;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.Codec;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.ConnWifi;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.DiskEntry;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.DiskTest;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.Empty;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.FormatStatus;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.Info;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.LiveEntry;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.LiveList;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.LiveStatus;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.MacAddr;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.NdiTally;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.PlainStatus;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.RecEntry;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.RecStatus;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.Rndis;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.SendFile;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.SendFileTest;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.Sysstat;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.VideoCodec;
import org.openhab.binding.ultrastream.emulator.internal.EncodeReplies.Web;
import org.openhab.binding.ultrastream.emulator.internal.FamilySettings.RecChannel;
import org.openhab.binding.ultrastream.emulator.internal.Replies.CheckUpgrade;
import org.openhab.binding.ultrastream.emulator.internal.Replies.LivingTest;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Network;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Upgrade;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Wifi;

/**
 * get-info, get-status and get-settings of the Ultra Encode family ({@link EncodeReplies}), from the device model
 * and the parts the Ultra Stream shares ({@link StatusReport}). Evolving values follow the clock: the encoders run
 * from boot, sessions and recordings from when they started.
 */
@NonNullByDefault
final class EncodeReport {

    /** A real AIO has eight VU meters; the vendor's pages show two. */
    private static final int AIO_CHANNELS = 8;
    private static final int PLAIN_CHANNELS = 2;
    /** Stereo input: two meters move, the others stay at 0 (as on a real AIO fed stereo). */
    private static final int LIVE_AUDIO_CHANNELS = 2;
    /** An SRT packet's payload: seven 188-byte TS packets. */
    private static final int SRT_PAYLOAD_BYTES = 1316;
    /** One packet in this many is lost (and sent again). */
    private static final int SRT_LOSS_EVERY = 100_000;
    private static final int SRT_RTT_MS = 2;
    private static final int SRT_BUF_MS = 1;
    /** AAC: 1024 samples a frame at 48 kHz. */
    private static final int AUDIO_SAMPLES_PER_FRAME = 1024;
    private static final int SAMPLE_RATE = 48_000;
    private static final long MEM_TOTAL = 1_024_000;
    private static final int RECORDING = ResultCode.RET_RUNNING.code();
    private static final int IDLE = ResultCode.RET_INIT.code();
    private static final Wifi NO_WIFI = new Wifi("", 0, "", "", "", "");

    private final DeviceModel model;
    private final StatusReport shared;

    EncodeReport(DeviceModel model, StatusReport shared) {
        this.model = model;
        this.shared = shared;
    }

    private boolean aio() {
        return model.options.model().hasInputSelection();
    }

    Info info() {
        return new Info(0, new MacAddr(shared.mac(0)), DeviceFrontEnd.SNAPSHOT_PATH, shared.product(),
                aio() ? Capabilities.INPUT_SOURCE : null);
    }

    EncodeReplies.Settings settings() {
        return new EncodeReplies.Settings(0, model.settings.name, aio() ? model.family.inputSource : null,
                model.settings.servers, aio() ? model.family.recChannels : null);
    }

    // ---- plain and Plus ---------------------------------------------------------------------------------

    PlainStatus plainStatus(long now) {
        return new PlainStatus(0, model.statusMask(now), shared.curTime(now), model.settings.name, Empty.INSTANCE,
                new LiveList(liveEntries(now, null)), shared.upgradeStatus(now), shared.livingTest(now),
                new CheckUpgrade(model.checkUpgrade.result(), ""), ConnWifi.IDLE, shared.inputSignal(), station(),
                softap(), shared.eth(), Network.NONE, shared.upgrade(), PLAIN_CHANNELS, vumeters(now, PLAIN_CHANNELS));
    }

    // ---- AIO --------------------------------------------------------------------------------------------

    AioStatus aioStatus(long now) {
        Codec codec = codec(now);
        List<LiveEntry> live = liveEntries(now, codec);
        long sentBits = live.stream().mapToLong(e -> e.instBps() == null ? 0 : e.instBps() * 8).sum();
        FamilySettings.InputSource input = model.family.inputSource;
        LivingTest test = shared.livingTest(now);
        Replies.DiskTest diskTest = shared.diskTest();
        Network eth = shared.eth();
        return new AioStatus(0, model.statusMask(now), model.recResult, 0, shared.curTime(now), model.settings.name,
                input.source, input.mixer.inputDevice, cpuTemperature(now), 1, 0, Web.DEFAULT, Result.OK, codec,
                sysstat(now, sentBits), NdiTally.NONE,
                new LiveStatus(model.isLive() ? RECORDING : 0, model.isLive() ? now - model.liveStart : 0, live),
                shared.upgradeStatus(now), model.settings.isAutoRec, recStatus(now),
                new FormatStatus(model.formatting == model.sd ? 1 : 0, model.format.percent(), model.format.result(),
                        ""),
                new DiskTest(0, diskTest.readBps(), diskTest.writeBps(), diskTest.percent(), diskTest.result(), ""),
                List.of(), new AioLivingTest(0, test.uploadBps(), test.percent(), test.result(), test.net(), ""),
                new CheckUpgrade(model.checkUpgrade.result(), ""), ConnWifi.IDLE, SendFileTest.IDLE, SendFile.IDLE,
                aioSignal(), diskInfo(now), new AioWifi(model.wifiName, 0, 1, "", "", "", ""), softap(),
                new AioEth(1000, model.settings.eth.isDhcp, eth.ip(), eth.mask(), eth.router(), eth.dns()),
                Network.NONE, Rndis.DEFAULT, shared.upgrade(), Upgrade.NONE, List.of(), List.of(), List.of(),
                AIO_CHANNELS, vumeters(now, AIO_CHANNELS));
    }

    /** The encoders run from boot, on the no-signal picture too, so their counters count from there. */
    private Codec codec(long now) {
        long upMs = now - model.bootedAt;
        Settings s = model.settings;
        long audioFrames = audioFrames(upMs);
        return new Codec(video(s.mainStream, null, upMs, now), video(s.subStream, 1, upMs, now + 333),
                new AudioCodec(s.audio.channels, s.audio.kbps, StatusReport.curBps(s.audio.kbps, now + 250),
                        audioFrames, audioFrames));
    }

    private static VideoCodec video(Settings.Stream stream, @Nullable Integer enable, long upMs, long now) {
        long frames = videoFrames(stream, upMs);
        return new VideoCodec(enable, 0, stream.cx, stream.cy, stream.duration, stream.kbps,
                StatusReport.curBps(stream.kbps, now), frames, frames, 0, 0, 1, 0, 0);
    }

    /** {@code duration} is the frame interval in 100 ns. */
    private static long videoFrames(Settings.Stream stream, long ms) {
        return ms * 10_000 / stream.duration;
    }

    private static long audioFrames(long ms) {
        return ms * SAMPLE_RATE / AUDIO_SAMPLES_PER_FRAME / 1000;
    }

    /**
     * Milli-degrees Celsius (a real AIO's 68600 while streaming; the page's example 61100): warmer while live and
     * recording, with a slow drift.
     */
    private int cpuTemperature(long now) {
        return 61_100 + (model.isLive() ? 5_000 : 0) + (model.isRecording() ? 2_500 : 0)
                + (int) Math.round(300 * Math.sin(now / 10_000.0));
    }

    /**
     * {@code uptime} in seconds, {@code cpu} as a real AIO (its meaning is unknown), {@code cpu-usage} in percent,
     * memory as a real AIO's 1 GB (in its unknown unit), {@code eth-tx} the sessions' bits per second, the disks'
     * {@code -wr} their write rate in bytes per second.
     */
    private Sysstat sysstat(long now, long sentBits) {
        int load = (model.isLive() ? 10 : 0) + (model.isRecording() ? 5 : 0);
        long memFree = 640_000 - (model.isLive() ? 40_000 : 0) - (model.isRecording() ? 20_000 : 0)
                + Math.round(1_000 * Math.sin(now / 7_000.0));
        long ethTx = sentBits == 0 ? 0 : sentBits + 2_000;
        return new Sysstat((now - model.bootedAt) / 1000, 1500,
                18 + load + (int) Math.round(2 * Math.sin(now / 3_000.0)), MEM_TOTAL, memFree, 8_000 + ethTx / 100,
                ethTx, 0, 0, 0, 0, 0, 0, 0, model.usb.writeBps(), 0, model.sd.writeBps());
    }

    /**
     * One entry per stored server. With the encoders' figures ({@code codec}, the AIO) a session reports its rate
     * in bytes per second and, over SRT, the protocol's statistics; without, the entry's first eight fields.
     */
    private List<LiveEntry> liveEntries(long now, @Nullable Codec codec) {
        List<LiveEntry> entries = new ArrayList<>();
        for (StreamServer server : model.settings.servers) {
            int result = model.serverResult(server, now);
            long runMs = result == IDLE ? 0 : now - server.liveSince;
            int index = server.streamIndex(0);
            if (codec == null) {
                entries.add(new LiveEntry(server.id, server.type, server.isUse, 0, server.name, runMs, result, index,
                        null, null, null, null, null, null, null, null, null, null, null, null, null));
                continue;
            }
            boolean connected = result == ResultCode.RET_LIVING_CONNECTED.code();
            VideoCodec video = index == 0 ? codec.mainStream() : codec.subStream();
            long instBps = connected
                    ? StatusReport.sessionBytesPerSecond(video.curBps() + codec.audio().curBps())
                    : 0;
            if (!server.isSrt()) {
                entries.add(new LiveEntry(server.id, server.type, server.isUse, 0, server.name, runMs, result, index,
                        null, null, null, null, null, instBps, server.netMode, null, null, null, null, null, null));
                continue;
            }
            long sentMs = connected ? runMs - DeviceModel.LIVE_CONNECTING_MS : 0;
            Settings.Stream stream = model.settings.stream(index);
            long nominal = StatusReport.sessionBytesPerSecond((stream.kbps + model.settings.audio.kbps) * 1024L);
            long packets = nominal * sentMs / 1000 / SRT_PAYLOAD_BYTES;
            long lost = packets / SRT_LOSS_EVERY;
            entries.add(new LiveEntry(server.id, server.type, server.isUse, 0, server.name, runMs, result, index,
                    SRT_RTT_MS, packets, lost, lost, SRT_BUF_MS, instBps, server.netMode, host(server), server.port,
                    videoFrames(stream, sentMs), audioFrames(sentMs), sentMs, sentMs));
        }
        return entries;
    }

    /** The address a caller sends to: the host of its URL; a listener's is empty until a client comes. */
    private static String host(StreamServer server) {
        return server.url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/?].*$", "");
    }

    /** One entry per recording channel: 2 while it records (its disk takes the recording), else 27. */
    private RecStatus recStatus(long now) {
        boolean on = model.isRecording();
        long runMs = on ? now - model.recStart : 0;
        List<RecEntry> entries = new ArrayList<>();
        for (RecChannel c : model.family.recChannels) {
            boolean recording = on && c.type != FamilySettings.NAS && model.disk(c.type).isRecording();
            long ms = recording ? runMs : 0;
            int parts = recording ? (int) (ms / (c.timeUnit * 60_000L)) + 1 : 0;
            entries.add(new RecEntry(c.id, c.type, c.isUse, 0, recording ? RECORDING : IDLE, ms, parts,
                    videoFrames(model.settings.stream(c.streamIndex), ms), audioFrames(ms)));
        }
        return new RecStatus(on ? RECORDING : model.recResult, runMs, entries);
    }

    /** USB and SD as the Ultra Stream's disks, and NAS, of which none is set up ({@code conn-state} 29). */
    private List<DiskEntry> diskInfo(long now) {
        RecChannel usb = model.family.channel(FamilySettings.USB);
        RecChannel sd = model.family.channel(FamilySettings.SD);
        RecChannel nas = model.family.channel(FamilySettings.NAS);
        return List.of(
                DiskEntry.of(shared.storage(model.usb, 0, recKbps(usb), now), FamilySettings.USB, usb, null),
                DiskEntry.of(shared.storage(model.sd, 1, recKbps(sd), now), FamilySettings.SD, sd, null),
                new DiskEntry(Disk.NOT_DISK, FamilySettings.NAS, 0, 0, 0, 0, 0, 0, "", "", "", "", 0, 0, 0, 0, "", "",
                        0, FamilySettings.NAS, nas.mode, nas.streamIndex, ResultCode.RET_LIVING_NOTSET.code()));
    }

    private int recKbps(RecChannel channel) {
        return model.settings.stream(channel.streamIndex).kbps + model.settings.audio.kbps;
    }

    /**
     * Both inputs carry the emulated signal (1080p60, 48 kHz stereo LPCM) so that any source has a picture; the top
     * level repeats the selected input's.
     */
    private AioSignal aioSignal() {
        AioSignal input = model.signalPresent
                ? new AioSignal(1, 1920, 1080, 0, 1, 60, 2, 1, 16, SAMPLE_RATE, null, null)
                : new AioSignal(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, null, null);
        return new AioSignal(input.status(), input.cx(), input.cy(), input.interlaced(), input.interlacedScale(),
                input.frameRate(), input.channelValid(), input.isLpcm(), input.bitsPerSample(), input.sampleRate(),
                input, input);
    }

    /** Wi-Fi as a station: never connected. */
    private Wifi station() {
        return new Wifi(model.wifiName, 0, "", "", "", "");
    }

    /** The access point, while one is open ({@code open-softap}). */
    private Wifi softap() {
        return model.softap ? shared.accessPoint() : NO_WIFI;
    }

    /** The audio meters on the device's own scale (0 to about 100): two move while a signal is present. */
    private List<Integer> vumeters(long now, int channels) {
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            boolean sounding = model.signalPresent && i < LIVE_AUDIO_CHANNELS;
            levels.add(sounding ? 28 + (int) Math.round(6 * Math.sin(now / 400.0 + i)) : 0);
        }
        return levels;
    }
}
