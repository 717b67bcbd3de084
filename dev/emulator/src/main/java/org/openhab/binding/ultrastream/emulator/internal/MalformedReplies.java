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
package org.openhab.binding.ultrastream.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.MalformedJson;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Turns a reply into its text, spoilt as the {@link MalformedJson} fault asks.
 */
@NonNullByDefault
final class MalformedReplies {

    private static final Gson GSON = Replies.GSON;
    private static final int OVERSIZED_BYTES = 4 * 1024 * 1024;

    private MalformedReplies() {
    }

    static String render(Object reply, MalformedJson mode) {
        switch (mode) {
            case TRUNCATED :
                String text = GSON.toJson(reply);
                return text.substring(0, text.length() / 2);
            case GARBAGE :
                return "<html><body>\u00ff\u00fe not json {{{</body></html>";
            case EMPTY :
                return "";
            case OVERSIZED :
                JsonObject big = GSON.toJsonTree(reply).getAsJsonObject();
                big.addProperty("x-padding", "x".repeat(OVERSIZED_BYTES));
                return GSON.toJson(big);
            case UNKNOWN_AND_MISSING_FIELDS :
                return GSON.toJson(mangle(GSON.toJsonTree(reply)));
            case NONE :
            default :
                return GSON.toJson(reply);
        }
    }

    /** Leaves out every second field (never {@code result}) and adds unknown ones, at every depth. */
    private static JsonElement mangle(JsonElement element) {
        if (element.isJsonArray()) {
            JsonArray out = new JsonArray();
            element.getAsJsonArray().forEach(e -> out.add(mangle(e)));
            return out;
        }
        if (!element.isJsonObject()) {
            return element;
        }
        JsonObject out = new JsonObject();
        List<Map.Entry<String, JsonElement>> entries = new ArrayList<>(element.getAsJsonObject().entrySet());
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, JsonElement> e = entries.get(i);
            if (i % 2 == 0 || "result".equals(e.getKey())) {
                out.add(e.getKey(), mangle(e.getValue()));
            }
        }
        out.addProperty("x-unknown-field", "added by the emulator");
        JsonObject nested = new JsonObject();
        nested.add("list", new JsonArray());
        out.add("x-unknown-object", nested);
        return out;
    }
}
