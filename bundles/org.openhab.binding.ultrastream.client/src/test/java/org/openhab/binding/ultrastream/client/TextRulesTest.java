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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document's character rules for names and folders.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "Ultra Stream C301181214002", "a", "A.b_c-d+e'f", "12345678901234567890123456789012" })
    void acceptsNamesOfTheDocument(String name) {
        assertNull(TextRules.checkName("name", name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " lead", "trail ", "123456789012345678901234567890123", "a&method=reboot", "ä",
            "a/b", "tab\there", "%26" })
    void refusesOtherNames(String name) {
        assertNotNull(TextRules.checkName("name", name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "REC_Folder", "a/b", "My Rec/2024 A" })
    void acceptsFoldersOfAtMostTwoLevels(String folder) {
        assertNull(TextRules.checkFolder(folder));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "/a", "a/", " a", "a ", "a/b/c", "a//b", "../x", "a/..", "a\\b", "a?b" })
    void refusesOtherFolders(String folder) {
        assertNotNull(TextRules.checkFolder(folder));
    }
}
