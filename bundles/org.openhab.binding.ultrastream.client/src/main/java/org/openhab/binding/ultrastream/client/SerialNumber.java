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
 * The serial number rules of the vendor document (BLE section, "BLE Name"): 13 characters, an upper-case
 * letter A–Z followed by 12 digits, where characters 5–6 are the production year (17–27), 7–8 the month
 * (01–12) and 9–10 the day (01–31). Example: {@code C301170101001}.
 * <p>
 * The same rules validate the serial in multicast announcements, SSDP descriptions and the BLE local name.
 * The day is checked against 01–31 only, as the document says; it is not checked against the month.
 */
@NonNullByDefault
public final class SerialNumber {

    /** The length of every serial number. */
    public static final int LENGTH = 13;

    /**
     * A serial number taken apart. The document names only the letter, year, month and day; the three digits
     * after the letter ({@code code}) and the last three ({@code sequence}) are kept as text, unnamed there.
     *
     * @param text the whole serial, as given
     * @param letter the leading upper-case letter
     * @param code characters 2–4
     * @param year the two-digit production year, 17–27
     * @param month the production month, 1–12
     * @param day the production day, 1–31
     * @param sequence characters 11–13
     */
    public record Parts(String text, char letter, String code, int year, int month, int day, String sequence) {

        /** The production year in full, e.g. 2017 for {@code 17}. */
        public int fullYear() {
            return 2000 + year;
        }
    }

    private SerialNumber() {
    }

    /** Whether {@code text} is a serial number by the document's rules; {@code null} is not. */
    public static boolean isValid(@Nullable String text) {
        return text != null && problem(text) == null;
    }

    /**
     * Takes a serial number apart.
     *
     * @throws IllegalArgumentException if it breaks the document's rules; the message says which rule
     */
    public static Parts parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid serial number '" + text + "': " + problem);
        }
        return new Parts(text, text.charAt(0), text.substring(1, 4), twoDigits(text, 4), twoDigits(text, 6),
                twoDigits(text, 8), text.substring(10));
    }

    /** The first rule {@code text} breaks, or {@code null} when it follows them all. */
    private static @Nullable String problem(String text) {
        if (text.length() != LENGTH) {
            return "must be " + LENGTH + " characters";
        }
        char letter = text.charAt(0);
        if (letter < 'A' || letter > 'Z') {
            return "must start with an upper-case letter A-Z";
        }
        for (int i = 1; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "characters 2-13 must be digits";
            }
        }
        if (!inRange(twoDigits(text, 4), 17, 27)) {
            return "year (characters 5-6) must be 17-27";
        }
        if (!inRange(twoDigits(text, 6), 1, 12)) {
            return "month (characters 7-8) must be 01-12";
        }
        if (!inRange(twoDigits(text, 8), 1, 31)) {
            return "day (characters 9-10) must be 01-31";
        }
        return null;
    }

    /** The number written by the two ASCII digits at {@code start} (0-based); callers checked they are digits. */
    private static int twoDigits(String text, int start) {
        return (text.charAt(start) - '0') * 10 + (text.charAt(start + 1) - '0');
    }

    private static boolean inRange(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
