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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.internal.TolerantJson;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * {@link DeviceStatus#sameApartFromClock}, which lets the handler skip mapping a reply that repeats the one before:
 * a change of any single value of a real reply, however deep, makes two replies differ; only the device's clock does
 * not.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class SameApartFromClockTest {

    private static JsonObject statusTree() throws IOException {
        try (InputStream in = Objects
                .requireNonNull(SameApartFromClockTest.class.getResourceAsStream("get-status.json"))) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static <T> T read(JsonElement json, Class<T> type) {
        return Objects.requireNonNull(TolerantJson.read(json.toString(), type));
    }

    /** Each value of the tree, as a path and a setter that changes it in place. */
    private static void eachValue(JsonElement node, String path, List<Map.Entry<String, Runnable>> found) {
        if (node instanceof JsonObject object) {
            for (String key : List.copyOf(object.keySet())) {
                JsonElement child = object.get(key);
                if (child.isJsonPrimitive() || child.isJsonNull()) {
                    found.add(Map.entry(path + "/" + key, () -> object.add(key, changed(child))));
                } else {
                    eachValue(child, path + "/" + key, found);
                }
            }
        } else if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                JsonElement child = array.get(i);
                int index = i;
                if (child.isJsonPrimitive() || child.isJsonNull()) {
                    found.add(Map.entry(path + "[" + i + "]", () -> array.set(index, changed(child))));
                } else {
                    eachValue(child, path + "[" + i + "]", found);
                }
            }
        }
    }

    private static JsonElement changed(JsonElement value) {
        if (value.isJsonNull()) {
            return new JsonPrimitive(0);
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return new JsonPrimitive(!primitive.getAsBoolean());
        }
        if (primitive.isNumber()) {
            return new JsonPrimitive(primitive.getAsBigDecimal().add(java.math.BigDecimal.ONE));
        }
        return new JsonPrimitive(primitive.getAsString() + "x");
    }

    @Test
    void aReplyReadTwiceIsTheSame() throws IOException {
        JsonObject tree = statusTree();
        assertTrue(read(tree, DeviceStatus.class).sameApartFromClock(read(tree, DeviceStatus.class)));
        assertFalse(read(tree, DeviceStatus.class).sameApartFromClock(null));
    }

    @Test
    void onlyTheClockMayChange() throws IOException {
        DeviceStatus before = read(statusTree(), DeviceStatus.class);
        List<Map.Entry<String, Runnable>> values = new ArrayList<>();
        eachValue(statusTree(), "", values);
        assertTrue(values.size() > 50, "the sample reply has its values: " + values.size());
        for (int i = 0; i < values.size(); i++) {
            // a fresh tree each time, with this one value changed
            List<Map.Entry<String, Runnable>> fresh = new ArrayList<>();
            JsonObject tree = statusTree();
            eachValue(tree, "", fresh);
            Map.Entry<String, Runnable> value = fresh.get(i);
            value.getValue().run();
            DeviceStatus after = read(tree, DeviceStatus.class);
            if (value.getKey().equals("/cur-time")) {
                assertTrue(after.sameApartFromClock(before), "the clock alone");
            } else if (!value.getKey().equals("/result")) { // the result is checked, not kept in the DTO
                assertFalse(after.sameApartFromClock(before), value.getKey() + " changed");
            }
        }
    }

    @Test
    void theFamilysListsAndNullElementsCount() {
        EncodeStatus a = read(JsonParser.parseString("{\"vumeters\":[1,null,3],\"cur-time\":\"t1\"}"),
                EncodeStatus.class);
        EncodeStatus b = read(JsonParser.parseString("{\"vumeters\":[1,0,3],\"cur-time\":\"t2\"}"), EncodeStatus.class);
        EncodeStatus c = read(JsonParser.parseString("{\"vumeters\":[1,null,3],\"cur-time\":\"t2\"}"),
                EncodeStatus.class);
        EncodeStatus d = read(JsonParser.parseString("{\"vumeters\":[1,null],\"cur-time\":\"t2\"}"),
                EncodeStatus.class);
        assertFalse(b.sameApartFromClock(a));
        assertTrue(c.sameApartFromClock(a));
        assertFalse(d.sameApartFromClock(a));
        assertFalse(read(JsonParser.parseString("{}"), DeviceStatus.class).sameApartFromClock(a),
                "a reply of the other product");
    }
}
