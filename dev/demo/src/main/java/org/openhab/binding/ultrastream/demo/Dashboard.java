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
package org.openhab.binding.ultrastream.demo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * One line per Thing that sums up what a person watching the studio wants to see at a glance: recording and
 * live streaming on or off, their elapsed time and bitrate, the live target's state and what is left on the
 * USB drive and the SD card. Read from the channel states the binding published, nothing else.
 */
@NonNullByDefault
final class Dashboard {

    private static final Pattern SERVER_STATE = Pattern.compile("stream-servers#server-(\\d+)-state");

    private Dashboard() {
    }

    static String line(HostedThing thing) {
        return String.format(Locale.ROOT, "[%s] %s | REC %s %s %s | LIVE %s %s %s %s%s | USB %s free | SD %s free",
                thing.thing().getLabel(), thing.statusInfo().getStatus(), text(thing, "recording#active"),
                duration(thing, "recording#elapsed-time"), rate(thing, "recording#current-bitrate"),
                text(thing, "live#active"), duration(thing, "live#elapsed-time"), rate(thing, "live#current-bitrate"),
                text(thing, "live#target1-state"), servers(thing), size(thing, "usb#free-space"),
                size(thing, "sd#free-space"));
    }

    /** Each stream server's state and bitrate, where the Thing has per-server channels (the Ultra Encode). */
    private static String servers(HostedThing thing) {
        StringBuilder line = new StringBuilder();
        thing.states().keySet().stream().map(ChannelUID::getId).map(SERVER_STATE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).sorted()
                .forEach(id -> line.append(String.format(Locale.ROOT, " | server %s %s %s",
                        id, text(thing, "stream-servers#server-" + id + "-state"),
                        rate(thing, "stream-servers#server-" + id + "-bitrate"))));
        return line.toString();
    }

    private static String text(HostedThing thing, String channelId) {
        return thing.state(channelId).map(State::toString).orElse("-");
    }

    /** Seconds as h:mm:ss. */
    private static String duration(HostedThing thing, String channelId) {
        return base(thing, channelId, "s").map(seconds -> {
            long s = Math.round(seconds);
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }).orElse("-");
    }

    private static String rate(HostedThing thing, String channelId) {
        return base(thing, channelId, "bit/s").map(bps -> String.format(Locale.ROOT, "%.2f Mbit/s", bps / 1e6))
                .orElse("-");
    }

    private static String size(HostedThing thing, String channelId) {
        return base(thing, channelId, "B").map(bytes -> String.format(Locale.ROOT, "%.2f GB", bytes / 1e9))
                .orElse("-");
    }

    /** The value in the given base unit, when the state is a quantity that converts to it. */
    private static Optional<Double> base(HostedThing thing, String channelId, String unit) {
        return thing.state(channelId).filter(QuantityType.class::isInstance).map(QuantityType.class::cast)
                .map(q -> q.toUnit(unit)).map(Number::doubleValue);
    }
}
