/**
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
package org.openhab.binding.ultrastream.client.internal;

import java.io.IOException;
import java.io.StringReader;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * How the client reads replies. Real firmware varies: fields are added, renamed, misspelled or sent with another
 * type. One odd field must never cost a whole poll, so {@link #GSON} skips every value that does not fit its field
 * (the field keeps its default), and a missing or null group of the DTO package becomes an empty group (see
 * {@link TolerantAdapterFactory}).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TolerantJson {

    /** Reads DTOs tolerantly; one instance, so Gson builds each adapter once. */
    public static final Gson GSON = new GsonBuilder().registerTypeAdapterFactory(new TolerantAdapterFactory())
            .disableHtmlEscaping().create();

    private TolerantJson() {
    }

    /**
     * Parses a reply. Most replies are plain JSON and are parsed as they are. Only if that fails, commas before a
     * closing brace or bracket are dropped and the text is parsed leniently: the document's own
     * {@code get-settings} example has one ({@code "time-unit": 5,}), and Gson refuses it even when lenient.
     *
     * @throws JsonParseException when the text is not JSON even so
     */
    public static JsonElement parse(String text) {
        try {
            return parseStrictly(text);
        } catch (JsonParseException | IOException e) {
            return JsonParser.parseString(withoutTrailingCommas(text));
        }
    }

    private static JsonElement parseStrictly(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement element = JsonParser.parseReader(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonParseException("More than one JSON value");
        }
        return element;
    }

    /** The text without commas that stand right before a closing brace or bracket (outside strings). */
    static String withoutTrailingCommas(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ',' && closesNext(text, i + 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean closesNext(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '}' || c == ']';
            }
        }
        return false;
    }
}
