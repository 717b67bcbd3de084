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
package org.openhab.binding.ultrastream.client.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.UltraStreamException;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;

/**
 * The last get-status reply of one device and the DTO read from it. An idle encoder's replies differ only in the
 * device's clock ({@code cur-time}). Such a reply is not read again: the last DTO is given again, with the new clock.
 * So a poller knows by identity that nothing else changed, and a repeated reply costs a comparison of its text
 * instead of a read. Guarded by this object's monitor.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RepeatedStatus {

    private static final String CLOCK = "\"cur-time\"";

    private @Nullable String lastText;
    /** Where the clock's value lies in {@link #lastText}, found when it was kept; null when it has none. */
    private int @Nullable [] lastClock;
    private @Nullable DeviceStatus last;

    /**
     * The DTO of a get-status reply: the last one, with the reply's clock, if the reply repeats the last one apart
     * from the clock; otherwise the reply read into {@code type}.
     */
    public synchronized <T extends DeviceStatus> T read(UsapiReply reply, String method, Class<T> type)
            throws UltraStreamException {
        String text = reply.text();
        DeviceStatus before = last;
        String beforeText = lastText;
        if (before != null && beforeText != null && before.getClass() == type) {
            if (text.equals(beforeText)) {
                return type.cast(before);
            }
            int[] now = clock(text);
            int[] then = lastClock;
            if (now != null && then != null && now[0] == then[0]
                    && text.length() - now[1] == beforeText.length() - then[1]
                    && text.regionMatches(0, beforeText, 0, now[0])
                    && text.regionMatches(now[1], beforeText, then[1], text.length() - now[1])) {
                before.curTime = text.substring(now[0], now[1]);
                lastText = text;
                lastClock = now;
                return type.cast(before);
            }
        }
        T value = reply.read(method, type);
        last = value;
        lastText = text;
        lastClock = clock(text);
        return value;
    }

    /**
     * Where the value of the first {@code cur-time} member lies in a reply (from, to; between its quotes), or null if
     * it has none or one that is not plainly a time. get-status has one, at the top level. A string value in JSON
     * cannot hold the key with both its quotes unescaped, so a match is a member, never text inside a value.
     */
    private static int @Nullable [] clock(String text) {
        int key = text.indexOf(CLOCK);
        if (key < 0) {
            return null;
        }
        int i = key + CLOCK.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '\n'
                || text.charAt(i) == '\r' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '"') {
            return null;
        }
        int from = i + 1;
        int to = from;
        while (to < text.length() && text.charAt(to) != '"') {
            char c = text.charAt(to);
            if (!(c >= '0' && c <= '9') && c != '-' && c != ':' && c != ' ' && c != 'T' && c != '.' && c != '+'
                    && c != 'Z' && c != '/') {
                return null; // not plainly a time: read the reply as a whole
            }
            to++;
        }
        return to < text.length() ? new int[]{ from, to } : null;
    }
}
