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
package org.openhab.binding.ultrastream.host;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * A Thing that the host runs: the thing, its handler, its latest status and the latest state of each
 * channel. Tests and the console wait on it for a status or a state with a bounded wait.
 */
@NonNullByDefault
public final class HostedThing {

    private final ThingHandler handler;
    private final Map<ChannelUID, State> states = new ConcurrentHashMap<>();
    private final Object changes = new Object();
    private volatile Thing thing;

    /** A thing and its handler; {@link ThingHost} makes these, a handler run without the host makes its own. */
    public HostedThing(Thing thing, ThingHandler handler) {
        this.thing = thing;
        this.handler = handler;
    }

    public Thing thing() {
        return thing;
    }

    public ThingUID uid() {
        return thing.getUID();
    }

    public ThingHandler handler() {
        return handler;
    }

    public ThingStatusInfo statusInfo() {
        return thing.getStatusInfo();
    }

    /** The latest state of a channel, by its id ("group#channel"), if the handler has published one. */
    public Optional<State> state(String channelId) {
        return Optional.ofNullable(states.get(new ChannelUID(uid(), channelId)));
    }

    /** The latest state of a channel, or null. */
    public @Nullable State state(ChannelUID channelUID) {
        return states.get(channelUID);
    }

    public Map<ChannelUID, State> states() {
        return Map.copyOf(states);
    }

    /** Sends a command to the handler, as openHAB does when a linked item receives one. */
    public void sendCommand(String channelId, Command command) {
        handler.handleCommand(new ChannelUID(uid(), channelId), command);
    }

    /** Waits until the thing has the status; false when it did not within the timeout. */
    public boolean awaitStatus(ThingStatus status, Duration timeout) throws InterruptedException {
        return await(() -> thing.getStatus() == status, timeout);
    }

    /** Waits until a channel's state satisfies the condition and returns it; empty on timeout. */
    public Optional<State> awaitState(String channelId, Predicate<State> condition, Duration timeout)
            throws InterruptedException {
        boolean met = await(() -> state(channelId).filter(condition).isPresent(), timeout);
        return met ? state(channelId) : Optional.empty();
    }

    /**
     * Waits until the condition holds, re-checking whenever the thing changes (status, state, channels); false
     * when it did not hold within the timeout.
     */
    public boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changes.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    void recordState(ChannelUID channelUID, State state) {
        states.put(channelUID, state);
        signal();
    }

    /** @return the previous status */
    ThingStatusInfo recordStatus(ThingStatusInfo status) {
        ThingStatusInfo previous = thing.getStatusInfo();
        thing.setStatusInfo(status);
        signal();
        return previous;
    }

    void replaceThing(Thing updated) {
        updated.setStatusInfo(thing.getStatusInfo());
        updated.setHandler(handler);
        thing = updated;
        signal();
    }

    private void signal() {
        synchronized (changes) {
            changes.notifyAll();
        }
    }
}
