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

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The device's user accounts and login sessions. A session is a random {@code sid}; it ends on
 * {@code logout}, after the idle timeout, on reboot, or when a test expires it. At most two users may hold
 * sessions at once ({@code max-lock-count} 2); sessions of one user name count once. Not thread-safe: the
 * device model guards it.
 */
@NonNullByDefault
public final class Sessions {

    public static final int MAX_LOCK_COUNT = 2;
    public static final int TYPE_ADMIN = 1;
    public static final int TYPE_USER = 2;

    /** A user account: the MD5 of its password and its type (1 administrator). */
    public record User(String id, String passMd5, int type) {
    }

    private record Session(String user, long lastUsed) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final long idleTimeoutMs;

    public Sessions(String adminId, String adminPassMd5, long idleTimeoutMs) {
        this.idleTimeoutMs = idleTimeoutMs;
        users.put(adminId, new User(adminId, adminPassMd5, TYPE_ADMIN));
    }

    public Map<String, User> users() {
        return users;
    }

    public @Nullable User user(String id) {
        return users.get(id);
    }

    /** Opens a session for a user whose password was checked; null when two other users hold the device. */
    public @Nullable String open(String user, long now) {
        purge(now);
        Set<String> others = lockUsers();
        others.remove(user);
        if (others.size() >= MAX_LOCK_COUNT) {
            return null;
        }
        String sid = HexFormat.of().formatHex(randomBytes());
        sessions.put(sid, new Session(user, now));
        return sid;
    }

    /** The user of a valid session, refreshing its idle time; null when the session is unknown or idle too long. */
    public @Nullable String touch(@Nullable String sid, long now) {
        purge(now);
        if (sid == null) {
            return null;
        }
        Session s = sessions.get(sid);
        if (s == null) {
            return null;
        }
        sessions.put(sid, new Session(s.user(), now));
        return s.user();
    }

    public void close(@Nullable String sid) {
        if (sid != null) {
            sessions.remove(sid);
        }
    }

    public void closeAllOf(String user) {
        sessions.values().removeIf(s -> s.user().equals(user));
    }

    public void clear() {
        sessions.clear();
    }

    public int count(long now) {
        purge(now);
        return sessions.size();
    }

    /** The distinct users holding a session ({@code lock-user}). */
    public Set<String> lockUsers() {
        Set<String> names = new HashSet<>();
        sessions.values().forEach(s -> names.add(s.user()));
        return names;
    }

    public boolean isOccupied(long now) {
        purge(now);
        return lockUsers().size() >= MAX_LOCK_COUNT;
    }

    private void purge(long now) {
        sessions.values().removeIf(s -> now - s.lastUsed() > idleTimeoutMs);
    }

    private byte[] randomBytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }
}
