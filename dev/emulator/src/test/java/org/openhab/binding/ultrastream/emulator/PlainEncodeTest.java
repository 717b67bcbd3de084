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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The Ultra Encode HDMI Plus, for the plain and Plus models: only what the plain page shows, and the shared methods
 * working behind it.
 */
@NonNullByDefault
class PlainEncodeTest extends EmulatorTestBase {

    @Override
    protected EmulatorOptions.Builder options() {
        return super.options().model(Model.ULTRA_ENCODE_HDMI_PLUS);
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    @Test
    void theSkeletonHoldsNothingThePageDoesNotShow() {
        JsonObject s = status();
        assertEquals(List.of(), keys(s.getAsJsonObject("sysstat")), "the page shows sysstat without contents");
        assertEquals(List.of("live"), keys(s.getAsJsonObject("live-status")));
        assertEquals(2, s.get("channel-count").getAsInt());
        assertEquals(2, s.getAsJsonArray("vumeters").size());
        for (String absent : List.of("rec-status", "codec", "cpu-temperature", "disk-info", "input-source", "nas")) {
            assertFalse(s.has(absent), absent);
        }
        assertEquals(List.of("result", "name", "stream-server"), keys(settings()));
    }

    @Test
    void recordingAndLiveRunBehindTheSkeleton() {
        assertEquals(0, api().result("add-server", "type", "2", "key", "yt"));
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "1"));
        assertEquals(0, api().result("start-live"));
        assertEquals(0, api().result("start-rec"));
        advance(4);
        JsonObject s = status();
        assertEquals(0x06, s.get("cur-status").getAsInt() & 0x06, "statusRecord and statusLiving");
        JsonArray live = s.getAsJsonObject("live-status").getAsJsonArray("live");
        JsonObject entry = live.get(0).getAsJsonObject();
        assertEquals(List.of("id", "type", "is-use", "is-skd-runnung", "name", "run-ms", "result", "stream-index"),
                keys(entry), "no rates the page does not show");
        assertEquals(22, entry.get("result").getAsInt());
        assertEquals(4_000, entry.get("run-ms").getAsLong());
        assertEquals(1, api().call("get-media-files", "disk-type", "1").getAsJsonArray("media-files").size());
        assertEquals(0, api().result("stop-live"));
        assertEquals(27, status().getAsJsonObject("live-status").getAsJsonArray("live").get(0).getAsJsonObject()
                .get("result").getAsInt());
    }

    @Test
    void thePlusTakesTheAiosServerTypes() {
        assertEquals(-10, api().result("add-server", "type", "3", "key", "fb", "stream-index", "2"));
        assertEquals(0, api().result("add-server", "type", "150", "url", "rist://a"), "RIST Caller");
    }
}
