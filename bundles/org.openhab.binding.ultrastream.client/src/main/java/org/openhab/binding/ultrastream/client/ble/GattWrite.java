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
package org.openhab.binding.ultrastream.client.ble;

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One characteristic write of an exchange: which buffer and the bytes. {@link #toString()} shows the length only,
 * since values can hold a password or its digest.
 *
 * @param buffer the characteristic
 * @param value the bytes to write
 */
@NonNullByDefault
public record GattWrite(BleBuffer buffer, byte[] value) {

    public GattWrite {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof GattWrite other && buffer == other.buffer && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return 31 * buffer.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "GattWrite[" + buffer + ", " + value.length + " bytes]";
    }
}
