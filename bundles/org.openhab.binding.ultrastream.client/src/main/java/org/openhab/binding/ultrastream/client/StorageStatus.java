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
package org.openhab.binding.ultrastream.client;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The storage device status codes of the vendor document ("存储设备状态码"), the {@code disk-status} of the
 * {@code usb} and {@code sd} groups of {@code get-status}.
 * <p>
 * The document lists them as values (0, 1, 3, 4, 5, 6) but tests them with bitwise and; this library reads
 * them as values: 3, 5 and 6 share bits with 1 and 4, so a bitwise test could not tell them apart.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum StorageStatus implements Coded {
    /** No device inserted. The document's {@code NotDisk}. */
    NOT_DISK(0x00),
    /** Valid and usable. {@code DiskValid}. */
    DISK_VALID(0x01),
    /** Full. {@code NotSpace}. */
    NOT_SPACE(0x03),
    /** Not writable. {@code NotWrite}. */
    NOT_WRITE(0x04),
    /** Less than 200 MB free. {@code LowSpace}. */
    LOW_SPACE(0x05),
    /** Invalid (unreadable file system, for example). {@code DiskInvalid}. */
    DISK_INVALID(0x06),
    /** A value the document does not list. */
    UNKNOWN(-1);

    private final int code;

    StorageStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The status for a code; {@link #UNKNOWN} for one the document does not list. */
    public static StorageStatus of(int code) {
        return Coded.of(StorageStatus.class, code, UNKNOWN);
    }

    /**
     * Whether a device is inserted and mounted, possibly full ({@code DISK_VALID}, {@code NOT_SPACE},
     * {@code LOW_SPACE}).
     */
    public boolean isMounted() {
        return this == DISK_VALID || this == NOT_SPACE || this == LOW_SPACE;
    }
}
