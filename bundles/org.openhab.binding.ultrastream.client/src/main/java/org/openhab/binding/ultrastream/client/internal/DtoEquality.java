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

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;

/**
 * Whether two replies read into DTOs hold the same values, field by field, through nested DTOs and lists. It reads
 * the fields themselves, so a field added to a DTO is compared without anyone having to remember it here.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DtoEquality {

    /** The fields of each DTO class and its superclasses, looked up once per class. */
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private DtoEquality() {
    }

    /** Whether the two DTOs are equal in every field except those named in {@code ignored}, on the top level. */
    public static boolean equal(Object a, Object b, Set<String> ignored) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        List<Field> fields = FIELDS.get(a.getClass());
        if (fields == null) {
            fields = List.copyOf(DtoFieldsAdapter.fields(a.getClass()));
            FIELDS.put(a.getClass(), fields);
        }
        try {
            for (Field field : fields) {
                if (!ignored.contains(field.getName()) && !values(field.get(a), field.get(b))) {
                    return false;
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("A DTO field cannot be read: " + e.getMessage(), e);
        }
        return true;
    }

    private static boolean values(@Nullable Object a, @Nullable Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof List<?> listA && b instanceof List<?> listB) {
            if (listA.size() != listB.size()) {
                return false;
            }
            for (int i = 0; i < listA.size(); i++) {
                if (!values(listA.get(i), listB.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().getPackage() == DeviceStatus.class.getPackage()) {
            return equal(a, b, Set.of());
        }
        return a.equals(b); // numbers, strings, enums, Gson elements
    }
}
