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

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The document's character rules for names and folders. Each check returns null when the text is fine, otherwise
 * a sentence saying what is wrong, so that callers (the client, a UI) can show it as it is.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TextRules {

    /** The longest device name, server name, SSID or AP password the document allows. */
    public static final int MAX_NAME_LENGTH = 32;
    /** The document allows at most two folder levels, {@code a/b}. */
    public static final int MAX_FOLDER_LEVELS = 2;

    private static final Pattern NAME_CHARACTERS = Pattern.compile("[A-Za-z0-9 ._\\-+']*");
    private static final Pattern FOLDER_CHARACTERS = Pattern.compile("[A-Za-z0-9 ._\\-+'/]*");

    private TextRules() {
    }

    /**
     * A device name ({@code set-name}, {@code set-first-over}), live server name, AP SSID or AP password: 1 to 32
     * characters of {@code A-Z a-z 0-9}, space and {@code ._-+'}, not starting or ending with a space.
     */
    public static @Nullable String checkName(String what, String text) {
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH) {
            return what + " must have 1 to " + MAX_NAME_LENGTH + " characters, has " + text.length();
        }
        return checkCharacters(what, text);
    }

    /** The recording file prefix: the characters of a name; the document gives no length, 32 is kept as the bound. */
    public static @Nullable String checkFilePrefix(String text) {
        return checkName("file prefix", text);
    }

    /**
     * The recording folder ({@code root-folder}): the name characters plus {@code /}, not starting or ending with a
     * space or {@code /}, at most two levels. Empty levels ({@code a//b}) and the levels {@code .} and {@code ..}
     * are refused as well: they would not name a folder under the disk's root.
     */
    public static @Nullable String checkFolder(String text) {
        String what = "root folder";
        if (text.isEmpty()) {
            return what + " is empty";
        }
        if (!FOLDER_CHARACTERS.matcher(text).matches()) {
            return what + " may only contain A-Z, a-z, 0-9, space and ._-+'/";
        }
        if (text.startsWith(" ") || text.endsWith(" ") || text.startsWith("/") || text.endsWith("/")) {
            return what + " must not start or end with a space or /";
        }
        String[] levels = text.split("/", -1);
        if (levels.length > MAX_FOLDER_LEVELS) {
            return what + " may have at most " + MAX_FOLDER_LEVELS + " levels (a/b)";
        }
        for (String level : levels) {
            if (level.isEmpty() || ".".equals(level) || "..".equals(level)) {
                return what + " has an empty, . or .. level";
            }
        }
        return null;
    }

    private static @Nullable String checkCharacters(String what, String text) {
        if (!NAME_CHARACTERS.matcher(text).matches()) {
            return what + " may only contain A-Z, a-z, 0-9, space and ._-+'";
        }
        if (text.startsWith(" ") || text.endsWith(" ")) {
            return what + " must not start or end with a space";
        }
        return null;
    }
}
