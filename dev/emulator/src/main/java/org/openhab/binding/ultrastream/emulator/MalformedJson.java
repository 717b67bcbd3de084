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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How {@link Faults#malformedJson(MalformedJson)} spoils the body of every {@code /usapi} reply.
 */
@NonNullByDefault
public enum MalformedJson {
    /** Replies are well-formed. */
    NONE,
    /** The JSON text is cut off in the middle. */
    TRUNCATED,
    /** The body is not JSON at all. */
    GARBAGE,
    /** HTTP 200 with an empty body. */
    EMPTY,
    /** Valid JSON, padded with an unknown field to several megabytes. */
    OVERSIZED,
    /** Valid JSON in which unknown fields are added and about every second documented field is left out. */
    UNKNOWN_AND_MISSING_FIELDS
}
