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
package org.openhab.core.library.types;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in: a point in time. Prints as openHAB does ({@code 2026-01-02T03:04:05.000+0100}, at least millisecond
 * precision, in the system time zone). Parses ISO date-times with or without zone (the latter in the system zone)
 * and epoch seconds or milliseconds; openHAB's other input forms are left out.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSZ");

    private final Instant instant;

    public DateTimeType() {
        this(Instant.now());
    }

    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    public DateTimeType(ZonedDateTime zoned) {
        this(zoned.toInstant());
    }

    public DateTimeType(String zonedValue) {
        this.instant = parse(zonedValue);
    }

    private static Instant parse(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeParseException noZone) {
            try {
                return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException notDateTime) {
                try {
                    long epoch = Long.parseLong(value);
                    // as openHAB: fewer than 12 digits are seconds, more are milliseconds
                    return Math.abs(epoch) < 100_000_000_000L
                            ? Instant.ofEpochSecond(epoch)
                            : Instant.ofEpochMilli(epoch);
                } catch (NumberFormatException notEpoch) {
                    throw new IllegalArgumentException(value + " is not in a valid format.", notDateTime);
                }
            }
        }
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    public Instant getInstant() {
        return instant;
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, ZoneId.systemDefault());
    }

    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime zoned = instant.atZone(zoneId);
        return pattern == null
                ? DateTimeFormatter.ofPattern(DATE_PATTERN).format(zoned)
                : String.format(pattern, zoned);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return toFullString(ZoneId.systemDefault());
    }

    /** Nanoseconds are printed, then trailing groups of "000" dropped down to milliseconds. */
    public String toFullString(ZoneId zoneId) {
        String text = instant.atZone(zoneId).format(FULL);
        int offset = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        String dateTime = text.substring(0, offset);
        for (int i = 0; i < 2 && dateTime.endsWith("000"); i++) {
            dateTime = dateTime.substring(0, dateTime.length() - 3);
        }
        return dateTime + text.substring(offset);
    }

    @Override
    public int hashCode() {
        return 31 + instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj != null && obj.getClass() == getClass() && instant.equals(((DateTimeType) obj).instant);
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.instant);
    }
}
