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
 * The box's answer to the AP info exchange ({@code 0x5344}): its own access point, from Buffer-4 (security and
 * index), Buffer-2 (name) and Buffer-3 (password).
 *
 * @param index the echoed {@code Index}
 * @param security the {@code secuID}
 * @param ssid the AP's Wi-Fi name, at most 16 bytes in UTF-8
 * @param password the AP's Wi-Fi password, at most 16 bytes in UTF-8; never shown by {@link #toString()}
 */
@NonNullByDefault
public record ApInfoReply(int index, WifiSecurity security, String ssid, String password) {

    @Override
    public String toString() {
        return "ApInfoReply[index=" + index + ", security=" + security + ", ssid=" + ssid + ", password=***]";
    }
}
