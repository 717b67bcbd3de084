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

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.EncodingValues;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.VideoChange;
import org.openhab.binding.ultrastream.client.VideoChanges;
import org.openhab.core.types.Command;

/**
 * What a command to an encoding setting asks of the encoder, parsed by {@link CommandValues}: the same for a channel
 * command and a rule action.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EncodingCommands {

    private EncodingCommands() {
    }

    /** Sets the audio bitrate the device offers nearest to the command's. */
    public static CompletableFuture<ResultCode> setAudio(UltraStreamClient client, Command command) {
        double bitsPerSecond = CommandValues.bitsPerSecond(command);
        return client.cachedInfoAsync().thenCompose(
                info -> client.setAudioAsync(EncodingValues.nearestKbps(bitsPerSecond, info.codecCap.audioKbps)));
    }

    /**
     * The change one encoding setting's command asks for.
     *
     * @param setting the channel id without the stream prefix: {@code resolution}, {@code frame-rate}, ...
     * @throws IllegalArgumentException when the command does not fit the setting
     */
    public static VideoChange videoChange(String setting, Command command) {
        return switch (setting) {
            case VIDEO_RESOLUTION -> {
                int[] size = CommandValues.resolution(CommandValues.text(command));
                yield VideoChanges.resolution(size[0], size[1]);
            }
            case VIDEO_FRAME_RATE -> VideoChanges.frameRate(CommandValues.framesPerSecond(command));
            case VIDEO_BITRATE -> VideoChanges.bitrate(CommandValues.bitsPerSecond(command));
            case VIDEO_CODEC -> VideoChanges.codec(CommandValues.codec(command.toString()));
            case VIDEO_PROFILE -> VideoChanges.profile(command.toString());
            case VIDEO_GOP -> VideoChanges.gop(CommandValues.seconds(command));
            default -> throw new IllegalArgumentException("not an encoding setting: " + setting);
        };
    }
}
