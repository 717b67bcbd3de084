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
        client().getStatus();
        device().faults().http500(true);
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class, client()::getStatus);
        assertEquals("get-status", e.method());
        device().faults().clear();
        client().getStatus();
    }

    @Test
    void droppedConnectionIsANetworkFailure() throws Exception {
        client().getStatus();
        device().faults().dropConnections(true);
        UltraStreamException e = assertThrows(UltraStreamException.class, client()::getStatus);
        assertTrue(e instanceof UltraStreamNetworkException || e instanceof UltraStreamMalformedReplyException,
                e.toString());
        assertFalse(e instanceof UltraStreamTimeoutException);
    }

    @Test
    void latencyBeyondTheTimeoutIsATimeout() throws Exception {
        UltraStreamClient impatient = new UltraStreamClient(httpClient,
                optionsFor("Admin", "Admin").requestTimeout(Duration.ofMillis(200)).build());
        impatient.getStatus();
        device().faults().latency(Duration.ofMillis(1500));
        assertThrows(UltraStreamTimeoutException.class, impatient::getStatus);
        device().faults().latency(Duration.ZERO);
    }

    @Test
    void truncatedGarbageAndEmptyRepliesAreMalformed() throws Exception {
        client().getStatus();
        for (MalformedJson mode : new MalformedJson[]{ MalformedJson.TRUNCATED, MalformedJson.GARBAGE,
                MalformedJson.EMPTY }) {
            device().faults().malformedJson(mode);
            assertThrows(UltraStreamMalformedReplyException.class, client()::getStatus, mode.name());
        }
    }

    @Test
    void oversizedReplyIsRefusedAtTheBound() throws Exception {
        client().getStatus();
        device().faults().malformedJson(MalformedJson.OVERSIZED);
        UltraStreamMalformedReplyException e = assertThrows(UltraStreamMalformedReplyException.class,
                client()::getSettings);
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void unknownAndMissingFieldsStillGiveAStatus() throws Exception {
        client().getStatus();
        device().faults().malformedJson(MalformedJson.UNKNOWN_AND_MISSING_FIELDS);
        DeviceStatus status = client().getStatus();
        assertNotNull(status.usb);
        assertNotNull(status.liveStatus);
        assertNotNull(client().getSettings().mainStream);
        assertNotNull(client().getInfo().codecCap);
    }

    @Test
    void aRebootingDeviceIsUnreachableThenNeedsANewLogin() throws Exception {
        client().getStatus();
        device().faults().reboot();
        assertThrows(UltraStreamException.class, client()::getStatus);
        advance(Duration.ofSeconds(30));
        client().getStatus();
        assertEquals(2, client().loginCount());
    }

    @Test
    void aThirdClientIsRefusedAsOccupiedNotAsWrongPassword() throws Exception {
        client().getStatus();
        client().addUser("Second", "second");
        client().addUser("Third", "third");
        newClient("Second", "second").getStatus();
        assertTrue(client().getStatus().statusFlags().contains(DeviceStatusFlag.STATUS_OCCUPIED));
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class,
                newClient("Third", "third")::getStatus);
        assertFalse(e instanceof UltraStreamAuthenticationException);
        assertEquals(ResultCode.ERR_OCCUPIED, e.resultCode());
        assertEquals("login", e.method());
    }

    @Test
    void noSignalRefusal() throws Exception {
        device().faults().signalLost(true);
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class, client()::startRec);
        assertEquals("start-rec", e.method());
        assertEquals(ResultCode.ERR_NO_SIGNAL, e.resultCode());
    }
}
