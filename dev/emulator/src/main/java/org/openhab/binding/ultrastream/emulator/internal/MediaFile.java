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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One recorded file on a disk, as {@code get-media-files} lists it.
 *
 * @param status 0 recording, 1 normal (the document's values)
 * @param durationMs the length; the document's example numbers are milliseconds
 */
@NonNullByDefault
public record MediaFile(String name, String folder, String thumbnailName, int status, long createMillis,
        long sizeBytes, long durationMs, int width, int height, int interval, int codec) {

    public static final int STATUS_RECORDING = 0;
    public static final int STATUS_NORMAL = 1;
}
