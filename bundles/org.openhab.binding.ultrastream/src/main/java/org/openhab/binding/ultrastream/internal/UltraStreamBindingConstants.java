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
package org.openhab.binding.ultrastream.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Identifiers shared by the whole binding: the thing type, channel group and channel ids, trigger events and thing
 * properties. Channel ids are written {@code group#channel}, the form {@code ChannelUID} takes.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class UltraStreamBindingConstants {

    public static final String BINDING_ID = "ultrastream";

    /** The Ultra Stream HDMI and SDI; the model is the {@code modelId} property. */
    public static final ThingTypeUID THING_TYPE_ENCODER = new ThingTypeUID(BINDING_ID, "encoder");
    /** One thing type for the Ultra Encode family (HDMI, SDI, Plus, AIO); the model is the {@code modelId} property. */
    public static final ThingTypeUID THING_TYPE_ULTRA_ENCODE = new ThingTypeUID(BINDING_ID, "ultra-encode");
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_ENCODER, THING_TYPE_ULTRA_ENCODE);

    // Channel groups the code names (the others only appear in channel ids)
    public static final String GROUP_USB = "usb";
    public static final String GROUP_SD = "sd";
    public static final String GROUP_ENCODING = "encoding";
    public static final String GROUP_STREAM_SERVERS = "stream-servers";

    // recording
    public static final String RECORDING_ACTIVE = "recording#active";
    public static final String RECORDING_STATE = "recording#state";
    public static final String RECORDING_ELAPSED_TIME = "recording#elapsed-time";
    public static final String RECORDING_CURRENT_BITRATE = "recording#current-bitrate";
    public static final String RECORDING_AVERAGE_BITRATE = "recording#average-bitrate";

    // live
    public static final String LIVE_ACTIVE = "live#active";
    public static final String LIVE_ELAPSED_TIME = "live#elapsed-time";
    public static final String LIVE_CURRENT_BITRATE = "live#current-bitrate";
    public static final String LIVE_AVERAGE_BITRATE = "live#average-bitrate";
    public static final String LIVE_TARGET1_STATE = "live#target1-state";
    public static final String LIVE_TARGET1_NETWORK = "live#target1-network";
    public static final String LIVE_TARGET2_STATE = "live#target2-state";
    public static final String LIVE_TARGET2_BITRATE = "live#target2-bitrate";
    public static final String LIVE_TARGET2_NETWORK = "live#target2-network";

    // input
    public static final String INPUT_SIGNAL = "input#signal";
    public static final String INPUT_RESOLUTION = "input#resolution";
    public static final String INPUT_FRAME_RATE = "input#frame-rate";
    public static final String INPUT_INTERLACED = "input#interlaced";
    public static final String INPUT_AUDIO_FORMAT = "input#audio-format";

    // usb and sd: the same channels in both groups
    public static final String STORAGE_STATUS = "status";
    public static final String STORAGE_TOTAL_SPACE = "total-space";
    public static final String STORAGE_USED_SPACE = "used-space";
    public static final String STORAGE_FREE_SPACE = "free-space";
    public static final String STORAGE_USAGE = "usage";
    public static final String STORAGE_TIME_LEFT = "time-left";
    public static final String STORAGE_WRITE_SPEED = "write-speed";
    public static final String STORAGE_FILE_COUNT = "file-count";

    // encoding
    public static final String ENCODING_REC_STREAM = "encoding#rec-stream";
    public static final String ENCODING_LIVE_STREAM = "encoding#live-stream";
    public static final String ENCODING_PREVIEW_STREAM = "encoding#preview-stream";
    public static final String ENCODING_GROUP_PREFIX = GROUP_ENCODING + "#";
    public static final String MAIN_PREFIX = "main-";
    public static final String SUB_PREFIX = "sub-";
    /**
     * Video channel suffixes; a video channel id is {@code encoding#main-<suffix>} or {@code encoding#sub-<suffix>}.
     */
    public static final String VIDEO_RESOLUTION = "resolution";
    public static final String VIDEO_FRAME_RATE = "frame-rate";
    public static final String VIDEO_BITRATE = "bitrate";
    public static final String VIDEO_CODEC = "codec";
    public static final String VIDEO_PROFILE = "profile";
    public static final String VIDEO_GOP = "gop";
    public static final String ENCODING_AUDIO_BITRATE = "encoding#audio-bitrate";

    // stream servers (dynamic): stream-servers#server-<id>-enabled and stream-servers#server-<id>-name
    public static final String STREAM_SERVER_PREFIX = "server-";
    public static final String STREAM_SERVER_ENABLED_SUFFIX = "-enabled";
    public static final String STREAM_SERVER_NAME_SUFFIX = "-name";
    public static final String CHANNEL_TYPE_STREAM_SERVER_ENABLED = "stream-server-enabled";
    public static final String CHANNEL_TYPE_STREAM_SERVER_NAME = "stream-server-name";

    // The Ultra Encode family's own channels (the shared ones above keep their ids)
    public static final String GROUP_NAS = "nas";
    public static final String STORAGE_MOUNTED = "mounted";
    /** Per recording target: {@code recording#<usb|sd|nas>-state} and {@code -elapsed-time}. */
    public static final String TARGET_STATE_SUFFIX = "-state";
    public static final String TARGET_ELAPSED_TIME_SUFFIX = "-elapsed-time";
    /** What the encoders produce: {@code encoder#main-<suffix>}, {@code encoder#sub-<suffix>}. */
    public static final String ENCODER_GROUP_PREFIX = "encoder#";
    public static final String ENCODER_DROPPED_FRAMES = "dropped-frames";
    public static final String ENCODER_AUDIO_BITRATE = "encoder#audio-bitrate";
    /** {@code audio#vu-meter-1} to {@code audio#vu-meter-8}. */
    public static final String AUDIO_VU_METER_PREFIX = "audio#vu-meter-";
    public static final int VU_METERS = 8;
    // the AIO's input and mixer (added by the handler when get-info lists input sources)
    public static final String INPUT_SOURCE = "input#source";
    public static final String INPUT_MIXER_PREFIX = "input#mixer-";
    public static final String INPUT_MIXER_LAYOUT = "input#mixer-layout";
    public static final String INPUT_MIXER_POSITION = "input#mixer-position";
    public static final String INPUT_MIXER_HDMI_ON_TOP = "input#mixer-hdmi-on-top";
    public static final String INPUT_MIXER_FORMAT = "input#mixer-format";
    public static final String DEVICE_CPU_TEMPERATURE = "device#cpu-temperature";
    public static final String DEVICE_CPU_USAGE = "device#cpu-usage";
    public static final String DEVICE_MEMORY_USAGE = "device#memory-usage";

    // device
    public static final String DEVICE_NAME = "device#name";
    public static final String DEVICE_SNAPSHOT = "device#snapshot";
    public static final String DEVICE_ETHERNET_ADDRESS = "device#ethernet-address";
    public static final String DEVICE_WIFI_ADDRESS = "device#wifi-address";
    public static final String DEVICE_AP_MODE = "device#ap-mode";
    public static final String DEVICE_FIRMWARE_AVAILABLE = "device#firmware-available";
    public static final String DEVICE_FIRMWARE_NEW_VERSION = "device#firmware-new-version";
    public static final String DEVICE_FORMAT_PROGRESS = "device#format-progress";
    public static final String DEVICE_SPEED_TEST_PROGRESS = "device#speed-test-progress";
    public static final String DEVICE_LIVE_TEST_PROGRESS = "device#live-test-progress";
    public static final String DEVICE_UPGRADE_PROGRESS = "device#upgrade-progress";
    public static final String DEVICE_EVENT = "device#event";

    // trigger events of device#event
    public static final String EVENT_RECORDING_STARTED = "RECORDING_STARTED";
    public static final String EVENT_RECORDING_STOPPED = "RECORDING_STOPPED";
    public static final String EVENT_LIVE_STARTED = "LIVE_STARTED";
    public static final String EVENT_LIVE_STOPPED = "LIVE_STOPPED";
    public static final String EVENT_LIVE_ERROR = "LIVE_ERROR";
    public static final String EVENT_SIGNAL_LOST = "SIGNAL_LOST";
    public static final String EVENT_SIGNAL_LOCKED = "SIGNAL_LOCKED";
    /** Storage events are prefixed with the group in upper case: {@code USB_LOW}, {@code SD_FULL}, ... */
    public static final String EVENT_SUFFIX_LOW = "_LOW";
    public static final String EVENT_SUFFIX_FULL = "_FULL";
    public static final String EVENT_SUFFIX_REMOVED = "_REMOVED";
    public static final String EVENT_FIRMWARE_AVAILABLE = "FIRMWARE_AVAILABLE";

    // thing properties beyond the standard ones of Thing.PROPERTY_*
    public static final String PROPERTY_WIFI_MAC_ADDRESS = "wifiMacAddress";
    public static final String PROPERTY_BLUETOOTH_MAC_ADDRESS = "bluetoothMacAddress";
    public static final String PROPERTY_PRODUCT_ID = "productId";
    public static final String PROPERTY_FACTORY_FIRMWARE_VERSION = "factoryFirmwareVersion";

    private UltraStreamBindingConstants() {
    }
}
