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
        @Nullable
        Product product = info.product;
        if (product != null) {
            putIfPresent(properties, Thing.PROPERTY_SERIAL_NUMBER, product.sn);
            putIfPresent(properties, Thing.PROPERTY_MODEL_ID, product.moduleName);
            putIfPresent(properties, Thing.PROPERTY_VENDOR, product.manuName);
            putIfPresent(properties, Thing.PROPERTY_HARDWARE_VERSION, product.hardwareVer);
            putIfPresent(properties, Thing.PROPERTY_FIRMWARE_VERSION, product.firmwareVer);
            putIfPresent(properties, PROPERTY_FACTORY_FIRMWARE_VERSION, product.factoryFirmwareVer);
            if (product.productId > 0) {
                properties.put(PROPERTY_PRODUCT_ID, Integer.toString(product.productId));
            }
        }
        @Nullable
        MacAddresses mac = info.macAddr;
        if (mac != null) {
            putIfPresent(properties, Thing.PROPERTY_MAC_ADDRESS, mac.eth);
            putIfPresent(properties, PROPERTY_WIFI_MAC_ADDRESS, mac.wifi);
            putIfPresent(properties, PROPERTY_BLUETOOTH_MAC_ADDRESS, mac.blue);
        }
        return properties;
    }

    /** The running firmware version, or null when the reply does not carry one. */
    public static @Nullable String firmwareVersion(@Nullable DeviceInfo info) {
        if (info == null || info.product == null || info.product.firmwareVer == null
                || info.product.firmwareVer.isBlank()) {
            return null;
        }
        return info.product.firmwareVer.trim();
    }

    /**
     * The state options of the encoding channels, keyed by {@code group#channel} id. The profile options follow the
     * codec each stream is set to (H.264 and HEVC have different profiles), so the settings are needed too; without
     * them the H.264 profiles are offered.
     */
    public static Map<String, List<StateOption>> stateOptions(DeviceInfo info, @Nullable DeviceSettings settings) {
        Map<String, List<StateOption>> options = new LinkedHashMap<>();
        @Nullable
        CodecCap cap = info.codecCap;
        if (cap == null) {
            return options;
        }
        List<StateOption> resolutions = resolutionOptions(cap.resolutions);
        List<StateOption> frameRates = namedOptions(cap.durations);
        List<StateOption> bitrates = namedOptions(cap.videoKbps);
        List<StateOption> codecs = namedOptions(cap.videoCodec);
        List<StateOption> gops = namedOptions(cap.gopSec);
        for (String prefix : List.of(MAIN_PREFIX, SUB_PREFIX)) {
            String channel = ENCODING_GROUP_PREFIX + prefix;
            options.put(channel + VIDEO_RESOLUTION, resolutions);
            options.put(channel + VIDEO_FRAME_RATE, frameRates);
            options.put(channel + VIDEO_BITRATE, bitrates);
            options.put(channel + VIDEO_CODEC, codecs);
            @Nullable
            EncoderSettings video = settings == null
                    ? null
                    : MAIN_PREFIX.equals(prefix) ? settings.mainStream : settings.subStream;
            boolean hevc = video != null && video.codec == VideoCodec.HEVC.code();
            options.put(channel + VIDEO_PROFILE, namedOptions(hevc ? cap.hevcProfile : cap.profile));
            options.put(channel + VIDEO_GOP, gops);
        }
        options.put(ENCODING_AUDIO_BITRATE, namedOptions(cap.audioKbps));
        return options;
    }

    private static List<StateOption> resolutionOptions(@Nullable List<Resolution> resolutions) {
        List<StateOption> options = new ArrayList<>();
        if (resolutions != null) {
            for (Resolution resolution : resolutions) {
                if (resolution.w > 0 && resolution.h > 0) {
                    String text = SettingsMapper.resolutionText(resolution.w, resolution.h);
                    options.add(new StateOption(text, text));
                }
            }
        }
        return options;
    }

    /** The device's own labels (trimmed: it pads some, like {@code " 16 Kbps"}) for its own values. */
    private static List<StateOption> namedOptions(@Nullable List<NamedValue> values) {
        List<StateOption> options = new ArrayList<>();
        if (values != null) {
            for (NamedValue value : values) {
                String label = value.name == null || value.name.isBlank()
                        ? Long.toString(value.value)
                        : value.name.trim();
                options.add(new StateOption(Long.toString(value.value), label));
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
