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

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;

/**
 * Tests {@link ChannelUids}: one UID per channel id, built once, and built again after it was forgotten.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ChannelUidsTest {

    private final ThingUID thing = new ThingUID("ultrastream", "encoder", "a1");

    @Test
    void givesTheThingsChannelAndBuildsItOnce() {
        ChannelUids uids = new ChannelUids(thing);

        ChannelUID recording = uids.of("recording#active");

        assertEquals(new ChannelUID(thing, "recording#active"), recording);
        assertSame(recording, uids.of("recording#active"));
        assertEquals(new ChannelUID(thing, "live#active"), uids.of("live#active"));
    }

    @Test
    void buildsAForgottenChannelAgain() {
        ChannelUids uids = new ChannelUids(thing);
        ChannelUID server = uids.of("stream-servers#server-1-enabled");

        uids.forget(List.of("stream-servers#server-1-enabled"));

        ChannelUID again = uids.of("stream-servers#server-1-enabled");
        assertEquals(server, again);
        assertNotSame(server, again);
    }
}
