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
package org.openhab.binding.ultrastream.client.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.Await.await;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.client.EmulatedDeviceExtension;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamNetworkException;
import org.openhab.binding.ultrastream.client.UltraStreamTimeoutException;

/**
 * The edges of the request timeout and of a connection dropped mid-reply, against the emulator, with a short
 * timeout so that "just below" and "just above" take a second, not the default ten.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class TimeoutEdgesTest {

    private static final Duration TIMEOUT = Duration.ofMillis(800);

    @RegisterExtension
    final EmulatedDeviceExtension emulated = new EmulatedDeviceExtension().requestTimeout(TIMEOUT);

    @Test
    void aReplyJustInsideTheTimeoutIsTakenAndOneJustOutsideIsATimeout() throws Exception {
        UltraStreamClient client = emulated.client();
        await(client.loginAsync());

        emulated.device().faults().latency(TIMEOUT.minusMillis(300));
        assertNotNull(await(client.getStatusAsync()));

        emulated.device().faults().latency(TIMEOUT.plusMillis(300));
        UltraStreamTimeoutException e = assertThrows(UltraStreamTimeoutException.class,
                () -> await(client.getStatusAsync()));
        assertEquals("get-status", e.method());

        emulated.device().faults().latency(Duration.ZERO);
        assertNotNull(await(client.getStatusAsync()), "the same client works again at once");
    }

    @Test
    void aConnectionDroppedMidReplyIsANetworkFailureInPlainWords() throws Exception {
        UltraStreamClient client = emulated.client();
        await(client.loginAsync());

        emulated.device().faults().dropConnections(true);
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class,
                () -> await(client.getStatusAsync()));
        // The text ends up in the thing status: no dump of the HTTP library's connection objects.
        assertTrue(String.valueOf(e.getMessage()).contains("closed the connection"), e.getMessage());
        assertFalse(String.valueOf(e.getMessage()).contains("@"), e.getMessage());

        emulated.device().faults().dropConnections(false);
        assertNotNull(await(client.getStatusAsync()));
    }
}
