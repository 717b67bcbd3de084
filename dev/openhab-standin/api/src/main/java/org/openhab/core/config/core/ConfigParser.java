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
package org.openhab.core.config.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: maps configuration properties onto a configuration class or record by field name, converting numbers,
 * strings, booleans, enums and collections the way openHAB does. Like openHAB's, it logs every value it sets at
 * TRACE, secrets included. Fields without a property keep their initial
 * value; final and transient fields are skipped; a value that cannot be converted is skipped with a warning.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ConfigParser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigParser.class);

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(boolean.class, Boolean.class, byte.class,
            Byte.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class, float.class,
            Float.class, double.class, Double.class, char.class, Character.class);

    private static final Map<Class<?>, Object> PRIMITIVE_DEFAULTS = Map.of(boolean.class, false, byte.class,
            (byte) 0, short.class, (short) 0, int.class, 0, long.class, 0L, float.class, 0f, double.class, 0d,
            char.class, '\0');

    private ConfigParser() {
    }

    public static <T> @Nullable T configurationAs(Map<String, @Nullable Object> properties,
            Class<T> configurationClass) {
        try {
            return configurationClass.isRecord()
                    ? asRecord(properties, configurationClass)
                    : asObject(properties, configurationClass);
        } catch (ReflectiveOperationException e) {
            LOGGER.warn("Could not create configuration instance of '{}' with properties keys {}: {}",
                    configurationClass.getName(), properties.keySet(), e.getMessage(), e);
            return null;
        }
    }

    private static <T> T asObject(Map<String, @Nullable Object> properties, Class<T> configurationClass)
            throws ReflectiveOperationException {
        T configuration = configurationClass.getConstructor().newInstance();
        for (Class<?> c = configurationClass; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                Object raw = properties.get(field.getName());
                if (raw == null) {
                    LOGGER.trace("Field '{}' has no configuration entry, skipped", field.getName());
                    continue;
                }
                Object value = convert(raw, field.getType(), field.getGenericType(), field.getName());
                if (value != null) {
                    // as openHAB's parser does, the value itself is logged at TRACE, a password included
                    LOGGER.trace("Field '{}' ({}) of {} set to {}", field.getName(), field.getType().getSimpleName(),
                            configurationClass.getName(), value);
                    field.setAccessible(true);
                    field.set(configuration, value);
                }
            }
        }
        return configuration;
    }

    private static <T> T asRecord(Map<String, @Nullable Object> properties, Class<T> recordClass)
            throws ReflectiveOperationException, InvocationTargetException {
        RecordComponent[] components = recordClass.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            Object raw = properties.get(component.getName());
            Object value = raw == null
                    ? null
                    : convert(raw, component.getType(), component.getGenericType(), component.getName());
            if (value == null && component.getType().isPrimitive()) {
                value = PRIMITIVE_DEFAULTS.get(component.getType());
            }
            LOGGER.trace("Component '{}' ({}) of {} set to {}", component.getName(),
                    component.getType().getSimpleName(), recordClass.getName(), value);
            arguments[i] = value;
        }
        Constructor<T> constructor = recordClass.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }

    private static @Nullable Object convert(Object value, Class<?> type, @Nullable Type genericType, String name) {
        if (value instanceof Collection<?> values) {
            Collection<Object> target = List.class.isAssignableFrom(type)
                    ? new ArrayList<>()
                    : Set.class.isAssignableFrom(type) ? new HashSet<>() : null;
            if (target == null || !(genericType instanceof ParameterizedType parameterized)
                    || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> elementType)) {
                LOGGER.warn("Skipping field '{}': only List and Set of a simple element type are supported", name);
                return null;
            }
            values.stream().map(v -> valueAs(v, elementType)).filter(Objects::nonNull).forEach(target::add);
            return target;
        }
        Object converted = valueAs(value, type);
        if (converted == null) {
            LOGGER.warn("Could not set value for field '{}' because conversion failed", name);
        }
        return converted;
    }

    public static <T> T valueAsOrElse(@Nullable Object value, Class<T> type, T defaultValue) {
        return Objects.requireNonNullElse(valueAs(value, type), defaultValue);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <T> @Nullable T valueAs(@Nullable Object value, Class<T> type) {
        if (value == null || type.isAssignableFrom(value.getClass())) {
            return (T) value;
        }
        Class<?> target = WRAPPERS.getOrDefault(type, type);
        try {
            Object result = value;
            if (value instanceof Number number) {
                result = fromNumber(number, target);
            } else if (value instanceof String text && target != String.class) {
                if (target == Boolean.class) {
                    result = Boolean.valueOf(text);
                } else if (target.isEnum()) {
                    result = Enum.valueOf((Class<? extends Enum>) target, text);
                } else if (Set.class.isAssignableFrom(target)) {
                    result = Set.of(text);
                } else if (Collection.class.isAssignableFrom(target)) {
                    result = List.of(text);
                } else {
                    result = fromString(text, target);
                }
            }
            if (target.isInstance(result)) {
                return (T) result;
            }
        } catch (RuntimeException e) {
            // falls through to the warning below, as openHAB logs and returns null
        }
        LOGGER.warn("Conversion of value '{}' with type '{}' to '{}' failed. Returning null", value,
                value.getClass(), type);
        return null;
    }

    /** Parses with the target's own parser, so "5.0" is not an Integer, as in openHAB. */
    private static Object fromString(String text, Class<?> target) {
        if (target == Float.class) {
            return Float.valueOf(text);
        } else if (target == Double.class) {
            return Double.valueOf(text);
        } else if (target == Long.class) {
            return Long.valueOf(text);
        } else if (target == Integer.class) {
            return Integer.valueOf(text);
        } else if (target == Short.class) {
            return Short.valueOf(text);
        } else if (target == Byte.class) {
            return Byte.valueOf(text);
        } else if (target == BigDecimal.class) {
            return new BigDecimal(text);
        }
        return text;
    }

    private static Object fromNumber(Number number, Class<?> target) {
        if (target == Float.class) {
            return number.floatValue();
        } else if (target == Double.class) {
            return number.doubleValue();
        } else if (target == Long.class) {
            return number.longValue();
        } else if (target == Integer.class) {
            return number.intValue();
        } else if (target == Short.class) {
            return number.shortValue();
        } else if (target == Byte.class) {
            return number.byteValue();
        } else if (target == BigDecimal.class) {
            return new BigDecimal(number.toString());
        }
        return number;
    }
}
