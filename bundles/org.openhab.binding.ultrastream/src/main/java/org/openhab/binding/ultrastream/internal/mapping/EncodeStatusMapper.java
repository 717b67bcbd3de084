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
import static org.openhab.binding.ultrastream.internal.mapping.StatusMapper.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.DiskType;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.PushTarget;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.StorageDevices;
import org.openhab.binding.ultrastream.client.StorageStatus;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.EncodeSettings;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.dto.EncodedVideo;
import org.openhab.binding.ultrastream.client.dto.InputSourceCap;
import org.openhab.binding.ultrastream.client.dto.InputSourceSettings.VideoMixer;
import org.openhab.binding.ultrastream.client.dto.LiveTarget;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.binding.ultrastream.client.dto.RecTarget;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.client.dto.SystemStats;
import org.openhab.binding.ultrastream.internal.mapping.DynamicChannel.Server;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.StateOption;
import org.openhab.core.types.UnDefType;

/**
 * Maps the Ultra Encode family's replies to the channels of {@code ultrastream:ultra-encode}. Pure, like
 * {@link StatusMapper}, whose readings it shares where the shapes are the same (input signal, storage entries,
 * firmware, events). What the family adds, in people's units: recording targets ({@code rec[]}), stream servers
 * ({@code live[]} with the stored servers of get-settings), the encoders' output ({@code codec}), VU meters, CPU and
 * memory, and the AIO's input and mixer. A field the reply lacks gives UNDEF.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EncodeStatusMapper {

    /** The recording targets' groups by {@code rec[].type} and {@code disk-info[].disk-type}: 0 USB, 1 SD, 2 NAS. */
    private static final List<String> TARGETS = List.of(GROUP_USB, GROUP_SD, GROUP_NAS);
    /** The mixer's {@code type} values 0 and 1 (set-video-mixer-config), as the layout channel shows them. */
    public static final List<String> LAYOUTS = List.of("PICTURE_IN_PICTURE", "SIDE_BY_SIDE");
    /** The mixer's {@code input-device}: the mix takes the format of the SDI (1) or the HDMI (2) input. */
    public static final Map<Integer, String> FORMATS = Map.of(1, "SDI", 2, "HDMI");

    private EncodeStatusMapper() {
    }

    /**
     * @param previous the reply of the poll before, or null (then no events fire)
     * @param info the latest get-info: the running firmware, the AIO's input names; null before the first
     * @param settings the latest get-settings: the stored stream servers; null before the first
     */
    public static ChannelUpdate map(@Nullable EncodeStatus previous, EncodeStatus current, @Nullable DeviceInfo info,
            @Nullable DeviceSettings settings) {
        ChannelUpdate update = new ChannelUpdate();
        update.put(RECORDING_ACTIVE, flag(DeviceStatusFlag.STATUS_RECORD, current));
        update.put(RECORDING_ELAPSED_TIME, milliseconds(current.recStatus.runMs));
        for (int type = 0; type < TARGETS.size(); type++) {
            RecTarget target = recTarget(current, type);
            String prefix = "recording#" + TARGETS.get(type);
            update.put(prefix + TARGET_STATE_SUFFIX, resultState(target.result));
            update.put(prefix + TARGET_ELAPSED_TIME_SUFFIX, milliseconds(target.runMs));
        }
        update.put(LIVE_ACTIVE, flag(DeviceStatusFlag.STATUS_LIVING, current));
        update.put(LIVE_ELAPSED_TIME, milliseconds(current.liveStatus.runMs));
        mapServers(current, settings, update);
        mapEncoder(MAIN_PREFIX, current.codec.mainStream, update);
        mapEncoder(SUB_PREFIX, current.codec.subStream, update);
        update.put(ENCODER_AUDIO_BITRATE, bitsPerSecond(current.codec.audio.curBps));
        for (int i = 0; i < VU_METERS; i++) {
            Integer level = i < current.vumeters.size() ? current.vumeters.get(i) : null;
            update.put(AUDIO_VU_METER_PREFIX + (i + 1), level == null ? UnDefType.UNDEF : new DecimalType(level));
        }
        mapInput(current.inputSignal, update);
        DeviceInfo aio = hasInputs(info) ? info : null;
        if (aio != null) {
            update.put(INPUT_SOURCE, named(aio.inputSource.sources, current.inputSource));
        }
        for (int type = 0; type < TARGETS.size(); type++) {
            DiskInfo disk = type == StorageDevices.NAS
                    ? StorageDevices.listed(current, type)
                    : StorageDevices.of(current, type == 0 ? DiskType.USB : DiskType.SD);
            update.put(TARGETS.get(type) + "#" + STORAGE_MOUNTED, mounted(type, disk));
            mapStorage(TARGETS.get(type), disk, update);
        }
        mapDevice(current, InfoMapper.firmwareVersion(info), update);
        if (previous != null) {
            fireEvents(previous, current, InfoMapper.firmwareVersion(info), becameLiveError(previous, current),
                    update);
        }
        return update;
    }

    /**
     * The channels get-settings gives: the stream servers (with the latest get-status, so that both replies show
     * the same) and, on the AIO, the mixer.
     */
    public static ChannelUpdate mapSettings(EncodeSettings settings, @Nullable DeviceInfo info,
            @Nullable EncodeStatus status) {
        ChannelUpdate update = new ChannelUpdate();
        mapServers(status != null ? status : new EncodeStatus(), settings, update);
        DeviceInfo aio = hasInputs(info) ? info : null;
        if (aio != null) {
            VideoMixer mixer = settings.inputSource.mixer;
            Integer type = mixer.type;
            Integer top = mixer.isHdmiTop;
            String format = mixer.inputDevice == null ? null : FORMATS.get(mixer.inputDevice);
            update.put(INPUT_MIXER_LAYOUT,
                    type == null
                            ? UnDefType.UNDEF
                            : new StringType(type >= 0 && type < LAYOUTS.size() ? LAYOUTS.get(type) : type.toString()));
            update.put(INPUT_MIXER_POSITION, named(positions(aio.inputSource.videoMixer, type), mixer.location));
            update.put(INPUT_MIXER_HDMI_ON_TOP, top == null ? UnDefType.UNDEF : OnOffType.from(top != 0));
            update.put(INPUT_MIXER_FORMAT, format == null ? UnDefType.UNDEF : new StringType(format));
        }
        return update;
    }

    /** The channels the handler adds: eight per stream server, and on the AIO the input and mixer channels. */
    public static List<DynamicChannel> dynamicChannels(@Nullable DeviceInfo info, @Nullable DeviceSettings settings,
            @Nullable EncodeStatus status) {
        List<DynamicChannel> channels = new ArrayList<>();
        for (int id : serverIds(status != null ? status : new EncodeStatus(), settings)) {
            for (Server channel : Server.values()) {
                channels.add(channel.channel(id));
            }
        }
        if (hasInputs(info)) {
            channels.add(DynamicChannel.input(INPUT_SOURCE, "String", "input-source", "Input Source"));
            channels.add(DynamicChannel.input(INPUT_MIXER_LAYOUT, "String", "mixer-layout", "Mixer Layout"));
            channels.add(DynamicChannel.input(INPUT_MIXER_POSITION, "String", "mixer-position", "Mixer Position"));
            channels.add(DynamicChannel.input(INPUT_MIXER_HDMI_ON_TOP, "Switch", "mixer-hdmi-on-top", "HDMI on Top"));
            channels.add(DynamicChannel.input(INPUT_MIXER_FORMAT, "String", "mixer-format", "Mixer Format"));
        }
        return channels;
    }

    /** The AIO's choices from get-info: the input sources, and the positions of the mixer's current layout. */
    public static Map<String, List<StateOption>> stateOptions(DeviceInfo info, @Nullable EncodeSettings settings) {
        Map<String, List<StateOption>> options = new LinkedHashMap<>();
        if (hasInputs(info)) {
            options.put(INPUT_SOURCE, options(info.inputSource.sources));
            options.put(INPUT_MIXER_POSITION, options(
                    positions(info.inputSource.videoMixer, settings == null ? null : settings.inputSource.mixer.type)));
        }
        return options;
    }

    /** Whether get-info lists input sources: the AIO does, the other models have no input choice. */
    public static boolean hasInputs(@Nullable DeviceInfo info) {
        return info != null && !info.inputSource.sources.isEmpty();
    }

    /** The mixer positions of a layout: {@code pip[]} for 0, {@code sbs[]} for 1; none for another or none. */
    public static List<NamedValue> positions(InputSourceCap.VideoMixerCap cap, @Nullable Integer layout) {
        return layout == null ? List.of() : layout == 0 ? cap.pip : layout == 1 ? cap.sbs : List.of();
    }

    /** The name an input or position shows and is chosen by: the device's own (cleaned), else its value. */
    public static String optionName(NamedValue option) {
        String name = NetworkText.clean(option.name, NetworkText.MAX_NAME); // from the network
        return name.isEmpty() ? Long.toString(option.value) : name;
    }

    private static State named(List<NamedValue> options, @Nullable Integer value) {
        if (value == null) {
            return UnDefType.UNDEF;
        }
        for (NamedValue option : options) {
            if (option.value == value) {
                return new StringType(optionName(option));
            }
        }
        return new StringType(value.toString());
    }

    private static List<StateOption> options(List<NamedValue> values) {
        List<StateOption> options = new ArrayList<>();
        for (NamedValue value : values) {
            options.add(new StateOption(optionName(value), optionName(value)));
        }
        return options;
    }

    /** The one {@code rec[]} entry of a storage type; an empty entry when none or several (nothing is guessed). */
    private static RecTarget recTarget(EncodeStatus status, int type) {
        RecTarget found = null;
        for (RecTarget target : status.recStatus.rec) {
            if (target != null && Integer.valueOf(type).equals(target.type)) {
                if (found != null) {
                    return new RecTarget();
                }
                found = target;
            }
        }
        return found != null ? found : new RecTarget();
    }

    /**
     * A disk is mounted when its status says one is there; the NAS when its {@code conn-state} says connected (it
     * reports the live codes: 29 "not set" when none is configured).
     */
    private static State mounted(int type, DiskInfo disk) {
        if (type == StorageDevices.NAS) {
            Integer state = disk.connState;
            return state == null
                    ? UnDefType.UNDEF
                    : OnOffType.from(state == ResultCode.RET_LIVING_CONNECTED.code());
        }
        StorageStatus status = disk.storageStatus();
        return status == null ? UnDefType.UNDEF : OnOffType.from(status != StorageStatus.NOT_DISK);
    }

    /** The stream servers: ids stored in get-settings, then ids only live[] has. */
    private static Set<Integer> serverIds(EncodeStatus status, @Nullable DeviceSettings settings) {
        Set<Integer> ids = new LinkedHashSet<>();
        if (settings != null) {
            ids.addAll(SettingsMapper.streamServers(settings).keySet());
        }
        ids.addAll(sessions(status).keySet());
        return ids;
    }

    /** The live[] entries by server id; the first of a repeated id counts. */
    private static Map<Integer, LiveTarget> sessions(EncodeStatus status) {
        Map<Integer, LiveTarget> sessions = new LinkedHashMap<>();
        var live = status.liveStatus.live; // its entries may be null
        if (live != null) {
            for (LiveTarget entry : live) {
                Integer id = entry == null ? null : entry.id;
                if (entry != null && id != null && id >= 0) {
                    sessions.putIfAbsent(id, entry);
                }
            }
        }
        return sessions;
    }

    private static void mapServers(EncodeStatus status, @Nullable DeviceSettings settings, ChannelUpdate update) {
        Map<Integer, StreamServer> stored = settings == null ? Map.of() : SettingsMapper.streamServers(settings);
        Map<Integer, LiveTarget> sessions = sessions(status);
        for (int id : serverIds(status, settings)) {
            LiveTarget session = sessions.getOrDefault(id, new LiveTarget());
            StreamServer server = stored.get(id);
            Integer isUse = session.isUse != null ? session.isUse : server == null ? null : server.isUse;
            String name = NetworkText.clean(session.name, NetworkText.MAX_NAME); // from the network
            name = name.isEmpty() && server != null ? SettingsMapper.serverName(server) : name;
            Long bytesPerSecond = session.instBps; // bytes per second: see LiveTarget
            Long lost = session.pktLossTotal;
            Long retransmitted = session.pktRetransTotal;
            update.put(Server.ENABLED.id(id), isUse == null ? UnDefType.UNDEF : OnOffType.from(isUse != 0));
            update.put(Server.NAME.id(id), name.isEmpty() ? UnDefType.UNDEF : new StringType(name));
            update.put(Server.STATE.id(id), resultState(session.result));
            update.put(Server.BITRATE.id(id), bitsPerSecond(bytesPerSecond == null ? null : bytesPerSecond * 8));
            update.put(Server.ELAPSED_TIME.id(id), milliseconds(session.runMs));
            update.put(Server.PACKETS_LOST.id(id), lost == null ? UnDefType.UNDEF : new DecimalType(lost));
            update.put(Server.PACKETS_RETRANSMITTED.id(id),
                    retransmitted == null ? UnDefType.UNDEF : new DecimalType(retransmitted));
            update.put(Server.ROUND_TRIP_TIME.id(id), milliseconds(session.rttMs));
        }
    }

    private static void mapEncoder(String prefix, EncodedVideo video, ChannelUpdate update) {
        String channel = ENCODER_GROUP_PREFIX + prefix;
        Long dropped = video.dropCount;
        update.put(channel + VIDEO_RESOLUTION, SettingsMapper.resolution(video.cx, video.cy));
        update.put(channel + VIDEO_FRAME_RATE, SettingsMapper.frameRate(video.duration));
        update.put(channel + VIDEO_BITRATE, bitsPerSecond(video.curBps)); // bits per second, unlike inst-bps
        update.put(channel + ENCODER_DROPPED_FRAMES, dropped == null ? UnDefType.UNDEF : new DecimalType(dropped));
    }

    private static void mapDevice(EncodeStatus status, @Nullable String firmwareVersion, ChannelUpdate update) {
        Integer milliCelsius = status.cpuTemperature;
        update.put(DEVICE_NAME, deviceName(status.boxName));
        update.put(DEVICE_ETHERNET_ADDRESS, address(status.eth));
        update.put(DEVICE_CPU_TEMPERATURE, milliCelsius == null
                ? UnDefType.UNDEF
                : new QuantityType<>(BigDecimal.valueOf(milliCelsius, 3), SIUnits.CELSIUS));
        update.put(DEVICE_CPU_USAGE, percent(status.sysstat.cpuUsage));
        update.put(DEVICE_MEMORY_USAGE, memoryUsage(status.sysstat));
        mapFirmware(status, firmwareVersion, update);
        update.put(DEVICE_UPGRADE_PROGRESS, percent(status.upgradeStatus.percent));
    }

    /** The share of memory in use: only the ratio, as the unit of {@code mem-*} is not documented. */
    private static State memoryUsage(SystemStats stats) {
        Long total = stats.memTotal;
        Long free = stats.memFree;
        if (total == null || free == null || total <= 0 || free < 0 || free > total) {
            return UnDefType.UNDEF;
        }
        return new QuantityType<>(BigDecimal.valueOf((total - free) * 100).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_UP), Units.PERCENT);
    }

    /** Whether a stream server's session has just failed (by server id). */
    private static boolean becameLiveError(EncodeStatus previous, EncodeStatus current) {
        Map<Integer, LiveTarget> before = sessions(previous);
        for (Map.Entry<Integer, LiveTarget> now : sessions(current).entrySet()) {
            LiveTarget was = before.get(now.getKey());
            if (PushTarget.isFailure(now.getValue().result) && (was == null || !PushTarget.isFailure(was.result))) {
                return true;
            }
        }
        return false;
    }
}
