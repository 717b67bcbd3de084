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
import org.openhab.binding.ultrastream.client.UltraStreamMalformedReplyException;

import com.google.gson.JsonParseException;

/**
 * One {@code /usapi} reply: its result number, its text, and the session id the device set with {@code Set-Cookie},
 * if it set one. A DTO is read straight from the text ({@link #read}), without a {@code JsonElement} tree in between.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record UsapiReply(int result, String text, @Nullable String sessionId) {

    /**
     * A reply from its text: refused when it is empty, does not begin as a JSON object, or has no numeric
     * {@code result} (or {@code status}). Only the text up to the result is read here (a poll reads its reply once):
     * whoever uses the reply reads the rest, with {@link #read} or {@link #requireJson}, which refuse what is not JSON.
     */
    public static UsapiReply of(String method, String text, @Nullable String sessionId) throws UltraStreamException {
        if (text.isBlank()) {
            throw new UltraStreamMalformedReplyException(method, "empty reply");
        }
        Integer result;
        try {
            result = TolerantJson.leadingResultCode(text);
        } catch (JsonParseException | IllegalStateException e) {
            throw notJson(method, e);
        }
        if (result == null) {
            throw new UltraStreamMalformedReplyException(method, "reply has no numeric result");
        }
        return new UsapiReply(result, text, sessionId);
    }

    /** This reply, once its whole text has been checked to be a JSON object: for replies only a result is read of. */
    public UsapiReply requireJson(String method) throws UltraStreamException {
        try {
            TolerantJson.resultCode(text);
        } catch (JsonParseException | IllegalStateException e) {
            throw notJson(method, e);
        }
        return this;
    }

    private static UltraStreamMalformedReplyException notJson(String method, RuntimeException e) {
        return new UltraStreamMalformedReplyException(method, "reply is not a valid JSON object", e);
    }

    /** The reply read into {@code type} with the tolerant adapters ({@link TolerantJson}). */
    public <T> T read(String method, Class<T> type) throws UltraStreamException {
        @Nullable
        T value;
        try {
            value = TolerantJson.read(text, type);
        } catch (JsonParseException | IllegalStateException e) {
            throw notJson(method, e);
        }
        if (value == null) {
            throw new UltraStreamMalformedReplyException(method, "reply could not be read");
        }
        return value;
    }

    /** Never shows the session id. */
    @Override
    public String toString() {
        return "UsapiReply[result=" + result + "]";
    }
}
