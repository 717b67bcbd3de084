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

import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The five characteristics of the GATT service {@link BleUuids#GATT_SERVICE}, named as the document names them
 * ({@code Buffer-0} … {@code Buffer-4}). Every exchange writes and reads these.
 */
@NonNullByDefault
public enum BleBuffer {
    BUFFER_0("08590f7e-db05-467e-8757-72f6faeb13d4"),
    BUFFER_1("f4be124e-4cdc-43e2-a6bb-8628e4009e6b"),
    BUFFER_2("1de1bf3d-1bbe-43aa-9a30-b2bb5ce9671d"),
    BUFFER_3("8d7bd67d-d0b3-4a5e-8d2b-2912af174a7d"),
    BUFFER_4("3a10340a-85e3-4190-86b4-b94dc505e4f8");

    private final UUID uuid;

    BleBuffer(String uuid) {
        this.uuid = UUID.fromString(uuid);
    }

    /** The characteristic UUID. */
    public UUID uuid() {
        return uuid;
    }

    /** The document's alias, e.g. {@code Buffer-0}. */
    public String alias() {
        return "Buffer-" + ordinal();
    }

    /** The buffer with this characteristic UUID. */
    public static BleBuffer of(UUID uuid) {
        for (BleBuffer buffer : values()) {
            if (buffer.uuid.equals(uuid)) {
                return buffer;
            }
        }
        throw new IllegalArgumentException("Not a Buffer characteristic of the Ultra Stream GATT service: " + uuid);
    }

    @Override
    public String toString() {
        return alias();
    }
}
