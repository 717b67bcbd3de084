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
package org.openhab.binding.ultrastream.client.internal;

import java.io.IOException;
import java.io.StringReader;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
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
        JsonElement element = readWithFallback(text, JsonParser::parseReader, true);
        return element != null ? element : JsonNull.INSTANCE;
    }

    /**
     * The result code of a reply: {@code result}, or else {@code status} (as {@code upload-update-file} sends it on
     * real firmware); null when neither is a whole number. The whole text is read, so that a reply that is not JSON
     * is refused here, but nothing is built: the caller then reads the DTO straight from the text ({@link #read}).
     * Same trailing-comma fallback as {@link #parse}.
     *
     * @throws JsonParseException when the text is not JSON even so
     * @throws IllegalStateException when it is JSON but not an object
     */
    public static @Nullable Integer resultCode(String text) {
        return readWithFallback(text, reader -> scanResultCode(reader, false), true);
    }

    /**
     * As {@link #resultCode}, but reads only up to the {@code result} member (the device sends it first), for a
     * reply whose DTO is read next: that read refuses a reply that is not JSON, so the text is read once, not twice.
     *
     * @throws JsonParseException when the text read up to the result is not JSON
     * @throws IllegalStateException when it is JSON but not an object
     */
    public static @Nullable Integer leadingResultCode(String text) {
        return readWithFallback(text, reader -> scanResultCode(reader, true), false);
    }

    /**
     * Reads a reply straight from its text into {@code type} with the tolerant adapters, without a tree in
     * between. Same trailing-comma fallback as {@link #parse}.
     *
     * @throws JsonParseException when the text is not JSON even so
     */
    public static <T> @Nullable T read(String text, Class<T> type) {
        TypeAdapter<T> adapter = GSON.getAdapter(type);
        return readWithFallback(text, adapter::read, true);
    }

    private static @Nullable Integer scanResultCode(JsonReader reader, boolean stopAtResult) throws IOException {
        Integer result = null;
        Integer status = null;
        reader.beginObject();
        while (reader.hasNext()) {
            if (stopAtResult && result != null) {
                return result; // the rest is read with the DTO
            }
            String name = reader.nextName();
            if (("result".equals(name) || "status".equals(name)) && reader.peek() == JsonToken.NUMBER) {
                try {
                    int value = reader.nextInt();
                    if ("result".equals(name)) {
                        result = value;
                    } else {
                        status = value;
                    }
                } catch (NumberFormatException e) {
                    reader.skipValue(); // not a whole int: counts as absent (Gson leaves it unconsumed)
                }
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return result != null ? result : status;
    }

    /** One way of reading a reply from a reader. */
    @FunctionalInterface
    private interface Reading<T> {
        @Nullable
        T read(JsonReader reader) throws IOException;
    }

    /**
     * Reads the text strictly; only if that fails, without trailing commas and leniently.
     *
     * @param whole whether the text must end where the reading ended
     */
    private static <T> @Nullable T readWithFallback(String text, Reading<T> reading, boolean whole) {
        try {
            return readText(text, Strictness.STRICT, reading, whole);
        } catch (JsonParseException | IOException e) {
            try {
                return readText(withoutTrailingCommas(text), Strictness.LENIENT, reading, whole);
            } catch (IOException again) {
                throw new JsonParseException("Not JSON", again);
            }
        }
    }

    private static <T> @Nullable T readText(String text, Strictness strictness, Reading<T> reading, boolean whole)
            throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(strictness);
        @Nullable
        T value = reading.read(reader);
        if (whole && reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonParseException("More than one JSON value");
        }
        return value;
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
