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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Stream servers (add, set, delete, enable and their limits) and live through connecting (23) to connected
 * (22), with the second target in result2 / cur-bps2 / net2.
 */
@NonNullByDefault
class LiveTest extends EmulatorTestBase {

    private int addCustom(String key) {
        return api().result("add-server", "type", "0", "url", "rtmp://10.0.0.1/live", "key", key, "net-mode", "1");
    }

    private JsonArray servers() {
        return settings().getAsJsonArray("stream-server");
    }

    private JsonObject live() {
        return status().getAsJsonObject("live-status");
    }

    @Test
    void addSetDeleteServers() {
        assertEquals(0, api().result("add-server", "type", "0", "url", "192.168.1.123:345/live", "key", "aa",
                "name", "Studio"));
        JsonObject s = servers().get(0).getAsJsonObject();
        assertEquals(0, s.get("id").getAsInt());
        assertEquals("Studio", s.get("name").getAsString());
        assertEquals(0, s.get("is-use").getAsInt(), "new servers are disabled");
        assertEquals(11, s.keySet().size());
        assertEquals(0, api().result("set-server", "id", "0", "key", "bb", "name", "Studio B"));
        assertEquals("bb", servers().get(0).getAsJsonObject().get("key").getAsString());
        assertEquals(-14, api().result("set-server", "id", "7", "key", "cc"));
        assertEquals(-10, api().result("set-server", "id", "0", "name", " bad"));
        assertEquals(0, api().result("del-server", "id", "0"));
        assertEquals(0, servers().size());
        assertEquals(-14, api().result("del-server", "id", "0"));
    }

    @Test
    void serverArgumentsAreChecked() {
        assertEquals(-10, api().result("add-server", "type", "0", "key", "x"), "custom needs a URL");
        assertEquals(-10, api().result("add-server", "type", "2"), "YouTube needs a key");
        assertEquals(-10, api().result("add-server", "type", "4", "key", "x"));
        assertEquals(-10, api().result("add-server", "type", "1", "key", "x", "is-auth", "1"), "auth needs user");
        assertEquals(0, api().result("add-server", "type", "1", "key", "x", "is-auth", "1", "user", "u", "passwd",
                "p"));
        assertEquals(-10, api().result("add-server", "type", "1", "key", "y", "net-mode", "3"));
    }

    @Test
    void duplicatesAreRefusedAndSixteenIsTheLimit() {
        assertEquals(0, addCustom("k0"));
        assertEquals(-27, addCustom("k0"), "same URL and key");
        assertEquals(0, api().result("add-server", "type", "2", "url", "a", "key", "yt"));
        assertEquals(-27, api().result("add-server", "type", "2", "url", "b", "key", "yt"), "same key");
        for (int i = 1; i < 15; i++) {
            assertEquals(0, addCustom("k" + i));
        }
        assertEquals(16, servers().size());
        assertEquals(-10, addCustom("k99"));
    }

