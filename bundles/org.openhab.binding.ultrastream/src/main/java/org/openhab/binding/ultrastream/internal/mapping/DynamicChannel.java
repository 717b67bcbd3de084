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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A channel the handler adds while the device has what it shows (a stored stream server, the AIO's inputs) and
 * removes when it no longer has it. Its label is {@code labelKey} of the binding's i18n files, {@code label} in
 * English, with {@code argument} as {@code {0}}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record DynamicChannel(String id, String itemType, String channelType, String labelKey, String label,
        String argument) {

    /** The AIO's input and mixer channels, in the order the handler adds them. */
    public static final Set<String> INPUT_CHANNELS = Set.of(INPUT_SOURCE, INPUT_MIXER_LAYOUT, INPUT_MIXER_POSITION,
            INPUT_MIXER_HDMI_ON_TOP, INPUT_MIXER_FORMAT);

    /** Whether the handler adds and removes the channel (rather than the thing type having it). */
    public static boolean isDynamic(String channelId) {
        return channelId.startsWith(GROUP_STREAM_SERVERS + "#") || INPUT_CHANNELS.contains(channelId);
    }

    /** One of the AIO's input channels, labelled as its channel type is. */
    static DynamicChannel input(String channelId, String itemType, String channelType, String label) {
        return new DynamicChannel(channelId, itemType, channelType,
                "channel-type.ultrastream." + channelType + ".label",
                label, "");
    }

    /** The channels of one stored stream server: what each shows, and its channel type. */
    public enum Server {
        ENABLED("enabled", "Switch", "stream-server-enabled", "Enabled"),
        NAME("name", "String", "stream-server-name", "Name"),
        STATE("state", "String", "live-target-state", "State"),
        BITRATE("bitrate", "Number:DataTransferRate", "current-bitrate", "Bitrate"),
        ELAPSED_TIME("elapsed-time", "Number:Time", "elapsed-time", "Elapsed Time"),
        PACKETS_LOST("packets-lost", "Number", "packet-count", "Packets Lost"),
        PACKETS_RETRANSMITTED("packets-retransmitted", "Number", "packet-count", "Packets Retransmitted"),
        ROUND_TRIP_TIME("round-trip-time", "Number:Time", "round-trip-time", "Round-Trip Time");

        private final String suffix;
        private final String itemType;
        private final String channelType;
        private final String label;

        Server(String suffix, String itemType, String channelType, String label) {
            this.suffix = suffix;
            this.itemType = itemType;
            this.channelType = channelType;
            this.label = label;
        }

        /** {@code stream-servers#server-<id>-<suffix>} */
        public String id(int serverId) {
            return GROUP_STREAM_SERVERS + "#" + STREAM_SERVER_PREFIX + serverId + "-" + suffix;
        }

        public DynamicChannel channel(int serverId) {
            return new DynamicChannel(id(serverId), itemType, channelType,
                    "channel.ultrastream.stream-server-" + suffix + ".label", "Stream Server {0} " + label,
                    Integer.toString(serverId));
        }
    }
}
