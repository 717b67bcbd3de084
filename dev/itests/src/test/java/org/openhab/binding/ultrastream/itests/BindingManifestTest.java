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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * Build-time check of the shipped binding jar's manifest: it imports only what openHAB 5.x provides at
 * runtime ({@code openhab-runtime.properties}), every openHAB core package with the range {@code [5.2,6)}
 * (openhab-core 5.2.1's bundles export their packages at the bundle version, 5.2.1), and every other
 * range contains the version openHAB 5.2.1 ships. The jar carries none of the stand-in's or the emulator's
 * classes. Runs in {@code mvn verify}: an unexpected import fails the build.
 */
@NonNullByDefault
public class BindingManifestTest {

    private static final String OPENHAB_CORE_RANGE = "[5.2,6)";
    private static final Pattern VERSION_ATTRIBUTE = Pattern.compile(";\\s*version\\s*=\\s*\"?([^\";]+)\"?");
    private static final Pattern OPTIONAL = Pattern.compile(";\\s*resolution\\s*:=\\s*optional");

    private static Map<String, Version> provided = Map.of();
    private static Attributes manifest = new Attributes();
    private static List<String> entries = List.of();

    @BeforeAll
    static void readJar() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BindingManifestTest.class.getResourceAsStream("/openhab-runtime.properties")) {
            assertNotNull(in, "openhab-runtime.properties");
            properties.load(in);
        }
        Map<String, Version> versions = new TreeMap<>();
        properties.forEach((prefix, version) -> versions.put((String) prefix, Version.parseVersion((String) version)));
        provided = versions;

        Path jar = Path.of(ItestOptions.bindingJar());
        assertTrue(Files.isRegularFile(jar), "the binding jar is built before this test: " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest().getMainAttributes();
            entries = file.stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    void importsOnlyWhatOpenhabProvides() {
        assertEquals(List.of(), problems(manifest.getValue("Import-Package")),
                "unexpected imports in the binding's manifest");
    }

    @Test
    void theCheckRejectsForeignPackagesAndWrongRanges() {
        String header = "com.example.foo,org.openhab.core.thing;version=\"[4.0,5)\",org.slf4j;version=\"[1.7,2)\","
                + "org.eclipse.jetty.client;version=\"[9.4,10)\",com.example.bar;resolution:=optional";
        assertEquals(List.of("com.example.foo is not provided by openHAB",
                "org.openhab.core.thing must be imported with version=\"[5.2,6)\": org.openhab.core.thing;version=\"[4.0,5)\"",
                "org.slf4j range [1.7,2) excludes openHAB's 2.0.17"), problems(header));
    }

    @Test
    void importsOpenhabCoreAtTheRangeOpenhab5Exports() {
        // The check above is only as good as the range it compares with: openHAB 5.2.1 exports at 5.2.1.
        VersionRange range = new VersionRange(OPENHAB_CORE_RANGE);
        assertTrue(range.includes(provided.get("org.openhab.core")));
        assertFalse(range.includes(Version.parseVersion("6.0.0")));
        assertTrue(clauses(manifest.getValue("Import-Package")).stream()
                .anyMatch(c -> c.startsWith("org.openhab.core.thing;")), "the binding imports org.openhab.core.thing");
    }

    @Test
    void requiresNoBundleAndImportsNothingDynamically() {
        assertNull(manifest.getValue("Require-Bundle"));
        assertNull(manifest.getValue("DynamicImport-Package"));
        assertEquals("org.openhab.binding.ultrastream", manifest.getValue("Bundle-SymbolicName").split(";")[0].trim());
    }

    @Test
    void carriesNoStandInNorEmulatorClasses() {
        List<String> foreign = entries.stream().filter(e -> e.startsWith("org/openhab/core/")
                || e.startsWith("org/openhab/binding/ultrastream/emulator/")).toList();
        assertEquals(List.of(), foreign);
    }

    /** What is wrong with an Import-Package header, one line per import; empty when all is well. */
    static List<String> problems(@Nullable String importHeader) {
        List<String> problems = new ArrayList<>();
        for (String clause : clauses(importHeader)) {
            String pkg = clause.split(";", 2)[0].trim();
            @Nullable
            Version version = providedVersion(pkg);
            Matcher range = VERSION_ATTRIBUTE.matcher(clause);
            if (version == null) {
                if (!OPTIONAL.matcher(clause).find()) {
                    problems.add(pkg + " is not provided by openHAB");
                }
            } else if (pkg.startsWith("org.openhab.core")) {
                if (!range.find() || !OPENHAB_CORE_RANGE.equals(range.group(1))) {
                    problems.add(pkg + " must be imported with version=\"" + OPENHAB_CORE_RANGE + "\": " + clause);
                }
            } else if (range.find() && !new VersionRange(range.group(1)).includes(version)) {
                problems.add(pkg + " range " + range.group(1) + " excludes openHAB's " + version);
            }
        }
        return problems;
    }

    private static @Nullable Version providedVersion(String pkg) {
        for (Map.Entry<String, Version> entry : provided.entrySet()) {
            String prefix = entry.getKey();
            if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Splits a manifest header into its clauses at commas outside quotes. */
    static List<String> clauses(@Nullable String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString().trim());
        }
        return clauses;
    }
}
