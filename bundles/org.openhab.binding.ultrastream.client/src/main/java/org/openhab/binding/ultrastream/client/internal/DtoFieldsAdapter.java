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
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Reads one DTO class field by field: a new instance with its defaults, then each member of the JSON object into
 * the field of that name ({@link SerializedName}, alternates included). Unknown members are skipped, and a member
 * whose value reads as null (null in the reply, or skipped because it did not fit) leaves the field at its
 * default. Writing is Gson's own.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class DtoFieldsAdapter<T> extends TypeAdapter<T> {

    private final Constructor<? super T> constructor;
    private final Map<String, BoundField> fieldsByName = new HashMap<>();
    private final TypeAdapter<T> writer;

    /** One field and the adapter of its declared type. */
    private record BoundField(Field field, TypeAdapter<?> adapter) {
    }

    DtoFieldsAdapter(Gson gson, Class<? super T> type, TypeAdapter<T> writer) {
        this.writer = writer;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | SecurityException e) {
            throw new JsonIOException("DTO " + type.getName() + " has no constructor without arguments", e);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                field.setAccessible(true);
                BoundField bound = new BoundField(field, gson.getAdapter(TypeToken.get(field.getGenericType())));
                SerializedName name = field.getAnnotation(SerializedName.class);
                if (name == null) {
                    fieldsByName.putIfAbsent(field.getName(), bound);
                } else {
                    fieldsByName.putIfAbsent(name.value(), bound);
                    for (String alternate : name.alternate()) {
                        fieldsByName.putIfAbsent(alternate, bound);
                    }
                }
            }
        }
    }

    /** A new instance with the defaults of its field initializers. */
    @SuppressWarnings("unchecked")
    T newInstance() {
        try {
            return (T) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new JsonIOException("Cannot create " + constructor.getDeclaringClass().getName(), e);
        }
    }

    @Override
    public @Nullable T read(JsonReader in) throws IOException {
        T dto = newInstance();
        in.beginObject();
        while (in.hasNext()) {
            BoundField bound = fieldsByName.get(in.nextName());
            if (bound == null) {
                in.skipValue();
                continue;
            }
            Object value = bound.adapter().read(in);
            if (value != null) {
                set(bound.field(), dto, value);
            }
        }
        in.endObject();
        return dto;
    }

    private void set(Field field, T dto, Object value) {
        try {
            field.set(dto, value);
        } catch (IllegalAccessException e) {
            throw new JsonIOException("Cannot set " + field.getName(), e);
        }
    }

    @Override
    public void write(JsonWriter out, @Nullable T value) throws IOException {
        writer.write(out, value);
    }
}
