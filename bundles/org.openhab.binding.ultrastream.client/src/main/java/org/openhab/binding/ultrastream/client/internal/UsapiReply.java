/**
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

import com.google.gson.JsonObject;

/**
 * One parsed {@code /usapi} reply: its result number, the whole JSON object, and the session id the device set
 * with {@code Set-Cookie}, if it set one.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record UsapiReply(int result, JsonObject body, @Nullable String sessionId) {

    /** Never shows the session id. */
    @Override
    public String toString() {
        return "UsapiReply[result=" + result + "]";
    }
}
