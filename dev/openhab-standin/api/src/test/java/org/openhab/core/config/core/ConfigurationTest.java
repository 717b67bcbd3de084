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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Normalisation and {@link Configuration#as(Class)} mapping of the stand-in, as openHAB does them.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ConfigurationTest {

    enum Mode {
        FAST,
        SLOW
    }

    /** A configuration class as bindings write them: public fields with defaults. */
    public static class DeviceConfig {
        public String hostname = "";
        public int port = 80;
        public @Nullable Integer refreshInterval;
        public long timeoutMillis = 1000;
        public double ratio;
        public boolean secure;
        public @Nullable BigDecimal threshold;
        public Mode mode = Mode.FAST;
        public List<Integer> channels = List.of();
        public final String fixed = "kept";
        public transient String ignored = "kept";
        public String untouched = "default";
    }

    public record RecordConfig(String hostname, int port, boolean secure) {
    }

    @Test
    void storesNumbersAsBigDecimal() {
        Configuration configuration = new Configuration(Map.of("port", 8080, "ratio", 0.5, "name", "x"));

        assertEquals(new BigDecimal("8080"), configuration.get("port"));
        assertEquals(new BigDecimal("0.5"), configuration.get("ratio"));
        assertEquals("x", configuration.get("name"));
    }

    @Test
    void normalisesLikeOpenHab() {
        Configuration configuration = new Configuration(Map.of("a", new BigDecimal("2.500"), "b",
                new BigDecimal("3.00"), "c", new BigDecimal("1.0"), "component.name", "x", "list", List.of(1, 2)));

        assertEquals("2.5", configuration.get("a").toString());
        assertEquals("3.0", configuration.get("b").toString());
        assertEquals("1.0", configuration.get("c").toString());
        assertFalse(configuration.containsKey("component.name"));
        assertEquals(List.of(BigDecimal.ONE, new BigDecimal(2)), configuration.get("list"));
        assertThrows(IllegalArgumentException.class, () -> configuration.put("mixed", List.of(1, "two")));
        assertThrows(IllegalArgumentException.class, () -> configuration.put("object", new Object()));
    }

    @Test
    void mapsFieldsByNameConvertingNumbersStringsAndBooleans() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hostname", "192.0.2.1");
        properties.put("port", new BigDecimal("8080"));
        properties.put("refreshInterval", "30");
        properties.put("timeoutMillis", 2500);
        properties.put("ratio", "0.25");
        properties.put("secure", "true");
        properties.put("threshold", 7);
        properties.put("mode", "SLOW");
        properties.put("channels", List.of(1, 2));
        properties.put("fixed", "changed");
        properties.put("ignored", "changed");
        properties.put("unknown", "whatever");

        DeviceConfig config = new Configuration(properties).as(DeviceConfig.class);

        assertEquals("192.0.2.1", config.hostname);
        assertEquals(8080, config.port);
        assertEquals(30, config.refreshInterval);
        assertEquals(2500L, config.timeoutMillis);
        assertEquals(0.25, config.ratio);
        assertTrue(config.secure);
        assertEquals(new BigDecimal("7"), config.threshold);
        assertEquals(Mode.SLOW, config.mode);
        assertEquals(List.of(1, 2), config.channels);
        assertEquals("kept", config.fixed);
        assertEquals("kept", config.ignored);
        assertEquals("default", config.untouched);
    }

    @Test
    void skipsValuesThatDoNotConvert() {
        DeviceConfig config = new Configuration(Map.of("port", "eighty", "refreshInterval", "2.5"))
                .as(DeviceConfig.class);

        assertEquals(80, config.port);
        assertNull(config.refreshInterval);
    }

    @Test
    void mapsRecordsWithPrimitiveDefaults() {
        RecordConfig config = new Configuration(Map.of("hostname", "h")).as(RecordConfig.class);

        assertEquals(new RecordConfig("h", 0, false), config);
    }
}
