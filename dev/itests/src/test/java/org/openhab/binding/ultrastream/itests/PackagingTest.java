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
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped packaging, as the build left it in features/openhab-binding-ultrastream/target: the Karaf feature
 * needs openHAB's runtime and UPnP transport and lists the binding bundle alone (nothing of the stand-in, the
 * emulator or the test support), the KAR carries exactly that feature and that bundle, and the drop-in jar is
 * the binding jar itself.
 */
@NonNullByDefault
public class PackagingTest {

    private static final String FEATURE = "openhab-binding-ultrastream";

    private static Path target = Path.of(".");
    private static String version = "";

    @BeforeAll
    static void locate() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PackagingTest.class.getResourceAsStream("/itest-bundles.properties")) {
            assertNotNull(in);
            properties.load(in);
        }
        target = Path.of(properties.getProperty("features.dir"));
        version = properties.getProperty("project.version");
    }

    @Test
    void theFeatureNeedsOpenhabAndListsTheBindingAlone() throws Exception {
        Path file = target.resolve("feature/feature.xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());

        Element feature = null;
        NodeList features = document.getElementsByTagName("feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element element = (Element) features.item(i);
            if (FEATURE.equals(element.getAttribute("name"))) {
                feature = element;
            }
        }
        assertNotNull(feature, "feature " + FEATURE);
        assertEquals(List.of("openhab-runtime-base", "openhab-transport-upnp"), texts(feature, "feature"));
        assertEquals(List.of("mvn:org.openhab.addons.ultrastream/org.openhab.binding.ultrastream/" + version),
                texts(feature, "bundle"));
        assertEquals(List.of("mvn:org.openhab.core.features.karaf/org.openhab.core.features.karaf.openhab-core/5.2.1"
                + "/xml/features"), texts(document.getDocumentElement(), "repository"));
        String xml = Files.readString(file);
        for (String foreign : List.of("standin", "emulator", "ultrastream-host", "itests", "demo")) {
            assertFalse(xml.contains(foreign), "the feature names " + foreign);
        }
    }

    @Test
    void theKarCarriesTheFeatureAndTheBindingOnly() throws IOException {
        Path kar = target.resolve("org.openhab.binding.ultrastream-" + version + ".kar");
        List<String> payload = new ArrayList<>();
        try (ZipFile zip = new ZipFile(kar.toFile())) {
            zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("repository/") && !n.endsWith("/"))
                    .filter(n -> !n.endsWith("maven-metadata-local.xml")).forEach(payload::add);
        }
        String base = "repository/org/openhab/addons/ultrastream/";
        List<String> expected = List.of(
                base + "org.openhab.binding.ultrastream/" + version + "/org.openhab.binding.ultrastream-" + version
                        + ".jar",
                base + "org.openhab.binding.ultrastream.feature/" + version
                        + "/org.openhab.binding.ultrastream.feature-" + version + "-features.xml");
        assertEquals(expected.stream().sorted().toList(), payload.stream().sorted().toList());
    }

    @Test
    void theDropInJarIsTheBindingJar() throws IOException {
        Path dropIn = target.resolve("org.openhab.binding.ultrastream-" + version + ".jar");
        assertTrue(Files.isRegularFile(dropIn), dropIn.toString());
        assertEquals(-1L, Files.mismatch(dropIn, Path.of(ItestOptions.bindingJar())));
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                texts.add(nodes.item(i).getTextContent().trim());
            }
        }
        return texts;
    }
}
