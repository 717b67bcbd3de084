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
import java.lang.reflect.Constructor;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * The Gson the client parses replies with. Real firmware varies: fields are added, renamed, misspelled or sent
 * with another type. One odd field must never cost a whole poll, so every value that does not fit its field is
 * skipped (the field keeps its default), and a missing or null group of the DTO package becomes an empty group.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TolerantJson {

    private static final String DTO_PACKAGE = "org.openhab.binding.ultrastream.client.dto";

    public static final Gson GSON = new GsonBuilder().registerTypeAdapterFactory(new SkipWhatDoesNotFit())
            .disableHtmlEscaping().create();

    private TolerantJson() {
    }

    /**
     * Parses a reply leniently. Commas before a closing brace or bracket are dropped first: the document's own
     * {@code get-settings} example has one ({@code "time-unit": 5,}), and Gson refuses it even when lenient.
     *
     * @throws JsonParseException when the text is not JSON even so
     */
    public static JsonElement parse(String text) {
        return JsonParser.parseString(withoutTrailingCommas(text));
    }

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

    /** Wraps every type adapter: a value it cannot read yields null (for DTO groups: an empty group). */
    private static final class SkipWhatDoesNotFit implements TypeAdapterFactory {
        @Override
        public <T> @Nullable TypeAdapter<T> create(@Nullable Gson gson, @Nullable TypeToken<T> type) {
            if (gson == null || type == null) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            Class<? super T> raw = type.getRawType();
            boolean isDtoGroup = raw.getPackage() != null && DTO_PACKAGE.equals(raw.getPackage().getName());
            return new TypeAdapter<T>() {
                @Override
                public void write(@Nullable JsonWriter out, @Nullable T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                public @Nullable T read(@Nullable JsonReader in) throws IOException {
                    JsonElement element = elements.read(in);
                    T value = null;
                    if (element != null && !element.isJsonNull()) {
                        try {
                            value = delegate.fromJsonTree(element);
                        } catch (JsonParseException | IllegalStateException | NumberFormatException
                                | UnsupportedOperationException e) {
                            value = null; // does not fit: keep the field's default
                        }
                    }
                    if (value == null && isDtoGroup) {
                        value = newInstance(raw);
                    }
                    return value;
                }
            };
        }

        @SuppressWarnings("unchecked")
        private static <T> @Nullable T newInstance(Class<? super T> raw) {
            try {
                Constructor<? super T> constructor = raw.getDeclaredConstructor();
                return (T) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
    }
}
