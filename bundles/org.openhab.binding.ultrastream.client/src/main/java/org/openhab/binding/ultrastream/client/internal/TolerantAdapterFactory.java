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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;

/**
 * Makes the adapters of the types the DTOs hold tolerant: a value that does not fit is skipped instead of failing
 * the reply. DTO classes are read field by field ({@link DtoFieldsAdapter}); every value, at every level, is
 * checked by a {@link SkippingAdapter} before it is read. Types the DTOs do not use (maps, dates, …) are left to
 * Gson as they are.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class TolerantAdapterFactory implements TypeAdapterFactory {

    private static final String DTO_PACKAGE = "org.openhab.binding.ultrastream.client.dto";

    @Override
    public <T> @Nullable TypeAdapter<T> create(@Nullable Gson gson, @Nullable TypeToken<T> type) {
        if (gson == null || type == null) {
            return null;
        }
        Class<? super T> raw = type.getRawType();
        if (isDto(raw)) {
            DtoFieldsAdapter<T> fields = new DtoFieldsAdapter<>(gson, raw, gson.getDelegateAdapter(this, type));
            // A group that does not fit, or is null, becomes an empty group: callers never meet a null group.
            return new SkippingAdapter<>(fields, SkippingAdapter.OBJECT, fields::newInstance);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return new SkippingAdapter<>(gson.getDelegateAdapter(this, type), SkippingAdapter.ARRAY, () -> null);
        }
        if (isScalar(raw)) {
            return new SkippingAdapter<>(gson.getDelegateAdapter(this, type), SkippingAdapter.SCALAR, () -> null);
        }
        return null;
    }

    private static boolean isDto(Class<?> raw) {
        Package p = raw.getPackage();
        return p != null && DTO_PACKAGE.equals(p.getName()) && !raw.isInterface() && !raw.isEnum();
    }

    /** Strings, numbers and booleans: Gson reads each of them from a string, a number or a boolean token. */
    private static boolean isScalar(Class<?> raw) {
        return raw.isPrimitive() || raw == String.class || Number.class.isAssignableFrom(raw)
                || raw == Boolean.class || raw == Character.class;
    }
}
