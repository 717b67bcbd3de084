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
package org.openhab.core.config.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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

    private final Map<String, Object> properties;

    public Configuration() {
        this((Map<String, Object>) null);
    }

    public Configuration(@Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties());
    }

    public Configuration(@Nullable Map<String, Object> properties) {
        this.properties = Collections.synchronizedMap(new HashMap<>());
        if (properties != null) {
            properties.forEach(this::put);
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

    /** openHAB stores numbers as BigDecimal; booleans and strings stay as they are. */
    private static Object normalize(Object value) {
        if (value instanceof BigDecimal || value instanceof String || value instanceof Boolean) {
            return value;
        } else if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        } else if (value instanceof Collection<?> collection) {
            return collection.stream().map(Configuration::normalize).toList();
        }
        throw new IllegalArgumentException("Invalid type '" + value.getClass().getName() + "' of configuration value");
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
