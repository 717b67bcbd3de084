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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.types.Command;

/**
 * What openHAB asked of one handler that the scheduler has not done yet: the commands, in the order they came, and
 * the reads wanted (REFRESH, rule actions). openHAB's threads only add here and return; the handler's request job
 * takes everything at once on the scheduler. The monitor of this object is held only to add or to take, never
 * during a device exchange, so a caller never waits for the device.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class PendingRequests {

    /** A command accepted while the thing was ONLINE, to be sent in turn. */
    record PendingCommand(String channelId, CommandRoutes.Route route, Command command) {
    }

    /**
     * Everything taken at once.
     *
     * @param refreshedChannels channels asked for by REFRESH: published again even if unchanged
     */
    record Taken(List<PendingCommand> commands, boolean status, boolean settings, boolean snapshot,
            Set<String> refreshedChannels) {
    }

    private final List<PendingCommand> commands = new ArrayList<>();
    private final Set<String> refreshedChannels = new HashSet<>();
    private boolean status;
    private boolean settings;
    private boolean snapshot;

    synchronized void addCommand(PendingCommand command) {
        commands.add(command);
    }

    /** A REFRESH of one channel: the read that gives its state is wanted, and its state is published again. */
    synchronized void addRefresh(String channelId) {
        refreshedChannels.add(channelId);
        if (DEVICE_SNAPSHOT.equals(channelId)) {
            snapshot = true;
        } else if (channelId.startsWith(GROUP_ENCODING + "#") || channelId.startsWith(GROUP_STREAM_SERVERS + "#")) {
            settings = true;
        } else {
            status = true;
        }
    }

    /** get-status is wanted, and get-settings too when {@code settingsToo}. */
    synchronized void addStatusRead(boolean settingsToo) {
        status = true;
        settings |= settingsToo;
    }

    /** Takes and clears everything pending. */
    synchronized Taken takeAll() {
        Taken taken = new Taken(List.copyOf(commands), status, settings, snapshot, Set.copyOf(refreshedChannels));
        clear();
        return taken;
    }

    /** Drops everything pending: what was asked of a handler life is never carried into the next. */
    synchronized void clear() {
        commands.clear();
        refreshedChannels.clear();
        status = false;
        settings = false;
        snapshot = false;
    }
}
