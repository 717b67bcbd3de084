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
import org.openhab.binding.ultrastream.client.dto.StreamServer;

/**
 * The live state of one push target: one of the (at most two) enabled live servers while live runs.
 * {@code live-status} reports the first target in {@code result}, {@code cur-bps}, {@code net} and the second in
 * {@code result2}, {@code cur-bps2}, {@code net2}; they pair with the enabled servers ({@code is-use} 1) in the
 * order of {@code stream-server} (see docs/protocol-decisions.md).
 *
 * @param index 0 for the first target, 1 for the second
 * @param server the enabled server this target pushes to, or null when fewer servers are enabled
 * @param state the connection state ({@link ResultCode#RET_LIVING_CONNECTED}, ...)
 * @param rawState the state number as sent
 * @param curBps the current push rate
 * @param net the network type used
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record PushTarget(int index, @Nullable StreamServer server, ResultCode state, int rawState, long curBps,
        int net) {

    public boolean isConnected() {
        return state == ResultCode.RET_LIVING_CONNECTED;
    }

    /** Whether the state is a failure: an error code or {@link ResultCode#RET_LIVING_AUTH_ERR}. */
    public boolean isFailed() {
        return ResultCode.isError(rawState) || state == ResultCode.RET_LIVING_AUTH_ERR;
    }

    /** The two push targets of {@code live-status}, paired with the enabled servers of {@code get-settings}. */
    public static List<PushTarget> of(LiveStatus live, DeviceSettings settings) {
        List<StreamServer> enabled = new ArrayList<>();
        for (StreamServer server : settings.streamServer) {
            if (server != null && server.isUse == 1) {
                enabled.add(server);
            }
        }
        return List.of(
                new PushTarget(0, enabled.size() > 0 ? enabled.get(0) : null, ResultCode.of(live.result), live.result,
                        live.curBps, live.net),
                new PushTarget(1, enabled.size() > 1 ? enabled.get(1) : null, ResultCode.of(live.result2),
                        live.result2, live.curBps2, live.net2));
    }
}
