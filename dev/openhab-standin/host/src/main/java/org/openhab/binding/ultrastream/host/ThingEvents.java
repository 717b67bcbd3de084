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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * What the host tells whoever watches the things it runs: what openHAB's event bus would carry as
 * ThingStatusInfoChangedEvent, ChannelStateUpdated/ItemStateChangedEvent and ChannelTriggeredEvent.
 * Called on the binding's threads; implementations return quickly. Every method does nothing by default.
 */
@NonNullByDefault
public interface ThingEvents {

    default void statusChanged(ThingUID thingUID, ThingStatusInfo previous, ThingStatusInfo status) {
    }

    /** A channel's state was updated; {@code changed} tells whether it differs from the previous state. */
    default void stateUpdated(ChannelUID channelUID, State state, boolean changed) {
    }

    default void channelTriggered(ChannelUID channelUID, String event) {
    }

    /** A command went to the handler: sent by the host's user, or posted by the handler itself. */
    default void commandSent(ChannelUID channelUID, Command command) {
    }
}
