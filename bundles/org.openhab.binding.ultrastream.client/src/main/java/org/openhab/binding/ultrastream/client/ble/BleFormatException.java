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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * BLE data that does not follow the document's layouts: a truncated or overlong AD structure, advertising data
 * of another product, a characteristic value with the wrong prefix or length, or a reply whose {@code Index}
 * differs from the request's. Messages never contain passwords or password digests.
 */
@NonNullByDefault
public class BleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public BleFormatException(String message) {
        super(message);
    }
}
