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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: configuration properties of a thing or channel. Like openHAB, values are kept normalised (numbers as
 * {@link BigDecimal}, strings, booleans, and lists of these), and {@link #as(Class)} maps them onto the fields of
 * a configuration class by name (see {@link ConfigParser}). Like in openHAB, this class carries no nullness default.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
public class Configuration {

    private static final Set<String> OSGI_KEYS = Set.of("objectClass", "component.name", "component.id");

    private final Map<String, Object> properties;

    public Configuration() {
        this.properties = Collections.synchronizedMap(new HashMap<>());
    }

    public Configuration(@Nullable Configuration configuration) {
        this();
        if (configuration != null) {
            properties.putAll(configuration.getProperties()); // already normalised
        }
    }

    public Configuration(@Nullable Map<String, Object> properties) {
        this();
        if (properties != null) {
            // as openHAB, the keys OSGi adds to component properties are not configuration
            properties.entrySet().stream().filter(entry -> !OSGI_KEYS.contains(entry.getKey()))
                    .forEach(entry -> put(entry.getKey(), entry.getValue()));
        }
    }

    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigParser.configurationAs(properties, configurationClass);
        }
    }

    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    public Object get(String key) {
        return properties.get(key);
    }

    public Object put(String key, @Nullable Object value) {
        return properties.put(key, value == null ? null : normalize(value));
    }

    public Object remove(String key) {
        return properties.remove(key);
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    public void setProperties(Map<String, Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    /**
     * As openHAB's normalizers: whole numbers and floats become {@link BigDecimal}; a BigDecimal with more than one
     * decimal place loses its trailing zeros (keeping at least one); strings and booleans stay; collections are
     * normalised element by element and must not mix types.
     */
    private static Object normalize(Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        } else if (value instanceof BigDecimal decimal) {
            return withoutTrailingZeros(decimal);
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long) {
            return new BigDecimal(((Number) value).longValue());
        } else if (value instanceof Float || value instanceof Double) {
            return new BigDecimal(value.toString());
        } else if (value instanceof Number) {
            return value;
        } else if (value instanceof Collection<?> collection) {
            List<Object> normalized = new ArrayList<>();
            for (Object element : collection) {
                if (element != null) {
                    normalized.add(normalize(element));
                    if (normalized.get(0).getClass() != normalized.get(normalized.size() - 1).getClass()) {
                        throw new IllegalArgumentException(
                                "Invalid configuration property. Heterogeneous collection value!");
                    }
                }
            }
            return normalized;
        }
        throw new IllegalArgumentException("Invalid type '" + value.getClass().getName() + "' of configuration value");
    }

    private static BigDecimal withoutTrailingZeros(BigDecimal value) {
        if (value.scale() <= 1) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() == 0 ? stripped.setScale(1) : stripped;
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        return "Configuration" + keySet(); // values left out: they may hold passwords
    }
}
