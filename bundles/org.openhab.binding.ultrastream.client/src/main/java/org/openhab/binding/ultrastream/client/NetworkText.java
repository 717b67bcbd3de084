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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Makes text that came from the network (a datagram, a device description, a device's reply) safe to show in a
 * label, a thing property, a channel state or a log line: whatever a device or a stranger on the LAN sent, the
 * result holds no control characters, so it cannot forge a log line or a terminal escape, and no invisible format
 * characters (bidi overrides, zero-width characters), so it cannot read differently from what it is; and it has a
 * bounded length.
 */
@NonNullByDefault
public final class NetworkText {

    /**
     * The bound for names (box names, UPnP friendly and model names, thing properties): twice the longest device
     * name the document allows ({@link TextRules#MAX_NAME_LENGTH}), as firmware may not keep to it.
     */
    public static final int MAX_NAME = 2 * TextRules.MAX_NAME_LENGTH;

    private static final char ESC = '\u001B';

    private NetworkText() {
    }

    /**
     * The text without control, format, line and paragraph separator characters and lone surrogates, trimmed, and
     * cut to at most {@code maxLength} characters (never inside a surrogate pair). An ANSI escape sequence
     * ({@code ESC [ ... final}) goes as a whole; a run of whitespace (line breaks, tabs) becomes one space.
     * {@code null} becomes empty.
     */
    public static String clean(@Nullable String text, int maxLength) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength));
        int i = 0;
        int length = text.length();
        while (i < length) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (codePoint == ESC) {
                next = afterEscape(text, next);
            } else if (Character.isWhitespace(codePoint)) {
                if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(' '); // CR LF, a tab: one space
                }
            } else if (isVisible(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i = next;
        }
        String cleaned = out.toString().trim();
        if (cleaned.length() <= maxLength) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return cleaned.substring(0, end).trim();
    }

    /** Where the text goes on after an ESC at {@code start - 1}: past a whole CSI sequence, or past the ESC alone. */
    private static int afterEscape(String text, int start) {
        if (start >= text.length() || text.charAt(start) != '[') {
            return start;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x40 && c <= 0x7E) {
                return i + 1; // the final byte
            }
            if (c < 0x20 || c > 0x3F) {
                return i; // not a parameter or intermediate byte: the sequence was cut short
            }
        }
        return text.length();
    }

    private static boolean isVisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE ->
                false;
            default -> true;
        };
    }
}
