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
package org.openhab.binding.ultrastream.internal.handler;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncodeSettings;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.internal.mapping.ChannelUpdate;
import org.openhab.binding.ultrastream.internal.mapping.DynamicChannel;
import org.openhab.binding.ultrastream.internal.mapping.EncodeStatusMapper;
import org.openhab.binding.ultrastream.internal.mapping.InfoMapper;
import org.openhab.binding.ultrastream.internal.mapping.SettingsMapper;
import org.openhab.binding.ultrastream.internal.mapping.StatusMapper;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.types.StateOption;

/**
 * What differs between the products one {@link UltraStreamHandler} serves, one constant per thing type: how
 * get-status and get-settings are read (which reply type), which pure mappers turn them into channel states, which
 * channels the handler adds at run time, which state options it sets, and which command routes apply. Everything
 * else (session, queue, polls, retries, firmware) is the same for all. A product's replies are always of its own
 * types, so its mappers may take them as such.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
enum Product {

    /** The Ultra Stream HDMI and SDI: {@code ultrastream:encoder}. */
    ULTRA_STREAM(THING_TYPE_ENCODER, EncoderFamily.ULTRA_STREAM, UltraStreamClient::getStatusAsync,
            UltraStreamClient::getSettingsAsync,
            (previous, status, info, settings) -> StatusMapper.map(previous, status, InfoMapper.firmwareVersion(info)),
            (settings, info, status) -> SettingsMapper.map(settings),
            (info, settings, status) -> SettingsMapper.dynamicChannels(settings), InfoMapper::stateOptions,
            CommandRoutes::find),

    /** The Ultra Encode HDMI, SDI, HDMI Plus, SDI Plus and AIO: {@code ultrastream:ultra-encode}. */
    ULTRA_ENCODE(THING_TYPE_ULTRA_ENCODE, EncoderFamily.ULTRA_ENCODE, UltraStreamClient::getEncodeStatusAsync,
            UltraStreamClient::getEncodeSettingsAsync,
            (previous, status, info, settings) -> EncodeStatusMapper.map((EncodeStatus) previous,
                    (EncodeStatus) status, info, settings),
            (settings, info, status) -> EncodeStatusMapper.mapSettings((EncodeSettings) settings, info,
                    (EncodeStatus) status),
            (info, settings, status) -> EncodeStatusMapper.dynamicChannels(info, settings, (EncodeStatus) status),
            (info, settings) -> EncodeStatusMapper.stateOptions(info, (EncodeSettings) settings),
            CommandRoutes::findEncode);

    /** One reply read from the device, of the product's own type. */
    @FunctionalInterface
    interface Read<T> {
        CompletableFuture<? extends T> from(UltraStreamClient client);
    }

    @FunctionalInterface
    interface Routes {
        CommandRoutes.@Nullable Route find(String channelId);
    }

    @FunctionalInterface
    interface StatusMapping {
        ChannelUpdate map(@Nullable DeviceStatus previous, DeviceStatus status, @Nullable DeviceInfo info,
                @Nullable DeviceSettings settings);
    }

    @FunctionalInterface
    interface SettingsMapping {
        ChannelUpdate map(DeviceSettings settings, @Nullable DeviceInfo info, @Nullable DeviceStatus status);
    }

    @FunctionalInterface
    interface DynamicChannels {
        List<DynamicChannel> of(@Nullable DeviceInfo info, @Nullable DeviceSettings settings,
                @Nullable DeviceStatus status);
    }

    @FunctionalInterface
    interface StateOptions {
        Map<String, List<StateOption>> of(DeviceInfo info, @Nullable DeviceSettings settings);
    }

    final ThingTypeUID thingType;
    final EncoderFamily family;
    final Read<DeviceStatus> readStatus;
    final Read<DeviceSettings> readSettings;
    final StatusMapping mapStatus;
    final SettingsMapping mapSettings;
    final DynamicChannels dynamicChannels;
    final StateOptions stateOptions;
    private final Routes routes;

    Product(ThingTypeUID thingType, EncoderFamily family,
            Read<DeviceStatus> readStatus, Read<DeviceSettings> readSettings,
            StatusMapping mapStatus, SettingsMapping mapSettings, DynamicChannels dynamicChannels,
            StateOptions stateOptions, Routes routes) {
        this.thingType = thingType;
        this.family = family;
        this.readStatus = readStatus;
        this.readSettings = readSettings;
        this.mapStatus = mapStatus;
        this.mapSettings = mapSettings;
        this.dynamicChannels = dynamicChannels;
        this.stateOptions = stateOptions;
        this.routes = routes;
    }

    /** The route of a channel ({@code group#channel}), or null when the channel takes no commands. */
    CommandRoutes.@Nullable Route route(String channelId) {
        return routes.find(channelId);
    }

    /** The product of a thing type; the Ultra Stream for any other (the factory creates handlers for these two). */
    static Product of(ThingTypeUID thingType) {
        return THING_TYPE_ULTRA_ENCODE.equals(thingType) ? ULTRA_ENCODE : ULTRA_STREAM;
    }

    /** The product of a family. */
    static Product of(EncoderFamily family) {
        return family == EncoderFamily.ULTRA_ENCODE ? ULTRA_ENCODE : ULTRA_STREAM;
    }
}
