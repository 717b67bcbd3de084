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
package org.openhab.binding.ultrastream.itests;

import static org.ops4j.pax.exam.CoreOptions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.ops4j.pax.exam.Option;

/**
 * The framework that every integration test starts: Apache Felix with Felix SCR, openHAB's runtime
 * dependencies from the local Maven repository, the openHAB core stand-in and the emulator. The shipped
 * binding bundle is added by {@link #withBinding()}. The bundle list lives in {@code itest-bundles.properties},
 * which Maven fills in, so versions are those of the reactor's pom.
 */
@NonNullByDefault
public final class ItestOptions {

    private static final Properties BUNDLES = load();

    private ItestOptions() {
    }

    /** Felix, SCR, the runtime dependencies, the stand-in, the emulator and the console host. */
    public static Option[] framework() {
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        options.add(workingDirectory("target/paxexam"));
        // openHAB provides SLF4J to add-ons; here the system bundle exports it from the test class path, at
        // 2.x for the binding and at 1.7 for Pax Exam's own bundles, which import [1.4,2).
        String slf4j = BUNDLES.getProperty("slf4j.version");
        options.add(systemPackages("org.slf4j;version=" + slf4j, "org.slf4j.spi;version=" + slf4j,
                "org.slf4j.event;version=" + slf4j, "org.slf4j.helpers;version=" + slf4j, "org.slf4j;version=1.7.36"));
        options.add(junitBundles());
        for (String url : BUNDLES.getProperty("runtime.bundles").split(",")) {
            options.add(bundle(url.trim()));
        }
        options.add(bundle(BUNDLES.getProperty("standin.bundle")));
        options.add(bundle(BUNDLES.getProperty("emulator.bundle")));
        options.add(bundle(BUNDLES.getProperty("host.bundle")));
        return options.toArray(Option[]::new);
    }

    /** {@link #framework()} and the shipped binding bundle. */
    public static Option[] withBinding() {
        List<Option> options = new ArrayList<>(List.of(framework()));
        options.add(bundle(BUNDLES.getProperty("binding.bundle")));
        return options.toArray(Option[]::new);
    }

    /** The path of the shipped binding jar, as the build left it. */
    public static String bindingJar() {
        return BUNDLES.getProperty("binding.jar");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ItestOptions.class.getResourceAsStream("/itest-bundles.properties")) {
            if (in == null) {
                throw new IllegalStateException("itest-bundles.properties is missing from the test class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
