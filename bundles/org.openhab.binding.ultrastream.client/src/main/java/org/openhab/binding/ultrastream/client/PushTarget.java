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
package org.openhab.binding.ultrastream.client;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.LiveStatus;
import org.openhab.binding.ultrastream.client.dto.LiveTarget;
import org.openhab.binding.ultrastream.client.dto.StreamServer;

/**
 * The live state of one push target: one of the (at most two) enabled live servers while live runs.
 * <p>
 * The Ultra Stream's {@code live-status} reports the first target in {@code result}, {@code cur-bps}, {@code net}
 * and the second in {@code result2}, {@code cur-bps2}, {@code net2}. Sibling products (Ultra Encode) send a list,
 * {@code live[]}, with one entry per configured target; the entries in use ({@code is-use} 1) are the targets, in
 * the list's order, their {@code inst-bps} (bytes per second) times 8 the current rate. The flat fields count only
 * when the reply has no list: with a list, a target without an entry has no state (null). The targets pair with
 * the enabled servers ({@code is-use} 1) in the order of {@code stream-server}. A value the reply does not carry is
 * null.
 *
 * @param index 0 for the first target, 1 for the second
 * @param server the enabled server this target pushes to, or null when fewer servers are enabled or not known
 * @param rawState the state number as sent ({@link ResultCode#RET_LIVING_CONNECTED}, ...), or null
 * @param curBps the current push rate in bits per second, or null
 * @param net the network type used (the codes of {@code net-mode}), or null
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record PushTarget(int index, @Nullable StreamServer server, @Nullable Integer rawState,
        @Nullable Long curBps, @Nullable Integer net) {

    /** At most two servers stream at once. */
    public static final int MAX_TARGETS = 2;

    /** The connection state, or null when the reply does not carry one. */
    public @Nullable ResultCode state() {
        Integer raw = rawState;
        return raw == null ? null : ResultCode.of(raw);
    }

    public boolean isConnected() {
        return state() == ResultCode.RET_LIVING_CONNECTED;
    }

    /** Whether the state is a failure: an error code or {@link ResultCode#RET_LIVING_AUTH_ERR}. */
    public boolean isFailed() {
        return isFailure(rawState);
    }

    /** Whether a connection state as sent is a failure, as {@link #isFailed()} tells; false for null. */
    public static boolean isFailure(@Nullable Integer raw) {
        return raw != null && (ResultCode.isError(raw) || raw == ResultCode.RET_LIVING_AUTH_ERR.code());
    }

    /**
     * The two push targets of {@code live-status}, in either shape, paired with the enabled servers of
     * {@code get-settings} when those are given.
     */
    public static List<PushTarget> of(LiveStatus live, @Nullable DeviceSettings settings) {
        List<StreamServer> enabled = new ArrayList<>();
        if (settings != null) {
            for (StreamServer server : settings.streamServer) {
                if (server != null && Integer.valueOf(1).equals(server.isUse)) {
                    enabled.add(server);
                }
            }
        }
        List<PushTarget> targets = new ArrayList<>();
        var entries = live.live; // its entries may be null (a reply with [null])
        if (entries == null) {
            targets.add(new PushTarget(0, server(enabled, 0), live.result, live.curBps, live.net));
            targets.add(new PushTarget(1, server(enabled, 1), live.result2, live.curBps2, live.net2));
            return targets;
        }
        for (LiveTarget entry : entries) {
            if (entry != null && Integer.valueOf(1).equals(entry.isUse) && targets.size() < MAX_TARGETS) {
                int index = targets.size();
                Long bytesPerSecond = entry.instBps;
                targets.add(new PushTarget(index, server(enabled, index), entry.result,
                        bytesPerSecond == null ? null : bytesPerSecond * 8, entry.net));
            }
        }
        while (targets.size() < MAX_TARGETS) {
            // Fewer targets in use: the others are known to be idle, but the reply reports nothing for them.
            int index = targets.size();
            targets.add(new PushTarget(index, server(enabled, index), null, null, null));
        }
        return targets;
    }

    private static @Nullable StreamServer server(List<StreamServer> enabled, int index) {
        return index < enabled.size() ? enabled.get(index) : null;
    }
}
