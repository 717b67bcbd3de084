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
package org.openhab.binding.ultrastream.emulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Serial numbers of consecutive devices. A Magewell serial ends in its production day and the unit number of that
 * day ({@code C301 251124 001}: product 0x301, 24 November 2025, unit 1), so consecutive devices count the unit up,
 * and past unit 999 go on at unit 001 of the next production day: any number of devices get serials that are unique
 * and read as real ones.
 */
@NonNullByDefault
public final class Serials {

    private static final int UNITS_PER_DAY = 999;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Serials() {
    }

    /**
     * The serial of the device {@code n} after the one with {@code serial}. A serial whose six digits before the
     * unit are no date (a made-up one) counts within its unit number only, up to 999.
     *
     * @throws IllegalArgumentException where the serial has no unit number, or a made-up one runs past 999
     */
    public static String plus(String serial, int n) {
        if (n == 0) {
            return serial;
        }
        int split = serial.length() - 3;
        int unit;
        try {
            unit = Integer.parseInt(serial.substring(Math.max(0, split)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("serial " + serial + " does not end in a unit number", e);
        }
        if (split < 0 || unit < 0) {
            throw new IllegalArgumentException("serial " + serial + " does not end in a unit number");
        }
        int next = unit + n;
        if (next <= UNITS_PER_DAY) {
            return serial.substring(0, split) + String.format("%03d", next);
        }
        LocalDate day = productionDay(serial, split);
        if (day == null) {
            throw new IllegalArgumentException("too many devices for serial " + serial);
        }
        int days = (next - 1) / UNITS_PER_DAY;
        int nextUnit = (next - 1) % UNITS_PER_DAY + 1;
        return serial.substring(0, split - 6) + day.plusDays(days).format(DAY) + String.format("%03d", nextUnit);
    }

    private static @org.eclipse.jdt.annotation.Nullable LocalDate productionDay(String serial, int split) {
        if (split < 6) {
            return null;
        }
        try {
            return LocalDate.parse(serial.substring(split - 6, split), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