    @Test
    void atMostTwoEnabledAndOnlyOneWithFacebookOr8Mbps() {
        addCustom("a");
        addCustom("b");
        addCustom("c");
        api().result("add-server", "type", "3", "key", "fb");
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "1"));
        assertEquals(0x20, curStatus() & 0x20, "statusRTMPReady");
        assertEquals(0, api().result("enable-server", "id", "1", "is-use", "1"));
        assertEquals(-29, api().result("enable-server", "id", "2", "is-use", "1"), "errChannelsLimited");
        assertEquals(0, api().result("enable-server", "id", "1", "is-use", "0"));
        assertEquals(-31, api().result("enable-server", "id", "3", "is-use", "1"), "errFacebookLimited");
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "0"));
        assertEquals(0, api().result("enable-server", "id", "3", "is-use", "1"), "Facebook alone");
        assertEquals(-31, api().result("enable-server", "id", "0", "is-use", "1"));
        assertEquals(0, api().result("enable-server", "id", "3", "is-use", "0"));

        assertEquals(0, api().result("set-rec-control", "time-unit", "60"));
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "1"));
        assertEquals(0, api().result("set-video", "stream", "0", "kbps", "8192"));
        assertEquals(-30, api().result("enable-server", "id", "1", "is-use", "1"), "err8MLimited");
        assertEquals(0, api().result("set-video", "stream", "0", "kbps", "4096"));
        assertEquals(0, api().result("enable-server", "id", "1", "is-use", "1"));
        assertEquals(-30, api().result("set-video", "stream", "0", "kbps", "8192"));
        assertEquals(-10, api().result("enable-server", "id", "1", "is-use", "2"));
        assertEquals(-14, api().result("enable-server", "id", "9", "is-use", "1"));
    }

    @Test
    void startLiveWithoutServerIs29() {
        assertEquals(29, api().result("start-live"), "retLivingNotset");
        assertFalse(device().isLive());
        assertEquals(29, live().get("result").getAsInt());
    }

    @Test
    void liveGoesFromConnectingToConnectedOnBothTargets() {
        addCustom("a");
        api().result("add-server", "type", "2", "key", "yt", "net-mode", "2");
        api().result("enable-server", "id", "0", "is-use", "1");
        assertEquals(27, live().get("result").getAsInt(), "idle");
        api().result("enable-server", "id", "1", "is-use", "1");
        assertEquals(0, api().result("start-live"));
        assertTrue(device().isLive());
        assertEquals(0x04, curStatus() & 0x04, "statusLiving");
        JsonObject l = live();
        assertEquals(23, l.get("result").getAsInt(), "connecting");
        assertEquals(23, l.get("result2").getAsInt());
        assertEquals(0, l.get("cur-bps").getAsLong());
        advance(3);
        l = live();
        assertEquals(22, l.get("result").getAsInt(), "connected");
        assertEquals(22, l.get("result2").getAsInt());
        long bps = (4096 + 128) * 1024L;
        assertEquals(bps, l.get("cur-bps").getAsLong(), bps * 0.03);
        assertEquals(bps, l.get("cur-bps2").getAsLong(), bps * 0.03);
        assertEquals(1, l.get("net").getAsInt());
        assertEquals(2, l.get("net2").getAsInt());
        assertEquals(3000, l.get("run-ms").getAsLong());
        assertEquals(1, api().result("start-live"), "repeated");
        assertEquals(0, api().result("stop-live"));
        assertFalse(device().isLive());
        assertEquals(1, api().result("stop-live"));
    }

    @Test
    void oneTargetReportsNoSecond() {
        addCustom("a");
        api().result("enable-server", "id", "0", "is-use", "1");
        api().result("start-live");
        advance(3);
        JsonObject l = live();
        assertEquals(22, l.get("result").getAsInt());
        assertEquals(29, l.get("result2").getAsInt());
        assertEquals(0, l.get("cur-bps2").getAsLong());
    }

    @Test
    void hevcCannotGoLive() {
        addCustom("a");
        api().result("enable-server", "id", "0", "is-use", "1");
        assertEquals(0, api().result("set-stream", "live", "1", "mws", "1"));
        assertEquals(0, api().result("set-video", "stream", "0", "codec", "1", "profile", "0"));
        assertEquals(-32, api().result("set-stream", "live", "0", "mws", "1"), "an HEVC main stream cannot go live");
        assertEquals(0, api().result("start-live"), "live uses the H.264 sub-stream");
    }

    @Test
    void signalLossStopsLiveWhenAsked() {
        addCustom("a");
        api().result("enable-server", "id", "0", "is-use", "1");
        api().result("set-signal-lost-ctrl", "is-signal-lost", "1");
        api().result("start-live");
        device().setSignalPresent(false);
        assertFalse(device().isLive());
        assertEquals(-35, api().result("start-live"));
    }
}
