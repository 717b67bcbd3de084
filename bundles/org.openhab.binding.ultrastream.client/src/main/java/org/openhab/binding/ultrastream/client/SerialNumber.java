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

    private SerialNumber() {
    }

    /** Whether {@code text} is a serial number by the document's rules; {@code null} is not. */
    public static boolean isValid(@Nullable String text) {
        if (text == null || text.length() != LENGTH || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < LENGTH; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        // Year 17-27, month 01-12, day 01-31 (characters 5-6, 7-8, 9-10).
        return inRange(twoDigits(text, 4), 17, 27) && inRange(twoDigits(text, 6), 1, 12)
                && inRange(twoDigits(text, 8), 1, 31);
    }

    /** The number written by the two ASCII digits at {@code start} (0-based); callers checked they are digits. */
    private static int twoDigits(String text, int start) {
        return (text.charAt(start) - '0') * 10 + (text.charAt(start + 1) - '0');
    }

    private static boolean inRange(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
