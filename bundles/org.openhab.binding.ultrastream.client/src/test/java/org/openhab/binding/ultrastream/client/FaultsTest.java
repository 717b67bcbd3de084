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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.Await.await;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.emulator.MalformedJson;

/**
 * The emulator's fault switches, and how the client reports each: network failure, timeout, malformed reply,
 * device refusal; and that it recovers when the fault is gone.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultsTest extends EmulatorTestBase {

    @Test
    void http500IsANetworkFailure() throws Exception {
        await(client().getStatusAsync());
        device().faults().http500(true);
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class,
                () -> await(client().getStatusAsync()));
        assertEquals("get-status", e.method());
        device().faults().clear();
        await(client().getStatusAsync());
    }

    @Test
    void droppedConnectionIsANetworkFailure() throws Exception {
        await(client().getStatusAsync());
        device().faults().dropConnections(true);
        UltraStreamException e = assertThrows(UltraStreamException.class, () -> await(client().getStatusAsync()));
        assertTrue(e instanceof UltraStreamNetworkException || e instanceof UltraStreamMalformedReplyException,
                e.toString());
        assertFalse(e instanceof UltraStreamTimeoutException);
    }

    @Test
    void latencyBeyondTheTimeoutIsATimeout() throws Exception {
        UltraStreamClient impatient = new UltraStreamClient(httpClient,
                optionsFor("Admin", "Admin").requestTimeout(Duration.ofMillis(200)).build());
        await(impatient.getStatusAsync());
        device().faults().latency(Duration.ofMillis(1500));
        assertThrows(UltraStreamTimeoutException.class, () -> await(impatient.getStatusAsync()));
        device().faults().latency(Duration.ZERO);
    }

    @Test
    void truncatedGarbageAndEmptyRepliesAreMalformed() throws Exception {
        await(client().getStatusAsync());
        for (MalformedJson mode : new MalformedJson[]{ MalformedJson.TRUNCATED, MalformedJson.GARBAGE,
                MalformedJson.EMPTY }) {
            device().faults().malformedJson(mode);
            assertThrows(UltraStreamMalformedReplyException.class, () -> await(client().getStatusAsync()), mode.name());
        }
    }

    @Test
    void oversizedReplyIsRefusedAtTheBound() throws Exception {
        await(client().getStatusAsync());
        device().faults().malformedJson(MalformedJson.OVERSIZED);
        UltraStreamMalformedReplyException e = assertThrows(UltraStreamMalformedReplyException.class,
                () -> await(client().getSettingsAsync()));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void unknownAndMissingFieldsStillGiveAStatus() throws Exception {
        await(client().getStatusAsync());
        device().faults().malformedJson(MalformedJson.UNKNOWN_AND_MISSING_FIELDS);
        DeviceStatus status = await(client().getStatusAsync());
        assertNotNull(status.usb);
        assertNotNull(status.liveStatus);
        assertNotNull(await(client().getSettingsAsync()).mainStream);
        assertNotNull(await(client().getInfoAsync()).codecCap);
    }

    @Test
    void aRebootingDeviceIsUnreachableThenNeedsANewLogin() throws Exception {
        await(client().getStatusAsync());
        device().faults().reboot();
        assertThrows(UltraStreamException.class, () -> await(client().getStatusAsync()));
        advance(Duration.ofSeconds(30));
        await(client().getStatusAsync());
        assertEquals(2, client().loginCount());
    }

    @Test
    void aThirdClientIsRefusedAsOccupiedNotAsWrongPassword() throws Exception {
        await(client().getStatusAsync());
        await(client().addUserAsync("Second", "second"));
        await(client().addUserAsync("Third", "third"));
        await(newClient("Second", "second").getStatusAsync());
        assertTrue(await(client().getStatusAsync()).statusFlags().contains(DeviceStatusFlag.STATUS_OCCUPIED));
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class,
                () -> await(newClient("Third", "third").getStatusAsync()));
        assertFalse(e instanceof UltraStreamAuthenticationException);
        assertEquals(ResultCode.ERR_OCCUPIED, e.resultCode());
        assertEquals("login", e.method());
    }

    @Test
    void noSignalRefusal() throws Exception {
        device().faults().signalLost(true);
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class,
                () -> await(client().startRecAsync()));
        assertEquals("start-rec", e.method());
        assertEquals(ResultCode.ERR_NO_SIGNAL, e.resultCode());
    }
}
