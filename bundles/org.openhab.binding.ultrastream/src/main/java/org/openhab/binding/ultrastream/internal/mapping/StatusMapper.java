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
package org.openhab.binding.ultrastream.internal.mapping;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.DiskType;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.PushTarget;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.StorageDevices;
import org.openhab.binding.ultrastream.client.StorageStatus;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.FirmwareInfo;
import org.openhab.binding.ultrastream.client.dto.InputSignal;
import org.openhab.binding.ultrastream.client.dto.LiveStatus;
import org.openhab.binding.ultrastream.client.dto.NetInfo;
import org.openhab.binding.ultrastream.client.dto.RecStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Maps a {@code get-status} reply, and the one before it, to channel states and trigger events. Pure: no I/O, no
 * clock, no openHAB services, so it is tested with recorded JSON alone.
 * <p>
 * Every channel gets a state from every reply, and a field the reply does not carry gives {@code UNDEF}: no Java
 * default is ever published as a fact. A missing group reads as a group without fields. Sibling products' shapes
 * ({@code live-status.live[]}, {@code disk-info[]}) are read through {@link PushTarget} and {@link StorageDevices}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StatusMapper {

    /**
     * {@code input-signal.status} 0 means no signal. The document gives no other values, so a signal counts as present
     * when the status is not 0 and the size is known.
     */
    private static final int SIGNAL_NONE = 0;

    private StatusMapper() {
    }

    /**
     * @param previous the reply of the poll before, or null on the first poll after (re)connecting: then no events
     *            fire, because nothing is known to have changed
     * @param current the reply just received
     * @param firmwareVersion the device's running firmware version from get-info, or null when not known yet; a new
     *            firmware equal to it is not reported as available
     */
    public static ChannelUpdate map(@Nullable DeviceStatus previous, DeviceStatus current,
            @Nullable String firmwareVersion) {
        ChannelUpdate update = new ChannelUpdate();
        mapRecording(current, update);
        mapLive(current, update);
        mapInput(current.inputSignal, update);
        mapStorage(GROUP_USB, StorageDevices.of(current, DiskType.USB), update);
        mapStorage(GROUP_SD, StorageDevices.of(current, DiskType.SD), update);
        mapDevice(current, firmwareVersion, update);
        if (previous != null) {
            fireEvents(previous, current, firmwareVersion,
                    becameLiveError(previous.liveStatus, current.liveStatus), update);
        }
        return update;
    }

    private static void mapRecording(DeviceStatus status, ChannelUpdate update) {
        update.put(RECORDING_ACTIVE, flag(DeviceStatusFlag.STATUS_RECORD, status));
        RecStatus rec = status.recStatus;
        update.put(RECORDING_STATE, resultState(rec.result));
        update.put(RECORDING_ELAPSED_TIME, milliseconds(rec.runMs));
        update.put(RECORDING_CURRENT_BITRATE, bitsPerSecond(rec.curBps));
        update.put(RECORDING_AVERAGE_BITRATE, bitsPerSecond(rec.avgBps));
    }

    private static void mapLive(DeviceStatus status, ChannelUpdate update) {
        update.put(LIVE_ACTIVE, flag(DeviceStatusFlag.STATUS_LIVING, status));
        boolean living = isSet(DeviceStatusFlag.STATUS_LIVING, status);
        LiveStatus live = status.liveStatus;
        List<PushTarget> targets = PushTarget.of(live, null);
        PushTarget first = targets.get(0);
        PushTarget second = targets.get(1);
        update.put(LIVE_ELAPSED_TIME, milliseconds(live.runMs));
        update.put(LIVE_CURRENT_BITRATE, bitsPerSecond(first.curBps()));
        update.put(LIVE_AVERAGE_BITRATE, bitsPerSecond(live.avgBps));
        update.put(LIVE_TARGET1_STATE, resultState(first.rawState()));
        update.put(LIVE_TARGET2_STATE, resultState(second.rawState()));
        update.put(LIVE_TARGET2_BITRATE, bitsPerSecond(second.curBps()));
        update.put(LIVE_TARGET1_NETWORK, targetNetwork(living, first));
        update.put(LIVE_TARGET2_NETWORK, targetNetwork(living, second));
    }

    /**
     * The network of a push target, only while it pushes data: the device reports 0 (the mobile code) whenever
     * nothing streams, so {@code net} is a fact only while live runs and the target's rate is above zero.
     */
    private static State targetNetwork(boolean living, PushTarget target) {
        Long rate = target.curBps();
        Integer net = target.net();
        return living && rate != null && rate > 0 && net != null ? networkState(net) : UnDefType.UNDEF;
    }

    static void mapInput(InputSignal signal, ChannelUpdate update) {
        Boolean present = isSignalPresent(signal);
        update.put(INPUT_SIGNAL, present == null ? UnDefType.UNDEF : OnOffType.from(present));
        if (!Boolean.TRUE.equals(present)) {
            putUndef(update, INPUT_RESOLUTION, INPUT_FRAME_RATE, INPUT_INTERLACED, INPUT_AUDIO_FORMAT);
            return;
        }
        Integer cx = signal.cx;
        Integer cy = signal.cy;
        Double frameRate = signal.frameRate;
        Integer interlaced = signal.interlaced;
        update.put(INPUT_RESOLUTION, cx != null && cy != null ? new StringType(cx + "x" + cy) : UnDefType.UNDEF);
        update.put(INPUT_FRAME_RATE, frameRate != null && frameRate > 0
                ? new QuantityType<>(BigDecimal.valueOf(frameRate), Units.HERTZ)
                : UnDefType.UNDEF);
        update.put(INPUT_INTERLACED, interlaced != null ? OnOffType.from(interlaced != 0) : UnDefType.UNDEF);
        String audio = audioFormat(signal);
        update.put(INPUT_AUDIO_FORMAT, audio != null ? new StringType(audio) : UnDefType.UNDEF);
    }

    /**
     * Whether a signal is present: the device reports a non-zero status, and a picture size when it reports one.
     * Null when the reply does not carry the status.
     */
    static @Nullable Boolean isSignalPresent(InputSignal signal) {
        Integer status = signal.status;
        if (status == null) {
            return null;
        }
        Integer cx = signal.cx;
        Integer cy = signal.cy;
        boolean noSize = (cx != null && cx <= 0) || (cy != null && cy <= 0);
        return status != SIGNAL_NONE && !noSize;
    }

    /** {@code LPCM 48 kHz 16 bit}, {@code None} without audio, or null when the reply lacks what it takes. */
    private static @Nullable String audioFormat(InputSignal signal) {
        Integer sampleRate = signal.sampleRate;
        Integer lpcm = signal.isLpcm;
        if (sampleRate == null) {
            return null;
        }
        if (sampleRate <= 0) {
            return "None";
        }
        if (lpcm == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(lpcm != 0 ? "LPCM" : "Compressed");
        BigDecimal kiloHertz = BigDecimal.valueOf(sampleRate).movePointLeft(3).stripTrailingZeros();
        text.append(' ').append(kiloHertz.toPlainString()).append(" kHz");
        Integer bits = signal.bitsPerSample;
        if (bits != null && bits > 0) {
            text.append(' ').append(bits).append(" bit");
        }
        return text.toString();
    }

    static void mapStorage(String group, DiskInfo disk, ChannelUpdate update) {
        String prefix = group + "#";
        StorageStatus storage = disk.storageStatus();
        update.put(prefix + STORAGE_STATUS, storage == null ? UnDefType.UNDEF : new StringType(storage.name()));
        if (storage == null || storage == StorageStatus.NOT_DISK) {
            // No status, or no disk: the device reports zeros for an absent disk; they are not measurements.
            putUndef(update, prefix + STORAGE_TOTAL_SPACE, prefix + STORAGE_USED_SPACE, prefix + STORAGE_FREE_SPACE,
                    prefix + STORAGE_USAGE, prefix + STORAGE_TIME_LEFT, prefix + STORAGE_WRITE_SPEED,
                    prefix + STORAGE_FILE_COUNT);
            return;
        }
        update.put(prefix + STORAGE_TOTAL_SPACE, bytes(disk.totalSize));
        update.put(prefix + STORAGE_USED_SPACE, bytes(disk.usedSize));
        update.put(prefix + STORAGE_FREE_SPACE, bytes(disk.freeSize));
        update.put(prefix + STORAGE_USAGE, percent(disk.usage));
        Long freeSec = disk.freeSec;
        update.put(prefix + STORAGE_TIME_LEFT,
                freeSec == null ? UnDefType.UNDEF : new QuantityType<>(freeSec, Units.SECOND));
        // write-bps counts bytes per second, as disk-test.write-bps does; the channel shows bits per second.
        Long writeBps = disk.writeBps;
        update.put(prefix + STORAGE_WRITE_SPEED, bitsPerSecond(writeBps == null ? null : writeBps * 8));
        Integer fileCount = disk.fileCount;
        update.put(prefix + STORAGE_FILE_COUNT, fileCount == null ? UnDefType.UNDEF : new DecimalType(fileCount));
    }

    private static void mapDevice(DeviceStatus status, @Nullable String firmwareVersion, ChannelUpdate update) {
        update.put(DEVICE_NAME, deviceName(status.boxName));
        update.put(DEVICE_ETHERNET_ADDRESS, address(status.eth));
        update.put(DEVICE_WIFI_ADDRESS, address(status.wifi));
        update.put(DEVICE_AP_MODE, flag(DeviceStatusFlag.STATUS_SOFTAP, status));
        mapFirmware(status, firmwareVersion, update);
        update.put(DEVICE_FORMAT_PROGRESS, percent(status.formatStatus.percent));
        update.put(DEVICE_SPEED_TEST_PROGRESS, percent(status.diskTest.percent));
        update.put(DEVICE_LIVE_TEST_PROGRESS, percent(status.livingTest.percent));
        update.put(DEVICE_UPGRADE_PROGRESS, percent(status.upgradeStatus.percent));
    }

    /** Whether the device found newer firmware online, and its version. */
    static void mapFirmware(DeviceStatus status, @Nullable String firmwareVersion, ChannelUpdate update) {
        String offered = status.upgrade.ver;
        if (offered == null) {
            putUndef(update, DEVICE_FIRMWARE_AVAILABLE, DEVICE_FIRMWARE_NEW_VERSION);
        } else {
            String newFirmware = newFirmwareVersion(status.upgrade, firmwareVersion);
            update.put(DEVICE_FIRMWARE_AVAILABLE, OnOffType.from(newFirmware != null));
            update.put(DEVICE_FIRMWARE_NEW_VERSION,
                    newFirmware != null ? new StringType(newFirmware) : UnDefType.UNDEF);
        }
    }

    /**
     * The device name, from {@code box-name} of get-status: the one source of {@code device#name} (get-settings'
     * {@code name} is the same setting, read less often). An empty name is not one the device accepts, so it is
     * UNDEF like a missing one. The name is network text, cleaned before it becomes a state.
     */
    static State deviceName(@Nullable String boxName) {
        String name = NetworkText.clean(boxName, NetworkText.MAX_NAME); // from the network
        return name.isEmpty() ? UnDefType.UNDEF : new StringType(name);
    }

    /** The version of newer firmware the device found online, or null when there is none. */
    public static @Nullable String newFirmwareVersion(@Nullable FirmwareInfo upgrade,
            @Nullable String firmwareVersion) {
        String ver = upgrade == null ? null : upgrade.ver;
        if (ver == null || ver.isBlank()) {
            return null;
        }
        String version = ver.trim();
        return version.equals(firmwareVersion) ? null : version;
    }

    // Events

    /** The events of both families; {@code liveError}: whether a stream target has just failed. */
    static void fireEvents(DeviceStatus previous, DeviceStatus current, @Nullable String firmwareVersion,
            boolean liveError, ChannelUpdate update) {
        fireOnFlag(DeviceStatusFlag.STATUS_RECORD, previous, current, EVENT_RECORDING_STARTED,
                EVENT_RECORDING_STOPPED, update);
        fireOnFlag(DeviceStatusFlag.STATUS_LIVING, previous, current, EVENT_LIVE_STARTED, EVENT_LIVE_STOPPED, update);
        if (liveError) {
            update.fire(EVENT_LIVE_ERROR);
        }
        Boolean wasPresent = isSignalPresent(previous.inputSignal);
        Boolean isPresent = isSignalPresent(current.inputSignal);
        if (Boolean.TRUE.equals(wasPresent) && Boolean.FALSE.equals(isPresent)) {
            update.fire(EVENT_SIGNAL_LOST);
        } else if (Boolean.FALSE.equals(wasPresent) && Boolean.TRUE.equals(isPresent)) {
            update.fire(EVENT_SIGNAL_LOCKED);
        }
        fireStorageEvents(GROUP_USB, StorageDevices.of(previous, DiskType.USB),
                StorageDevices.of(current, DiskType.USB),
                update);
        fireStorageEvents(GROUP_SD, StorageDevices.of(previous, DiskType.SD), StorageDevices.of(current, DiskType.SD),
                update);
        String newFirmware = newFirmwareVersion(current.upgrade, firmwareVersion);
        if (newFirmware != null && !newFirmware.equals(newFirmwareVersion(previous.upgrade, firmwareVersion))) {
            update.fire(EVENT_FIRMWARE_AVAILABLE);
        }
    }

    /** Fires when the flag changed between two replies that both carry the status mask. */
    private static void fireOnFlag(DeviceStatusFlag flag, DeviceStatus previous, DeviceStatus current, String onEvent,
            String offEvent, ChannelUpdate update) {
        if (previous.curStatus == null || current.curStatus == null) {
            return;
        }
        boolean was = isSet(flag, previous);
        boolean is = isSet(flag, current);
        if (!was && is) {
            update.fire(onEvent);
        } else if (was && !is) {
            update.fire(offEvent);
        }
    }

    /** Whether either push target has just entered an error state. */
    private static boolean becameLiveError(LiveStatus previous, LiveStatus current) {
        List<PushTarget> was = PushTarget.of(previous, null);
        List<PushTarget> is = PushTarget.of(current, null);
        for (int i = 0; i < is.size(); i++) {
            if (is.get(i).isFailed() && !was.get(i).isFailed()) {
                return true;
            }
        }
        return false;
    }

    private static void fireStorageEvents(String group, DiskInfo previous, DiskInfo current, ChannelUpdate update) {
        StorageStatus was = previous.storageStatus();
        StorageStatus is = current.storageStatus();
        if (was == null || is == null || was == is) {
            return;
        }
        String prefix = group.toUpperCase(Locale.ROOT);
        if (is == StorageStatus.LOW_SPACE) {
            update.fire(prefix + EVENT_SUFFIX_LOW);
        } else if (is == StorageStatus.NOT_SPACE) {
            update.fire(prefix + EVENT_SUFFIX_FULL);
        } else if (is == StorageStatus.NOT_DISK) {
            update.fire(prefix + EVENT_SUFFIX_REMOVED);
        }
    }

    // State helpers

    static boolean isSet(DeviceStatusFlag flag, DeviceStatus status) {
        Long mask = status.curStatus;
        return mask != null && flag.isSetIn(mask);
    }

    /** ON or OFF for a flag of the status mask; UNDEF when the reply lacks the mask. */
    static State flag(DeviceStatusFlag flag, DeviceStatus status) {
        return status.curStatus == null ? UnDefType.UNDEF : OnOffType.from(isSet(flag, status));
    }

    /** A result code as its document name ({@code RET_LIVING_CONNECTED}); an unlisted value as its number. */
    static State resultState(@Nullable Integer result) {
        if (result == null) {
            return UnDefType.UNDEF;
        }
        ResultCode code = ResultCode.of(result);
        return new StringType(code == ResultCode.UNKNOWN ? Integer.toString(result) : code.name());
    }

    /** The {@code net} field of live-status, read with the codes of {@code net-mode}: 0 mobile, 1 Ethernet, 2 Wi-Fi. */
    static State networkState(int net) {
        return switch (net) {
            case 0 -> new StringType("MOBILE");
            case 1 -> new StringType("ETHERNET");
            case 2 -> new StringType("WIFI");
            default -> UnDefType.UNDEF;
        };
    }

    static State address(NetInfo net) {
        String ip = net.ip;
        return ip == null || ip.isBlank() ? UnDefType.UNDEF : new StringType(ip.trim());
    }

    /** A percentage the device reports, clamped to 0 to 100. */
    static State percent(@Nullable Integer percent) {
        return percent == null
                ? UnDefType.UNDEF
                : new QuantityType<>(Math.max(0, Math.min(100, percent)), Units.PERCENT);
    }

    static State milliseconds(@Nullable Long ms) {
        return ms == null ? UnDefType.UNDEF : new QuantityType<>(BigDecimal.valueOf(Math.max(0, ms), 3), Units.SECOND);
    }

    static State bitsPerSecond(@Nullable Long bps) {
        return bps == null ? UnDefType.UNDEF : new QuantityType<>(Math.max(0, bps), Units.BIT_PER_SECOND);
    }

    private static State bytes(@Nullable Long bytes) {
        return bytes == null ? UnDefType.UNDEF : new QuantityType<>(bytes, Units.BYTE);
    }

    static void putUndef(ChannelUpdate update, String... channelIds) {
        for (String channelId : channelIds) {
            update.put(channelId, UnDefType.UNDEF);
        }
    }
}
