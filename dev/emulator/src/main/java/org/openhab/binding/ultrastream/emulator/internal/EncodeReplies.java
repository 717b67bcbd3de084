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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.internal.Replies.CheckUpgrade;
import org.openhab.binding.ultrastream.emulator.internal.Replies.InputSignal;
import org.openhab.binding.ultrastream.emulator.internal.Replies.LivingTest;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Network;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Product;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Upgrade;
import org.openhab.binding.ultrastream.emulator.internal.Replies.UpgradeStatus;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Wifi;

import com.google.gson.annotations.SerializedName;

/**
 * The Ultra Encode family's replies, written as {@link Replies} says. The AIO's get-status follows a real AIO's
 * reply field for field and in its order; the plain and Plus models' follows the skeleton of the vendor's plain
 * Ultra Encode page. A null component is left out.
 */
@NonNullByDefault
final class EncodeReplies {

    private EncodeReplies() {
    }

    // ---- get-info and get-settings ----------------------------------------------------------------------

    /** get-info: the AIO adds what its inputs and mixer take ({@code input-source}). */
    record Info(int result, MacAddr macAddr, String snapshot, Product product,
            Capabilities.@Nullable InputSourceInfo inputSource) {
    }

    /** Only the Ethernet address is known for the family (a real AIO's get-info, read by a fleet tool). */
    record MacAddr(String eth) {
    }

    /** get-settings: the AIO adds its input ({@code input-source}) and recording channels. */
    record Settings(int result, String name, FamilySettings.@Nullable InputSource inputSource,
            List<StreamServer> streamServer, @Nullable List<FamilySettings.RecChannel> recChannels) {
    }

    // ---- get-status of the plain Ultra Encode and the Plus -------------------------------------------------

    /** The plain page's skeleton: {@code sysstat} shows no contents there, so it has none here. */
    record PlainStatus(int result, int curStatus, String curTime, String boxName, Empty sysstat,
            LiveList liveStatus, UpgradeStatus upgradeStatus, LivingTest livingTest, CheckUpgrade checkUpgrade,
            ConnWifi connWifi, InputSignal inputSignal, Wifi wifi, Wifi softap, Network eth, Network mobile,
            Upgrade upgrade, int channelCount, List<Integer> vumeters) {
    }

    record Empty() {
        static final Empty INSTANCE = new Empty();
    }

    /** The plain page's {@code live-status}: only the list. */
    record LiveList(List<LiveEntry> live) {
    }

    // ---- get-status of the AIO ------------------------------------------------------------------------------

    record AioStatus(int result, int curStatus, int lastRecStatus, int lastRecStatus2, String curTime,
            String boxName, int inputSource, int inputDevice, int cpuTemperature, int enableMultiProtocol,
            int enableNdiHx3, Web web, @SerializedName("3d-output") Result threeDOutput, Codec codec, Sysstat sysstat,
            NdiTally ndiTally, LiveStatus liveStatus, UpgradeStatus upgradeStatus, int enableAutoRec,
            RecStatus recStatus, FormatStatus formatStatus, DiskTest diskTest, List<Object> nas,
            AioLivingTest livingTest, CheckUpgrade checkUpgrade, ConnWifi connWifi, SendFileTest sendFileTest,
            SendFile sendFile, AioSignal inputSignal, List<DiskEntry> diskInfo, AioWifi wifi, Wifi softap, AioEth eth,
            Network mobile, Rndis rndis, Upgrade upgrade, Upgrade downgrade, List<Object> messageInfos,
            List<Object> messageWarns, List<Object> messageErrors, int channelCount, List<Integer> vumeters) {
    }

    record Web(int isHttp, int httpPort, int isHttps, int httpsPort, int isCertValid, int isCertKeyValid,
            int theme) {
        static final Web DEFAULT = new Web(1, 80, 0, 443, 0, 0, 1);
    }

    /** The encoders: {@code cur-bps} in bit/s, {@code duration} the frame interval in 100 ns. */
    record Codec(VideoCodec mainStream, VideoCodec subStream, AudioCodec audio) {
    }

    /** {@code enable} only on the sub-stream. */
    record VideoCodec(@Nullable Integer enable, int result, int cx, int cy, int duration, int kbps, long curBps,
            long iFrameCount, long oFrameCount, long dropCount, long addCount, int checkSurface, int inCropping,
            int rotation) {
    }

    record AudioCodec(int channels, int kbps, long curBps, long iFrameCount, long oFrameCount) {
    }

