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
package org.openhab.binding.ultrastream.emulator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The document's rules for text arguments: names, the recording folder and prefix, time zones, MD5 passwords
 * and IPv4 addresses.
 */
@NonNullByDefault
public final class TextRules {

    /** A-Z, a-z, 0-9, space and ._-+' (the document's allowed set for names). */
    private static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z0-9 ._\\-+']+");
    private static final Pattern FOLDER_CHARS = Pattern.compile("[A-Za-z0-9 ._\\-+'/]+");
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern IPV4 = Pattern
            .compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Set<String> TIMEZONES = loadTimezones();

    private TextRules() {
    }

    /** Device, server, SSID and user names: 1-32 characters of the allowed set, no space at either end. */
    public static boolean isName(@Nullable String s) {
        return s != null && s.length() >= 1 && s.length() <= 32 && NAME_CHARS.matcher(s).matches()
                && !s.startsWith(" ") && !s.endsWith(" ");
    }

    /** {@code root-folder}: the name characters plus '/', at most two levels, no space or '/' at either end. */
    public static boolean isRootFolder(@Nullable String s) {
        if (s == null || s.isEmpty() || s.length() > 64 || !FOLDER_CHARS.matcher(s).matches()) {
            return false;
        }
        if (s.startsWith(" ") || s.endsWith(" ") || s.startsWith("/") || s.endsWith("/")) {
            return false;
        }
        String[] levels = s.split("/", -1);
        if (levels.length > 2) {
            return false;
        }
        for (String level : levels) {
            if (level.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@code file-prefix}: the name rules (the document gives no length; 32 like the other names). */
    public static boolean isFilePrefix(@Nullable String s) {
        return isName(s);
    }

    /** A time zone of the document's list (常见时区). */
    public static boolean isTimezone(@Nullable String s) {
        return s != null && TIMEZONES.contains(s);
    }

    /** An MD5 digest as 32 lower-case hex digits, as {@code login} and the password methods take it. */
    public static boolean isMd5(@Nullable String s) {
        return s != null && MD5.matcher(s).matches();
    }

    public static boolean isIpv4(@Nullable String s) {
        return s != null && IPV4.matcher(s).matches();
    }

    private static Set<String> loadTimezones() {
        try (InputStream in = TextRules.class.getResourceAsStream("timezones.txt")) {
            if (in == null) {
                throw new IllegalStateException("timezones.txt missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
