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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Usapi.Access;

/**
 * The AIO's input choice: {@code select-input-source} and {@code set-video-mixer-config}, checked against the
 * values get-info's {@code input-source} lists ({@code errParam} -10 otherwise). Only the AIO has them; the other
 * models answer them as any unknown method.
 */
@NonNullByDefault
final class InputMethods {

    private final DeviceModel model;

    InputMethods(DeviceModel model) {
        this.model = model;
    }

    void register(Usapi api) {
        api.add("select-input-source", Access.SESSION, this::selectInputSource);
        api.add("set-video-mixer-config", Access.SESSION, this::setVideoMixerConfig);
    }

    private Result selectInputSource(Call call) {
        int source = call.requiredInt("input-source");
        ApiError.require(Capabilities.allows(Capabilities.INPUT_SOURCES, source));
        model.family.inputSource.source = source;
        return Usapi.ok();
    }

    /** Each of the four is optional and keeps its value when missing; the location must suit the mixer type. */
    private Result setVideoMixerConfig(Call call) {
        FamilySettings.Mixer mixer = model.family.inputSource.mixer;
        int inputDevice = call.optionalInt("input-device", mixer.inputDevice);
        int hdmiTop = call.optionalFlag("is-hdmi-top", mixer.isHdmiTop);
        int type = call.optionalInt("type", mixer.type);
        int location = call.optionalInt("location", mixer.location);
        ApiError.require(Capabilities.allows(Capabilities.MIXER_INPUT_DEVICES, inputDevice)
                && Capabilities.allows(Capabilities.MIXER_TYPES, type)
                && Capabilities.allows(type == 0 ? Capabilities.MIXER_PIP : Capabilities.MIXER_SBS, location));
        mixer.inputDevice = inputDevice;
        mixer.isHdmiTop = hdmiTop;
        mixer.type = type;
        mixer.location = location;
        return Usapi.ok();
    }
}
