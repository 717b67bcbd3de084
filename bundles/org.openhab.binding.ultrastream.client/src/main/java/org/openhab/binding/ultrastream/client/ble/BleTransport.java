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

import java.io.IOException;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What {@link BleSession} needs from a BLE stack: read and write a characteristic of the connected box's GATT
 * service {@link BleUuids#GATT_SERVICE}. Connecting, service discovery and MTU are the stack's business.
 * <p>
 * Both calls block until the operation is complete. A write must be a write with response (or otherwise
 * confirmed) before it returns, because the box relies on the order of the writes.
 */
@NonNullByDefault
public interface BleTransport {

    /**
     * Writes a characteristic value and waits until the box has it.
     *
     * @param characteristic one of the {@link BleBuffer} UUIDs
     * @throws IOException if the write fails or the connection is lost
     */
    void write(UUID characteristic, byte[] value) throws IOException;

    /**
     * Reads a characteristic value.
     *
     * @param characteristic one of the {@link BleBuffer} UUIDs
     * @throws IOException if the read fails or the connection is lost
     */
    byte[] read(UUID characteristic) throws IOException;
}
