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
package org.openhab.binding.ultrastream.client.discovery;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A datagram on the discovery group that is not a valid announcement, with the reason.
 */
@NonNullByDefault
public class InvalidAnnouncementException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a datagram was rejected. */
    public enum Reason {
        /** Larger than {@value AnnouncementParser#MAX_DATAGRAM} bytes. */
        OVERSIZED,
        /** Not one complete JSON object (garbage, truncated, wrong types). */
        MALFORMED,
        /** {@code flag} is not {@code ssip}: a query, or another protocol. */
        WRONG_FLAG,
        /** {@code serialnumber} breaks the document's rules. */
        INVALID_SERIAL,
        /** {@code ethip}, {@code wifiip} or {@code http-port} is not a valid value. */
        INVALID_FIELD,
        /** The sender's address matches neither {@code ethip} nor {@code wifiip}. */
        SPOOFED
    }

    private final Reason reason;

    public InvalidAnnouncementException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
