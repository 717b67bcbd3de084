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

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The {@code /usapi} replies as Gson writes them. A component is a field of the vendor's document in camel case
 * ({@code diskStatus} is {@code disk-status}; {@code beignTime} keeps the firmware's {@code beign-time}), in the
 * document's order, which Gson keeps. A null component is left out: that is how one record serves the shapes that
 * lack a field. {@link Settings} is the get-settings reply itself; get-info's value ranges are in
 * {@link Capabilities}.
 */
@NonNullByDefault
final class Replies {

    /** As the device writes: pretty-printed, and {@code '}, {@code <}, {@code &} and {@code =} as they are. */
    static final Gson GSON = builder().setPrettyPrinting().create();
    /** One line, for the control endpoint. */
    static final Gson COMPACT = builder().create();

    private Replies() {
    }

    private static GsonBuilder builder() {
        return new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_DASHES).disableHtmlEscaping();
    }

    /** The reply of most methods, and of every refusal. */
    record Result(int result) {
        static final Result OK = new Result(ResultCode.RET_SUCCEED.code());
    }

    record Ping(int result, int curStatus) {
    }

    record Users(int result, List<Users.Entry> users) {
        record Entry(String id, int type) {
        }
    }

    record MediaFiles(int result, String path, String thumbnail, List<MediaFiles.Entry> mediaFiles) {
        record Entry(String name, String thumbnailName, int status, String createTime, long sizeBytes, long duration,
                int width, int height, int interval, int codec) {
        }
    }

    /**
     * upload-update-file: the code in {@code status} (the method's own section, and real devices) or in
     * {@code result} ({@link FirmwareFaults#uploadReplyWithResult}); the rest only when the file is taken.
     */
    record Upload(@Nullable Integer status, @Nullable Integer result, @Nullable Boolean upToDate,
            @Nullable String version, @Nullable Long size) {
        static Upload of(boolean inResult, ResultCode code, @Nullable Boolean upToDate, @Nullable String version,
                @Nullable Long size) {
            return new Upload(inResult ? null : code.code(), inResult ? code.code() : null, upToDate, version, size);
        }

        static Upload refused(boolean inResult, ResultCode code) {
            return of(inResult, code, null, null, null);
        }
    }

    // ---- get-info ---------------------------------------------------------------------------------------

    record Info(int result, MacAddr macAddr, String snapshot, Product product, Capabilities.AudioRange audioRange,
            Capabilities.CodecCap codecCap, Capabilities.RecControl recControl) {
    }

    record MacAddr(String eth, String wifi, String blue) {
    }

    /** {@code product-id} only where a source gives it. */
    record Product(String sn, @Nullable Integer productId, String hardwareVer, int firmwareId, String firmwareVerS,
            String factoryFirmwareVerS, String productName, String moduleName, String manuName, int features,
            int maxLockCount) {
    }

    // ---- get-status -------------------------------------------------------------------------------------

    /**
     * get-status. {@code recStatus} and {@code liveStatus} have the product's own shape; storage comes as
     * {@code usb} and {@code sd}, or as the list {@code diskInfo}.
     */
    record Status(int result, int curStatus, int lastRecStatus, String curTime, String boxName, List<String> lockUser,
            Object recStatus, Object liveStatus, UpgradeStatus upgradeStatus, FormatStatus formatStatus,
            DiskTest diskTest, LivingTest livingTest, CheckUpgrade checkUpgrade, InputSignal inputSignal,
            @Nullable Storage usb, @Nullable Storage sd, @Nullable List<Storage> diskInfo, Wifi wifi, Network eth,
            Network mobile, Upgrade upgrade, Upgrade downgrade) {
    }

    record RecStatus(int result, long runMs, long curBps, long avgBps, String clientId) {
    }

    /** The second push target has its own {@code result2}, {@code cur-bps2} and {@code net2}. */
    record LiveStatus(int result, long runMs, long curBps, long avgBps, int net, int result2, long curBps2, int net2,
            String clientId) {
    }

    /** The sibling encoders' rec-status: no rates, the recording tasks in {@code rec[]}. */
    record SiblingRecStatus(int result, long runMs, List<Object> rec) {
    }

    /** The sibling encoders' live-status: one entry per stored server in {@code live[]}. */
    record SiblingLiveStatus(int result, long runMs, List<LiveTarget> live) {
    }

    /** {@code inst-bps} in bytes per second, as the Ultra Encode sends it. */
    record LiveTarget(int id, int type, int isUse, String name, long runMs, int result, long instBps, int net) {
    }

    record UpgradeStatus(int step, int percent, int result, String clientId, String mode) {
    }

    record FormatStatus(int percent, int result, String clientId) {
    }

    record DiskTest(long readBps, long writeBps, int percent, int result, String clientId) {
    }

    record LivingTest(long uploadBps, int percent, int result, int net, String clientId) {
    }

    record CheckUpgrade(int result, String clientId) {
    }

    record InputSignal(int status, int cx, int cy, int interlaced, double frameRate, int channelValid, int isLpcm,
            int bitsPerSample, int sampleRate) {
    }

    /**
     * A USB stick or SD card; as an entry of {@code disk-info[]} it also says which ({@code disk-type}, {@code id}).
     */
    record Storage(int diskStatus, long totalSize, long usedSize, long freeSize, int blockSize, int usage,
            String sysPath, String fsType, String mountPath, String fsLabel, long writeBps, long readBps, long freeSec,
            int fileCount, String beignTime, String endTime, long totalCacheTime, @Nullable Integer diskType,
            @Nullable Integer id) {
    }

    record Wifi(String name, int level, String ip, String mask, String router, String dns) {
    }

    record Network(String ip, String mask, String router, String dns) {
        static final Network NONE = new Network("", "", "", "");
    }

    /** {@code upgrade} and {@code downgrade}: a firmware the device could install. */
    record Upgrade(String ver, String date, long sizeByte, List<Upgrade.Entry> info) {
        static final Upgrade NONE = new Upgrade("", "", 0, List.of());

        record Entry(String version, String changelog) {
        }
    }
}
