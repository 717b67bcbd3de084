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
import org.junit.jupiter.api.Test;

/**
 * Text from the network loses what could forge a log line, move a terminal's cursor or read differently from what
 * it is, and its length is bounded.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class NetworkTextTest {

    @Test
    void plainNamesStayAsTheyAre() {
        assertEquals("Studio A", NetworkText.clean("Studio A", 64));
        assertEquals("Bühne 2 – 舞台", NetworkText.clean("Bühne 2 – 舞台", 64));
        assertEquals("", NetworkText.clean(null, 64));
    }

    @Test
    void escapeSequencesGoAsAWholeAndLineBreaksBecomeOneSpace() {
        assertEquals("Stage forged", NetworkText.clean("\u001B[2J\u001B[1;31mStage\u001B[0m\r\nforged", 64));
        assertEquals("a b", NetworkText.clean("a\u001Bb".replace("\u001B", "\u001B\t"), 64));
        assertEquals("ab", NetworkText.clean("a\u001B[12", 64) + "b", "a sequence cut short at the end");
        assertEquals("x y", NetworkText.clean("x\u2028\u2029\u0085y", 64));
    }

    @Test
    void controlAndInvisibleFormatCharactersGo() {
        // C0, DEL, C1 (CSI), bidi overrides and isolates, zero-width joiner and space, BOM, a lone surrogate
        String text = "a\u0000\u0007\u007F\u009B\u202Eb\u2066\u200D\u200B\uFEFFc\uD800d";
        assertEquals("abcd", NetworkText.clean(text, 64));
    }

    @Test
    void theLengthIsBoundedAndNeverSplitsASurrogatePair() {
        assertEquals("x".repeat(64), NetworkText.clean("x".repeat(10_000), 64));
        String emoji = "\uD83C\uDFAC"; // a clapper board, two chars
        assertEquals("ab", NetworkText.clean("ab" + emoji, 3));
        assertEquals("ab" + emoji, NetworkText.clean("ab" + emoji, 4));
    }
}
