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
package org.openhab.binding.ultrastream.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.host.ThingEvents;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * What the benchmarks observe of one thing's events, beyond the latest states the host keeps: counts, and an
 * optional listener told of each state with its arrival time.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchEvents implements ThingEvents {

    /** Told of every state update, in the handler's thread, with {@link System#nanoTime()} at arrival. */
    @FunctionalInterface
    public interface StateListener {
        void stateUpdated(ChannelUID channel, State state, long nanoTime);
    }

    private final AtomicLong stateUpdates = new AtomicLong();
    private final AtomicLong offlineReports = new AtomicLong();
    private volatile @Nullable StateListener listener;

    public void setListener(@Nullable StateListener listener) {
        this.listener = listener;
    }

    public long stateUpdates() {
        return stateUpdates.get();
    }

    /** How often the thing was reported OFFLINE (the handler reports only changes of status or text). */
    public long offlineReports() {
        return offlineReports.get();
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state, boolean changed) {
        long now = System.nanoTime();
        stateUpdates.incrementAndGet();
        StateListener l = listener;
        if (l != null) {
            l.stateUpdated(channelUID, state, now);
        }
    }

    @Override
    public void statusChanged(ThingUID thingUID, ThingStatusInfo previous, ThingStatusInfo status) {
        if (status.getStatus() == ThingStatus.OFFLINE) {
            offlineReports.incrementAndGet();
        }
    }
}
