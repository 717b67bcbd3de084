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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.emulator.MalformedJson;

/**
 * The emulator's fault switches, and how the client reports each: network failure, timeout, malformed reply,
 * device refusal; and that it recovers when the fault is gone.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultsTest {

    @RegisterExtension
    final EmulatedDeviceExtension emulated = new EmulatedDeviceExtension();

    @Test
    void http500IsANetworkFailure() throws Exception {
        status();
        emulated.device().faults().http500(true);
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class, this::status);
        assertEquals("get-status", e.method());
        emulated.device().faults().clear();
        status();
    }

    @Test
    void droppedConnectionIsANetworkFailure() throws Exception {
        status();
        emulated.device().faults().dropConnections(true);
        UltraStreamException e = assertThrows(UltraStreamException.class, this::status);
        assertTrue(e instanceof UltraStreamNetworkException || e instanceof UltraStreamMalformedReplyException,
                e.toString());
        assertFalse(e instanceof UltraStreamTimeoutException);
    }

    @Test
    void latencyBeyondTheTimeoutIsATimeout() throws Exception {
        UltraStreamClient impatient = new UltraStreamClient(emulated.httpClient,
                emulated.optionsFor("Admin", "Admin").requestTimeout(Duration.ofMillis(200)).build());
        await(impatient.getStatusAsync());
        emulated.device().faults().latency(Duration.ofMillis(1500));
        assertThrows(UltraStreamTimeoutException.class, () -> await(impatient.getStatusAsync()));
        emulated.device().faults().latency(Duration.ZERO);
    }

    @Test
    void truncatedGarbageAndEmptyRepliesAreMalformed() throws Exception {
        status();
        for (MalformedJson mode : new MalformedJson[]{ MalformedJson.TRUNCATED, MalformedJson.GARBAGE,
                MalformedJson.EMPTY }) {
            emulated.device().faults().malformedJson(mode);
            assertThrows(UltraStreamMalformedReplyException.class, this::status,
                    mode.name());
        }
    }

    @Test
    void oversizedReplyIsRefusedAtTheBound() throws Exception {
        status();
        emulated.device().faults().malformedJson(MalformedJson.OVERSIZED);
        UltraStreamMalformedReplyException e = assertThrows(UltraStreamMalformedReplyException.class,
                () -> await(emulated.client().getSettingsAsync()));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void unknownAndMissingFieldsStillGiveAStatus() throws Exception {
        status();
        emulated.device().faults().malformedJson(MalformedJson.UNKNOWN_AND_MISSING_FIELDS);
        DeviceStatus status = status();
        assertNotNull(status.usb);
        assertNotNull(status.liveStatus);
        assertNotNull(await(emulated.client().getSettingsAsync()).mainStream);
        assertNotNull(await(emulated.client().getInfoAsync()).codecCap);
    }

    @Test
    void aRebootingDeviceIsUnreachableThenNeedsANewLogin() throws Exception {
        status();
        emulated.device().faults().reboot();
        assertThrows(UltraStreamException.class, this::status);
        emulated.clock.advance(Duration.ofSeconds(30));
        status();
        assertEquals(2, emulated.client().loginCount());
    }

    @Test
    void aThirdClientIsRefusedAsOccupiedNotAsWrongPassword() throws Exception {
        status();
        await(emulated.client().addUserAsync("Second", "second"));
        await(emulated.client().addUserAsync("Third", "third"));
        await(emulated.newClient("Second", "second").getStatusAsync());
        assertTrue(status().statusFlags().contains(DeviceStatusFlag.STATUS_OCCUPIED));
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class,
                () -> await(emulated.newClient("Third", "third").getStatusAsync()));
        assertFalse(e instanceof UltraStreamAuthenticationException);
        assertEquals(ResultCode.ERR_OCCUPIED, e.resultCode());
        assertEquals("login", e.method());
    }

    @Test
    void noSignalRefusal() throws Exception {
        emulated.device().faults().signalLost(true);
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class,
                () -> await(emulated.client().startRecAsync()));
        assertEquals("start-rec", e.method());
        assertEquals(ResultCode.ERR_NO_SIGNAL, e.resultCode());
    }

    private DeviceStatus status() throws UltraStreamException {
        return await(emulated.client().getStatusAsync());
    }
}
