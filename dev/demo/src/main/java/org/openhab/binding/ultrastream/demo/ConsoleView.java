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

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.host.DiscoveryInbox;
import org.openhab.binding.ultrastream.host.ThingEvents;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * The live view: one line per event, in the words of openHAB's event log (events.log), so that what is
 * printed is what openHAB would receive from the binding. States are printed when they change.
 */
@NonNullByDefault
final class ConsoleView implements ThingEvents, DiscoveryInbox.Listener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String MAGENTA = "\u001b[35m";

    private final PrintStream out;
    private final boolean color;
    private final Map<ChannelUID, State> lastStates = new ConcurrentHashMap<>();

    ConsoleView(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    /** A step of the scenario, set apart from the events. */
    void step(String text) {
        line(BOLD, "==> " + text);
    }

    /** A summary line, set apart from the events. */
    void dashboard(String text) {
        line(BOLD + CYAN, "  \u25b6 " + text);
    }

    void note(String text) {
        line(DIM, "    " + text);
    }

    @Override
    public void discovered(DiscoveryResult result, boolean isNew) {
        if (isNew) {
            event(CYAN, "InboxAddedEvent", "Discovery Result with UID '" + result.getThingUID() + "' has been added: "
                    + result.getLabel() + " " + result.getProperties());
        }
    }

    @Override
    public void statusChanged(ThingUID thingUID, ThingStatusInfo previous, ThingStatusInfo status) {
        String detail = status.getDescription() == null ? "" : " (" + status.getDescription() + ")";
        event(YELLOW, "ThingStatusInfoChangedEvent",
                "Thing '" + thingUID + "' changed from " + previous.getStatus() + " to " + status + detail);
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state, boolean changed) {
        @Nullable
        State previous = lastStates.put(channelUID, state);
        if (!state.equals(previous)) {
            // first values come as a burst when a Thing goes ONLINE: dimmed, so that changes stand out
            event(previous == null ? DIM : "", "ChannelStateChanged", "Channel '" + channelUID + "' changed from "
                    + (previous == null ? "NULL" : previous.toFullString()) + " to " + state.toFullString());
        }
    }

    @Override
    public void channelTriggered(ChannelUID channelUID, String event) {
        event(MAGENTA, "ChannelTriggeredEvent", channelUID + " triggered " + event);
    }

    @Override
    public void commandSent(ChannelUID channelUID, Command command) {
        event(GREEN, "ItemCommandEvent", "Channel '" + channelUID + "' received command " + command);
    }

    private void event(String style, String topic, String text) {
        line(style, LocalTime.now().format(TIME) + " [" + topic + "] " + text);
    }

    private synchronized void line(String style, String text) {
        out.println(color && !style.isEmpty() ? style + text + RESET : text);
        out.flush();
    }
}
