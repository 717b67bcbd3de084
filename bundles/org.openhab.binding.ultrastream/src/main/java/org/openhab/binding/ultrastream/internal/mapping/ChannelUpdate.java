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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.types.State;

/**
 * What one reply from the device means for the thing: a state for each channel it covers (keyed by
 * {@code group#channel} id) and the trigger events to fire, in order. Built by the mappers, applied by the handler.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ChannelUpdate {

    private final Map<String, State> states = new LinkedHashMap<>();
    private final List<String> events = new ArrayList<>();

    void put(String channelId, State state) {
        states.put(channelId, state);
    }

    void fire(String event) {
        events.add(event);
    }

    /** Channel id ({@code group#channel}) to state, in the order the mapper produced them. */
    public Map<String, State> states() {
        return Collections.unmodifiableMap(states);
    }

    /** Trigger events for the {@code device#event} channel, in the order they happened. */
    public List<String> events() {
        return Collections.unmodifiableList(events);
    }
}
