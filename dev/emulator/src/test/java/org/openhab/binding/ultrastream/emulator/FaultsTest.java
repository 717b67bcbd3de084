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
package org.openhab.binding.ultrastream.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Every fault switch, seen from a client over real HTTP, and that clear() turns them off.
 */
@NonNullByDefault
class FaultsTest extends EmulatorTestBase {

    @Test
    void latencyDelaysEveryReply() {
        device().faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertEquals(0, api().result("ping"));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
        assertEquals(Duration.ofMillis(300), device().faults().latency());
    }

    @Test
    void droppedConnectionsCloseMidReply() {
        device().faults().dropConnections(true);
        assertThrows(UncheckedIOException.class, () -> api().get("get-status"));
        device().faults().dropConnections(false);
        assertEquals(0, api().result("get-status"));
    }

    @Test
    void http500() {
        device().faults().http500(true);
        assertEquals(500, api().get("get-status").statusCode());
        assertEquals(500, new AppClient(device()).get("ping").statusCode());
    }

    @ParameterizedTest
    @EnumSource(value = MalformedJson.class, names = { "TRUNCATED", "GARBAGE", "EMPTY" })
    void malformedJsonIsNotJson(MalformedJson mode) {
        device().faults().malformedJson(mode);
        HttpResponse<String> r = api().get("get-status");
        assertEquals(200, r.statusCode());
        assertThrows(RuntimeException.class, () -> JsonParser.parseString(r.body()).getAsJsonObject()
                .get("usb").getAsJsonObject().get("beign-time").getAsString());
    }

    @Test
    void truncatedJsonFailsToParse() {
        device().faults().malformedJson(MalformedJson.TRUNCATED);
        String body = api().get("get-settings").body();
        assertThrows(JsonParseException.class, () -> JsonParser.parseString(body));
    }

    @Test
    void oversizedJsonIsValidButHuge() {
        device().faults().malformedJson(MalformedJson.OVERSIZED);
        String body = api().get("get-status").body();
        assertTrue(body.length() > 4_000_000);
        assertEquals(0, JsonParser.parseString(body).getAsJsonObject().get("result").getAsInt());
    }

    @Test
    void unknownAndMissingFields() {
        device().faults().malformedJson(MalformedJson.UNKNOWN_AND_MISSING_FIELDS);
        JsonObject s = api().call("get-status");
        assertEquals(0, s.get("result").getAsInt());
        assertTrue(s.has("x-unknown-field"));
        assertFalse(s.has("cur-status"), "every second field is left out");
        assertTrue(s.getAsJsonObject("rec-status").has("x-unknown-object"));
    }

    @Test
    void expireSessions() {
        device().faults().expireSessions();
        assertEquals(-17, api().result("get-status"));
    }

    @Test
    void signalLost() {
        device().faults().signalLost(true);
        assertEquals(0, status().getAsJsonObject("input-signal").get("status").getAsInt());
        device().faults().signalLost(false);
        assertEquals(1, status().getAsJsonObject("input-signal").get("status").getAsInt());
    }

    @Test
    void diskFull() {
        device().faults().diskFull(true);
        JsonObject s = status();
        assertEquals(3, s.getAsJsonObject("usb").get("disk-status").getAsInt());
        assertEquals(3, s.getAsJsonObject("sd").get("disk-status").getAsInt());
        assertEquals(-16, api().result("start-rec"));
    }

    @Test
    void rebootFault() {
        api().result("start-rec");
        device().faults().reboot();
        assertFalse(device().isRecording());
        assertThrows(UncheckedIOException.class, () -> new AppClient(device()).call("ping"));
        advance(20);
        assertEquals(0, new AppClient(device()).result("ping"));
        assertEquals(-17, api().result("get-status"));
    }

    @Test
    void clearTurnsEverythingOff() {
        Faults f = device().faults();
        f.latency(Duration.ofSeconds(5));
        f.dropConnections(true);
        f.http500(true);
        f.malformedJson(MalformedJson.GARBAGE);
        f.signalLost(true);
        f.diskFull(true);
        f.clear();
        assertEquals(Duration.ZERO, f.latency());
        assertFalse(f.dropsConnections());
        assertFalse(f.http500());
        assertEquals(MalformedJson.NONE, f.malformedJson());
        JsonObject s = status();
        assertEquals(1, s.getAsJsonObject("input-signal").get("status").getAsInt());
        assertEquals(1, s.getAsJsonObject("usb").get("disk-status").getAsInt());
    }

    @Test
    void requestsAreCounted() {
        device().resetRequestCounts();
        api().call("get-status");
        api().call("get-status");
        api().call("ping");
        assertEquals(2, device().requestCount("get-status"));
        assertEquals(1, device().requestCount("ping"));
        assertEquals(0, device().requestCount("get-info"));
        assertEquals(3, device().totalRequestCount());
        device().resetRequestCounts();
        assertEquals(0, device().totalRequestCount());
    }
}
