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
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Reads a value with its Gson adapter only if the value fits; otherwise skips it and returns a fallback (null, so
 * that the field keeps its default, or an empty DTO group). It reads straight from the reader, once: it looks at
 * the next token first, and a string or number that still fails to convert (such as {@code "fast"} for a
 * {@code double}) is still unread after the failure, so it can be skipped.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class SkippingAdapter<T> extends TypeAdapter<T> {

    static final Set<JsonToken> OBJECT = EnumSet.of(JsonToken.BEGIN_OBJECT);
    static final Set<JsonToken> ARRAY = EnumSet.of(JsonToken.BEGIN_ARRAY);
    static final Set<JsonToken> SCALAR = EnumSet.of(JsonToken.STRING, JsonToken.NUMBER, JsonToken.BOOLEAN);

    private final TypeAdapter<T> delegate;
    private final Set<JsonToken> fits;
    private final Supplier<@Nullable T> fallback;

    /**
     * @param fits the tokens a value of this type starts with ({@link #OBJECT}, {@link #ARRAY} or {@link #SCALAR})
     * @param fallback what a null or skipped value reads as
     */
    SkippingAdapter(TypeAdapter<T> delegate, Set<JsonToken> fits, Supplier<@Nullable T> fallback) {
        this.delegate = delegate;
        this.fits = fits;
        this.fallback = fallback;
    }

    @Override
    public @Nullable T read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (!fits.contains(token)) {
            in.skipValue(); // null, or a value of another shape
            return fallback.get();
        }
        if (!SCALAR.contains(token)) {
            return delegate.read(in); // an object or array: its values are read by skipping adapters in turn
        }
        try {
            return delegate.read(in);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            in.skipValue();
            return fallback.get();
        }
    }

    @Override
    public void write(JsonWriter out, @Nullable T value) throws IOException {
        delegate.write(out, value);
    }
}
