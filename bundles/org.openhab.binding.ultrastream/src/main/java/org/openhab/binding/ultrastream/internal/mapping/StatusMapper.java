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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.StorageStatus;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.FirmwareInfo;
import org.openhab.binding.ultrastream.client.dto.InputSignal;
import org.openhab.binding.ultrastream.client.dto.LiveStatus;
import org.openhab.binding.ultrastream.client.dto.NetInfo;
import org.openhab.binding.ultrastream.client.dto.Progress;
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
 * The DTOs are parsed tolerantly by the client, but a group may still arrive as JSON {@code null}; every group is
 * therefore read through a null check and a missing group gives {@code UNDEF} states, never an exception.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StatusMapper {

    /** {@code input-signal.status} 0 means no signal; see docs/protocol-decisions.md, section Binding. */
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
        mapStorage(GROUP_USB, current.usb, update);
        mapStorage(GROUP_SD, current.sd, update);
        mapDevice(current, firmwareVersion, update);
        if (previous != null) {
            fireEvents(previous, current, firmwareVersion, update);
        }
        return update;
    }

    private static void mapRecording(DeviceStatus status, ChannelUpdate update) {
        update.put(RECORDING_ACTIVE, OnOffType.from(DeviceStatusFlag.STATUS_RECORD.isSetIn(status.curStatus)));
        @Nullable
        RecStatus rec = status.recStatus;
        if (rec == null) {
            putUndef(update, RECORDING_STATE, RECORDING_ELAPSED_TIME, RECORDING_CURRENT_BITRATE,
                    RECORDING_AVERAGE_BITRATE);
            return;
        }
        update.put(RECORDING_STATE, resultState(rec.result));
        update.put(RECORDING_ELAPSED_TIME, milliseconds(rec.runMs));
        update.put(RECORDING_CURRENT_BITRATE, bitsPerSecond(rec.curBps));
        update.put(RECORDING_AVERAGE_BITRATE, bitsPerSecond(rec.avgBps));
    }

    private static void mapLive(DeviceStatus status, ChannelUpdate update) {
        boolean living = DeviceStatusFlag.STATUS_LIVING.isSetIn(status.curStatus);
        update.put(LIVE_ACTIVE, OnOffType.from(living));
        @Nullable
        LiveStatus live = status.liveStatus;
        if (live == null) {
            putUndef(update, LIVE_ELAPSED_TIME, LIVE_CURRENT_BITRATE, LIVE_AVERAGE_BITRATE, LIVE_TARGET1_STATE,
                    LIVE_TARGET1_NETWORK, LIVE_TARGET2_STATE, LIVE_TARGET2_BITRATE, LIVE_TARGET2_NETWORK);
            return;
        }
        update.put(LIVE_ELAPSED_TIME, milliseconds(live.runMs));
        update.put(LIVE_CURRENT_BITRATE, bitsPerSecond(live.curBps));
        update.put(LIVE_AVERAGE_BITRATE, bitsPerSecond(live.avgBps));
        update.put(LIVE_TARGET1_STATE, resultState(live.result));
        update.put(LIVE_TARGET2_STATE, resultState(live.result2));
        update.put(LIVE_TARGET2_BITRATE, bitsPerSecond(live.curBps2));
        // net is 0 (the mobile code) whenever nothing streams; only report it while streaming.
        update.put(LIVE_TARGET1_NETWORK, living ? networkState(live.net) : UnDefType.UNDEF);
        update.put(LIVE_TARGET2_NETWORK, living && live.curBps2 > 0 ? networkState(live.net2) : UnDefType.UNDEF);
    }

    private static void mapInput(@Nullable InputSignal signal, ChannelUpdate update) {
        if (signal == null) {
            putUndef(update, INPUT_SIGNAL, INPUT_RESOLUTION, INPUT_FRAME_RATE, INPUT_INTERLACED, INPUT_AUDIO_FORMAT);
            return;
        }
        boolean present = isSignalPresent(signal);
        update.put(INPUT_SIGNAL, OnOffType.from(present));
        if (!present) {
            putUndef(update, INPUT_RESOLUTION, INPUT_FRAME_RATE, INPUT_INTERLACED, INPUT_AUDIO_FORMAT);
            return;
        }
        update.put(INPUT_RESOLUTION, new StringType(signal.cx + "x" + signal.cy));
        update.put(INPUT_FRAME_RATE, new QuantityType<>(BigDecimal.valueOf(signal.frameRate), Units.HERTZ));
        update.put(INPUT_INTERLACED, OnOffType.from(signal.interlaced != 0));
        update.put(INPUT_AUDIO_FORMAT, new StringType(audioFormat(signal)));
    }

    /** A signal counts as present when the device reports a status and a picture size. */
    static boolean isSignalPresent(@Nullable InputSignal signal) {
        return signal != null && signal.status != SIGNAL_NONE && signal.cx > 0 && signal.cy > 0;
    }

    private static String audioFormat(InputSignal signal) {
        if (signal.sampleRate <= 0) {
            return "None";
        }
        StringBuilder text = new StringBuilder(signal.isLpcm != 0 ? "LPCM" : "Compressed");
        BigDecimal kiloHertz = BigDecimal.valueOf(signal.sampleRate).movePointLeft(3).stripTrailingZeros();
        text.append(' ').append(kiloHertz.toPlainString()).append(" kHz");
        if (signal.bitsPerSample > 0) {
            text.append(' ').append(signal.bitsPerSample).append(" bit");
        }
        return text.toString();
    }

    private static void mapStorage(String group, @Nullable DiskInfo disk, ChannelUpdate update) {
        String status = group + "#" + STORAGE_STATUS;
        String[] values = { group + "#" + STORAGE_TOTAL_SPACE, group + "#" + STORAGE_USED_SPACE,
                group + "#" + STORAGE_FREE_SPACE, group + "#" + STORAGE_USAGE, group + "#" + STORAGE_TIME_LEFT,
                group + "#" + STORAGE_WRITE_SPEED, group + "#" + STORAGE_FILE_COUNT };
        if (disk == null) {
            update.put(status, UnDefType.UNDEF);
            putUndef(update, values);
            return;
        }
        StorageStatus storage = disk.storageStatus();
        update.put(status, new StringType(storage.name()));
        if (storage == StorageStatus.NOT_DISK) {
            // The device reports zeros for an absent disk; they are not measurements.
            putUndef(update, values);
            return;
        }
        update.put(values[0], new QuantityType<>(disk.totalSize, Units.BYTE));
        update.put(values[1], new QuantityType<>(disk.usedSize, Units.BYTE));
        update.put(values[2], new QuantityType<>(disk.freeSize, Units.BYTE));
        update.put(values[3], new QuantityType<>(Math.max(0, Math.min(100, disk.usage)), Units.PERCENT));
        update.put(values[4], new QuantityType<>(disk.freeSec, Units.SECOND));
        // write-bps counts bytes per second (see docs/protocol-decisions.md); the channel shows bits per second.
        update.put(values[5], bitsPerSecond(disk.writeBps * 8));
        update.put(values[6], new DecimalType(disk.fileCount));
    }

    private static void mapDevice(DeviceStatus status, @Nullable String firmwareVersion, ChannelUpdate update) {
        String name = NetworkText.clean(status.boxName, NetworkText.MAX_NAME);
        update.put(DEVICE_NAME, name.isEmpty() ? UnDefType.UNDEF : new StringType(name));
        update.put(DEVICE_ETHERNET_ADDRESS, address(status.eth));
        update.put(DEVICE_WIFI_ADDRESS, address(status.wifi));
        update.put(DEVICE_AP_MODE, OnOffType.from(DeviceStatusFlag.STATUS_SOFTAP.isSetIn(status.curStatus)));
        @Nullable
        String newFirmware = newFirmwareVersion(status.upgrade, firmwareVersion);
        update.put(DEVICE_FIRMWARE_AVAILABLE, OnOffType.from(newFirmware != null));
        update.put(DEVICE_FIRMWARE_NEW_VERSION, newFirmware != null ? new StringType(newFirmware) : UnDefType.UNDEF);
        update.put(DEVICE_FORMAT_PROGRESS, percent(status.formatStatus));
        update.put(DEVICE_SPEED_TEST_PROGRESS, percent(status.diskTest));
        update.put(DEVICE_LIVE_TEST_PROGRESS, percent(status.livingTest));
        update.put(DEVICE_UPGRADE_PROGRESS, percent(status.upgradeStatus));
    }

    /** The version of newer firmware the device found online, or null when there is none. */
    public static @Nullable String newFirmwareVersion(@Nullable FirmwareInfo upgrade,
            @Nullable String firmwareVersion) {
        if (upgrade == null || upgrade.ver == null || upgrade.ver.isBlank()) {
            return null;
        }
        String version = upgrade.ver.trim();
        return version.equals(firmwareVersion) ? null : version;
    }

    // Events

    private static void fireEvents(DeviceStatus previous, DeviceStatus current, @Nullable String firmwareVersion,
            ChannelUpdate update) {
        fireOnFlag(DeviceStatusFlag.STATUS_RECORD, previous, current, EVENT_RECORDING_STARTED,
                EVENT_RECORDING_STOPPED, update);
        fireOnFlag(DeviceStatusFlag.STATUS_LIVING, previous, current, EVENT_LIVE_STARTED, EVENT_LIVE_STOPPED, update);
        if (becameLiveError(previous.liveStatus, current.liveStatus)) {
            update.fire(EVENT_LIVE_ERROR);
        }
        boolean wasPresent = isSignalPresent(previous.inputSignal);
        boolean isPresent = isSignalPresent(current.inputSignal);
        if (wasPresent && !isPresent) {
            update.fire(EVENT_SIGNAL_LOST);
        } else if (!wasPresent && isPresent) {
            update.fire(EVENT_SIGNAL_LOCKED);
        }
        fireStorageEvents(GROUP_USB, previous.usb, current.usb, update);
        fireStorageEvents(GROUP_SD, previous.sd, current.sd, update);
        @Nullable
        String newFirmware = newFirmwareVersion(current.upgrade, firmwareVersion);
        if (newFirmware != null && !newFirmware.equals(newFirmwareVersion(previous.upgrade, firmwareVersion))) {
            update.fire(EVENT_FIRMWARE_AVAILABLE);
        }
    }

    private static void fireOnFlag(DeviceStatusFlag flag, DeviceStatus previous, DeviceStatus current, String onEvent,
            String offEvent, ChannelUpdate update) {
        boolean was = flag.isSetIn(previous.curStatus);
        boolean is = flag.isSetIn(current.curStatus);
        if (!was && is) {
            update.fire(onEvent);
        } else if (was && !is) {
            update.fire(offEvent);
        }
    }

    /** Whether either push target has just entered an error state. */
    private static boolean becameLiveError(@Nullable LiveStatus previous, @Nullable LiveStatus current) {
        if (current == null) {
            return false;
        }
        boolean target1 = isLiveError(current.result) && (previous == null || !isLiveError(previous.result));
        boolean target2 = isLiveError(current.result2) && (previous == null || !isLiveError(previous.result2));
        return target1 || target2;
    }

    static boolean isLiveError(int result) {
        return ResultCode.isError(result) || result == ResultCode.RET_LIVING_AUTH_ERR.value();
    }

    private static void fireStorageEvents(String group, @Nullable DiskInfo previous, @Nullable DiskInfo current,
            ChannelUpdate update) {
        if (previous == null || current == null) {
            return;
        }
        StorageStatus was = previous.storageStatus();
        StorageStatus is = current.storageStatus();
        if (was == is) {
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

    /** A result code as its document name ({@code RET_LIVING_CONNECTED}); an unlisted value as its number. */
    static State resultState(int result) {
        ResultCode code = ResultCode.of(result);
        return new StringType(code == ResultCode.UNKNOWN ? Integer.toString(result) : code.name());
    }

    /** The {@code net} field of live-status, read with the codes of {@code net-mode}: 0 mobile, 1 Ethernet, 2 Wi-Fi. */
    static State networkState(int net) {
        switch (net) {
            case 0 :
                return new StringType("MOBILE");
            case 1 :
                return new StringType("ETHERNET");
            case 2 :
                return new StringType("WIFI");
            default :
                return UnDefType.UNDEF;
        }
    }

    private static State address(@Nullable NetInfo net) {
        return net == null || net.ip == null || net.ip.isBlank() ? UnDefType.UNDEF : new StringType(net.ip.trim());
    }

    private static State percent(@Nullable Progress progress) {
        if (progress == null) {
            return UnDefType.UNDEF;
        }
        return new QuantityType<>(Math.max(0, Math.min(100, progress.percent)), Units.PERCENT);
    }

    private static State milliseconds(long ms) {
        return new QuantityType<>(BigDecimal.valueOf(Math.max(0, ms), 3), Units.SECOND);
    }

    private static State bitsPerSecond(long bps) {
        return new QuantityType<>(Math.max(0, bps), Units.BIT_PER_SECOND);
    }

    private static void putUndef(ChannelUpdate update, String... channelIds) {
        for (String channelId : channelIds) {
            update.put(channelId, UnDefType.UNDEF);
        }
    }
}
