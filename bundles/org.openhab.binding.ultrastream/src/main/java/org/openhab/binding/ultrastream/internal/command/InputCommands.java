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
package org.openhab.binding.ultrastream.internal.command;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.InputSourceCap.VideoMixerCap;
import org.openhab.binding.ultrastream.client.dto.InputSourceSettings.VideoMixer;
import org.openhab.binding.ultrastream.client.dto.NamedValue;
import org.openhab.binding.ultrastream.internal.mapping.EncodeStatusMapper;
import org.openhab.core.types.Command;

/**
 * What a command to the Ultra Encode AIO's input and mixer channels asks of it: the same for a channel command and a
 * rule action. Sources and positions are chosen by the names (or values) get-info lists; the mixer is changed one
 * parameter at a time by the client's read-modify-write, which sends the others as the device has them.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class InputCommands {

    private InputCommands() {
    }

    /** {@code select-input-source} with the source the command names. */
    public static CompletableFuture<ResultCode> selectSource(UltraStreamClient client, Command command) {
        return client.cachedInfoAsync().thenCompose(
                info -> client.selectInputSourceAsync(choose(info.inputSource.sources, command, "input source")));
    }

    /**
     * {@code set-video-mixer-config}: each entry (a mixer channel id and its command) changes its parameter, in
     * order; a layout change keeps the position when the new layout has it, else takes its first.
     */
    public static CompletableFuture<ResultCode> changeMixer(UltraStreamClient client, Map<String, Command> changes) {
        return client.cachedInfoAsync().thenCompose(info -> {
            Consumer<VideoMixer> change = mixer -> {
            };
            for (Map.Entry<String, Command> entry : changes.entrySet()) {
                change = change.andThen(mixerChange(entry.getKey(), entry.getValue(), info.inputSource.videoMixer));
            }
            return client.changeVideoMixerAsync(change);
        });
    }

    private static Consumer<VideoMixer> mixerChange(String channelId, Command command, VideoMixerCap cap) {
        String text = command.toString().trim();
        switch (channelId) {
            case INPUT_MIXER_LAYOUT :
                int layout = layout(text);
                return mixer -> {
                    mixer.type = layout;
                    List<NamedValue> positions = EncodeStatusMapper.positions(cap, layout);
                    Integer location = mixer.location;
                    if (!positions.isEmpty()
                            && positions.stream().noneMatch(p -> location != null && p.value == location)) {
                        mixer.location = (int) positions.get(0).value;
                    }
                };
            case INPUT_MIXER_POSITION :
                return mixer -> mixer.location = choose(EncodeStatusMapper.positions(cap, mixer.type), command,
                        "mixer position");
            case INPUT_MIXER_HDMI_ON_TOP :
                int top = CommandValues.onOff(command) ? 1 : 0;
                return mixer -> mixer.isHdmiTop = top;
            case INPUT_MIXER_FORMAT :
                for (Map.Entry<Integer, String> format : EncodeStatusMapper.FORMATS.entrySet()) {
                    if (format.getValue().equalsIgnoreCase(text) || format.getKey().toString().equals(text)) {
                        int device = format.getKey();
                        return mixer -> mixer.inputDevice = device;
                    }
                }
                throw new IllegalArgumentException("the mixer format is SDI or HDMI, not '" + text + "'");
            default :
                throw new IllegalArgumentException(channelId + " is not a mixer channel");
        }
    }

    /** {@code PICTURE_IN_PICTURE} (also "Picture in Picture", 0) or {@code SIDE_BY_SIDE} (1), any case. */
    private static int layout(String text) {
        String name = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        int layout = EncodeStatusMapper.LAYOUTS.indexOf(name);
        if (layout < 0 && name.matches("[01]")) {
            layout = Integer.parseInt(name);
        }
        if (layout < 0) {
            throw new IllegalArgumentException(
                    "the mixer layout is PICTURE_IN_PICTURE or SIDE_BY_SIDE, not '" + text + "'");
        }
        return layout;
    }

    /** The value of the option the command names by its name (any case) or its value. */
    private static int choose(List<NamedValue> options, Command command, String what) {
        String text = command.toString().trim();
        for (NamedValue option : options) {
            if (EncodeStatusMapper.optionName(option).equalsIgnoreCase(text)
                    || Long.toString(option.value).equals(text)) {
                return (int) option.value;
            }
        }
        throw new IllegalArgumentException("the " + what + " is one of "
                + options.stream().map(EncodeStatusMapper::optionName).toList() + ", not '" + text + "'");
    }
}
