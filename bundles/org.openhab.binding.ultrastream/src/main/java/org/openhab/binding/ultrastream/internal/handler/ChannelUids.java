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

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link ChannelUID}s of one thing, each built once. Building a {@code ChannelUID} validates its segments with a
 * regular expression, which was most of the cost of a poll's channel updates when done for every state.
 * <p>
 * Not thread-safe: the handler uses it only in callbacks of {@link Span#report}, under the span's monitor.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ChannelUids {

    private final ThingUID thingUID;
    private final Map<String, ChannelUID> byId = new HashMap<>();

    public ChannelUids(ThingUID thingUID) {
        this.thingUID = thingUID;
    }

    /** The UID of the thing's channel with this id (for example {@code status#recording}). */
    public ChannelUID of(String channelId) {
        ChannelUID uid = byId.get(channelId); // not computeIfAbsent: its result is @Nullable to the null analysis
        if (uid == null) {
            uid = new ChannelUID(thingUID, channelId);
            byId.put(channelId, uid);
        }
        return uid;
    }

    /** Drops the UIDs of channels the thing no longer has, so that the map holds only channels that exist. */
    public void forget(Collection<String> channelIds) {
        channelIds.forEach(byId::remove);
    }
}