    record Sysstat(long uptime, int cpu, int cpuUsage, long memTotal, long memFree, long ethRx, long ethTx,
            long wlanRx, long wlanTx, long mobileRx, long mobileTx, long rndisRx, long rndisTx, long usbRd,
            long usbWr, long sdRd, long sdWr) {
    }

    record NdiTally(int id, boolean onPreview, boolean onProgram) {
        static final NdiTally NONE = new NdiTally(-1, false, false);
    }

    record LiveStatus(int result, long runMs, List<LiveEntry> live) {
    }

    /**
     * One stored server's session, with the device's spelling ({@code is-skd-runnung}, {@code rrt-ms}). The SRT
     * statistics to {@code port} and the frame counters are there only for SRT sessions, {@code inst-bps} (bytes
     * per second) and {@code net} only on the AIO; the plain and Plus models list the first eight fields.
     */
    record LiveEntry(int id, int type, int isUse, int isSkdRunnung, String name, long runMs, int result,
            int streamIndex, @Nullable Integer rrtMs, @Nullable Long pktSentTotal, @Nullable Long pktLossTotal,
            @Nullable Long pktRetransTotal, @Nullable Integer bufMs, @Nullable Long instBps, @Nullable Integer net,
            @Nullable String ipAddr, @Nullable Integer port, @Nullable Long videoFrameCount,
            @Nullable Long audioFrameCount, @Nullable Long lastVideoPts, @Nullable Long lastAudioPts) {
    }

    record RecStatus(int result, long runMs, List<RecEntry> rec) {
    }

    /** One recording channel: {@code type} 0 USB, 1 SD, 2 NAS; {@code result} 2 recording, 27 idle. */
    record RecEntry(int id, int type, int isUse, int isSkdRunnung, int result, long runMs, int partedNum,
            long videoFrameCount, long audioFrameCount) {
    }

    record FormatStatus(int type, int percent, int result, String clientId) {
    }

    record DiskTest(int type, long readBps, long writeBps, int percent, int result, String clientId) {
    }

    record AioLivingTest(int id, long uploadBps, int percent, int result, int net, String clientId) {
    }

    record ConnWifi(String name, int result, String clientId) {
        static final ConnWifi IDLE = new ConnWifi("", 0, "");
    }

    record SendFileTest(int result, String clientId, int id) {
        static final SendFileTest IDLE = new SendFileTest(0, "", 0);
    }

    /** As a real idle AIO reported it ({@code result} -17 included). */
    record SendFile(int totalCountOngoing, int totalCountDone, int diskType, String name, int result, String message,
            int leftTime, int percent) {
        static final SendFile IDLE = new SendFile(0, 0, 0, "", ResultCode.ERR_NEED_AUTH.code(), "", 0, 0);
    }

    /** The selected input's signal, then each input's in {@code hdmi} and {@code sdi}. */
    record AioSignal(int status, int cx, int cy, int interlaced, int interlacedScale, int frameRate, int channelValid,
            int isLpcm, int bitsPerSample, int sampleRate, @Nullable AioSignal hdmi, @Nullable AioSignal sdi) {
    }

    /** One storage medium of {@code disk-info[]}: {@code disk-type} 0 USB, 1 SD, 2 NAS (with {@code conn-state}). */
    record DiskEntry(int diskStatus, int diskType, long totalSize, long usedSize, long freeSize, long resvSize,
            int blockSize, int usage, String sysPath, String fsType, String mountPath, String fsLabel, long writeBps,
            long readBps, long freeSec, int fileCount, String beignTime, String endTime, long totalCacheTime, int id,
            int recMode, int streamIdx, @Nullable Integer connState) {

        static DiskEntry of(Replies.Storage s, int type, FamilySettings.RecChannel channel,
                @Nullable Integer connState) {
            return new DiskEntry(s.diskStatus(), type, s.totalSize(), s.usedSize(), s.freeSize(), 0, s.blockSize(),
                    s.usage(), s.sysPath(), s.fsType(), s.mountPath(), s.fsLabel(), s.writeBps(), s.readBps(),
                    s.freeSec(), s.fileCount(), s.beignTime(), s.endTime(), s.totalCacheTime(), type, channel.mode,
                    channel.streamIndex, connState);
        }
    }

    record AioWifi(String name, int level, int isDhcp, String ip, String mask, String router, String dns) {
    }

    record AioEth(int linkSpeed, int isDhcp, String ip, String mask, String router, String dns) {
    }

    record Rndis(int linkState, int linkSpeed, String ip, String mask) {
        static final Rndis DEFAULT = new Rndis(1, -1, "192.168.66.1", "255.255.255.0");
    }
}
