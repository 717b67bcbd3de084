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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One {@code /usapi} request as the methods see it: its parameters, body, session and the clock value it
 * runs at.
 */
@NonNullByDefault
public final class Call {

    /** A file sent as {@code multipart/form-data} (upload-update-file). */
    public record Upload(String fileName, long size) {
    }

    public final String method;
    public final long now;
    private final Map<String, String> params;
    public final byte[] body;
    public final @Nullable Upload upload;
    public final @Nullable String sid;
    /** The user of the caller's session, set by the dispatcher; null for calls that need no session. */
    public @Nullable String user;
    /** A session id that the reply sets as the {@code sid} cookie (login). */
    public @Nullable String issuedSid;

    public Call(String method, long now, Map<String, String> params, byte[] body, @Nullable Upload upload,
            @Nullable String sid) {
        this.method = method;
        this.now = now;
        this.params = params;
        this.body = body;
        this.upload = upload;
        this.sid = sid;
    }

    public @Nullable String param(String name) {
        return params.get(name);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    /** A parameter that must be there; -10 when missing. */
    public String required(String name) {
        String v = params.get(name);
        if (v == null) {
            throw new ApiError(ResultCode.ERR_PARAM);
        }
        return v;
    }

    /** An integer parameter that must be there; -10 when missing or not a number. */
    public int requiredInt(String name) {
        try {
            return Integer.parseInt(required(name).trim());
        } catch (NumberFormatException e) {
            throw new ApiError(ResultCode.ERR_PARAM);
        }
    }

    /** An optional integer parameter; {@code fallback} when missing, -10 when not a number. */
    public int optionalInt(String name, int fallback) {
        return has(name) ? requiredInt(name) : fallback;
    }

    /** An optional 0/1 switch; -10 for any other value. */
    public int optionalFlag(String name, int fallback) {
        int v = optionalInt(name, fallback);
        ApiError.require(v == 0 || v == 1);
        return v;
    }

    public int requiredFlag(String name) {
        int v = requiredInt(name);
        ApiError.require(v == 0 || v == 1);
        return v;
    }
}
