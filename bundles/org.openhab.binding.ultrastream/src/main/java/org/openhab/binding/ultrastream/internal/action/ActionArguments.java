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
package org.openhab.binding.ultrastream.internal.action;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DiskType;
import org.openhab.binding.ultrastream.client.StreamServerType;

/**
 * Turns the text a rule passes to an action into the client's types, for the values only actions take (the
 * values channels take too are parsed by {@code CommandValues}, for both). Each method raises
 * {@link IllegalArgumentException} with a sentence that says what is accepted.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class ActionArguments {

    private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[,\\r\\n]+");
    private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);

    private ActionArguments() {
    }

    /** {@code USB} or {@code SD}, any case. */
    static DiskType disk(String text) {
        return named(DiskType.values(), normalized(text), "the disk is USB or SD", text);
    }

    /** A name of {@link StreamServerType} ({@code CUSTOM}, {@code SRT_CALLER}, ...), any case. */
    static StreamServerType serverType(String text) {
        return named(StreamServerType.values(), normalized(text),
                "the server type is one of " + Arrays.toString(StreamServerType.values()), text);
    }

    /**
     * A local date and time, {@code yyyy-MM-dd HH:mm:ss} or ISO ({@code yyyy-MM-ddTHH:mm:ss}); null for blank text,
     * which means: take the time from the network.
     */
    static @Nullable LocalDateTime dateTime(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.contains("T") ? LocalDateTime.parse(trimmed) : LocalDateTime.parse(trimmed, DEVICE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "a date and time is written yyyy-MM-dd HH:mm:ss, not '" + text + "'");
        }
    }

    /**
     * File names separated by commas or line breaks, each trimmed; empty entries are skipped. A name that itself
     * holds a comma can only be given as a list.
     */
    static List<String> fileNames(String text) {
        List<String> names = FILE_NAME_SEPARATORS.splitAsStream(text).map(String::trim).filter(n -> !n.isEmpty())
                .toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("give at least one file name; separate names by commas or lines");
        }
        return names;
    }

    /** The constant called {@code name}; otherwise an exception that says what {@code text} should have been. */
    private static <E extends Enum<E>> E named(E[] values, String name, String rule, String text) {
        for (E value : values) {
            if (value.name().replace('_', '-').equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException(rule + ", not '" + text + "'");
    }

    private static String normalized(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('_', '-');
    }
}
