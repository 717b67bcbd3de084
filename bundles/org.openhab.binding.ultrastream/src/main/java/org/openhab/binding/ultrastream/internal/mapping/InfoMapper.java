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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.EncodingValues;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.VideoCodec;
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.MacAddresses;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.binding.ultrastream.client.dto.Product;
import org.openhab.binding.ultrastream.client.dto.Resolution;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.StateOption;
import org.openhab.core.types.UnDefType;

/**
 * Maps a {@code get-info} reply to thing properties, and its {@code codec-cap} to the options of the encoding
 * channels. Pure, like {@link StatusMapper}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class InfoMapper {

    private InfoMapper() {
    }

    /** Thing properties: serial, model, versions, MAC addresses and vendor. Empty values are left out. */
    public static Map<String, String> properties(DeviceInfo info) {
        Map<String, String> properties = new LinkedHashMap<>();
        Product product = info.product; // a group the reply lacks is an empty one (the client's reader sees to it)
        putIfPresent(properties, Thing.PROPERTY_SERIAL_NUMBER, product.sn);
        putIfPresent(properties, Thing.PROPERTY_MODEL_ID, product.moduleName);
        putIfPresent(properties, Thing.PROPERTY_VENDOR, product.manuName);
        putIfPresent(properties, Thing.PROPERTY_HARDWARE_VERSION, product.hardwareVer);
        putIfPresent(properties, Thing.PROPERTY_FIRMWARE_VERSION, product.firmwareVer);
        putIfPresent(properties, PROPERTY_FACTORY_FIRMWARE_VERSION, product.factoryFirmwareVer);
        if (product.productId > 0) {
            properties.put(PROPERTY_PRODUCT_ID, Integer.toString(product.productId));
        }
        MacAddresses mac = info.macAddr;
        putIfPresent(properties, Thing.PROPERTY_MAC_ADDRESS, mac.eth);
        putIfPresent(properties, PROPERTY_WIFI_MAC_ADDRESS, mac.wifi);
        putIfPresent(properties, PROPERTY_BLUETOOTH_MAC_ADDRESS, mac.blue);
        return properties;
    }

    /** The running firmware version, or null when the reply does not carry one. */
    public static @Nullable String firmwareVersion(@Nullable DeviceInfo info) {
        String version = info == null ? null : info.product.firmwareVer;
        return version == null || version.isBlank() ? null : version.trim();
    }

    /**
     * The state options of the encoding channels, keyed by {@code group#channel} id. The profile options follow the
     * codec each stream is set to (H.264 and HEVC have different profiles), so the settings are needed too; without
     * them the H.264 profiles are offered.
     */
    public static Map<String, List<StateOption>> stateOptions(DeviceInfo info, @Nullable DeviceSettings settings) {
        Map<String, List<StateOption>> options = new LinkedHashMap<>();
        CodecCap cap = info.codecCap;
        List<StateOption> resolutions = resolutionOptions(cap.resolutions);
        List<StateOption> frameRates = options(cap.durations, value -> SettingsMapper.frameRate(value).toString());
        List<StateOption> bitrates = options(cap.videoKbps, value -> SettingsMapper.bitrate((int) value).toString());
        List<StateOption> codecs = options(cap.videoCodec, value -> SettingsMapper.codecText((int) value));
        List<StateOption> gops = options(cap.gopSec, value -> value + " s");
        for (String prefix : List.of(MAIN_PREFIX, SUB_PREFIX)) {
            String channel = ENCODING_GROUP_PREFIX + prefix;
            options.put(channel + VIDEO_RESOLUTION, resolutions);
            options.put(channel + VIDEO_FRAME_RATE, frameRates);
            options.put(channel + VIDEO_BITRATE, bitrates);
            options.put(channel + VIDEO_CODEC, codecs);
            EncoderStream stream = MAIN_PREFIX.equals(prefix) ? EncoderStream.MAIN : EncoderStream.SUB;
            EncoderSettings video = settings == null
                    ? null
                    : stream == EncoderStream.MAIN ? settings.mainStream : settings.subStream;
            Integer codec = video == null ? null : EncodingValues.codec(stream, video);
            int shown = codec != null ? codec : VideoCodec.H264.code();
            options.put(channel + VIDEO_PROFILE,
                    options(shown == VideoCodec.HEVC.code() ? cap.hevcProfile : cap.profile,
                            value -> SettingsMapper.profileText(shown, (int) value)));
            options.put(channel + VIDEO_GOP, gops);
        }
        options.put(ENCODING_AUDIO_BITRATE,
                options(cap.audioKbps, value -> SettingsMapper.bitrate((int) value).toString()));
        return options;
    }

    private static List<StateOption> resolutionOptions(List<Resolution> resolutions) {
        List<StateOption> options = new ArrayList<>();
        for (Resolution resolution : resolutions) {
            if (resolution.w > 0 && resolution.h > 0) {
                String text = SettingsMapper.resolutionText(resolution.w, resolution.h);
                options.add(new StateOption(text, text));
            }
        }
        return options;
    }

    /** How an option's value shows in the channel's state, so that the state matches its option. */
    @FunctionalInterface
    private interface StateText {
        String of(long deviceValue);
    }

    /**
     * The device's own values as the channel's states show them, with the device's own labels (trimmed: it pads
     * some, like {@code " 16 Kbps"}). Labels the binding translates (codecs, profiles) are looked up by value in
     * its i18n files by openHAB's channel-type localization.
     */
    private static List<StateOption> options(List<NamedValue> values, StateText stateText) {
        List<StateOption> options = new ArrayList<>();
        for (NamedValue value : values) {
            String state = stateText.of(value.value);
            String name = NetworkText.clean(value.name, NetworkText.MAX_NAME); // from the network
            String label = name.isEmpty() ? state : name;
            if (!UnDefType.UNDEF.toString().equals(state)) {
                options.add(new StateOption(state, label));
            }
        }
        return options;
    }

    private static void putIfPresent(Map<String, String> properties, String key, @Nullable String value) {
        String clean = NetworkText.clean(value, NetworkText.MAX_NAME); // from the network: no control characters
        if (!clean.isEmpty()) {
            properties.put(key, clean);
        }
    }
}
