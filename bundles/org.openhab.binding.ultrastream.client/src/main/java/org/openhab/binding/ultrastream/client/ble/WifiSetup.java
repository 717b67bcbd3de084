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

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the Wi-Fi setup exchange ({@code 0x5337}) sends: the network to join. The name and password travel as
 * UTF-8, split into 18-byte parts; they may take at most {@link #MAX_SSID_BYTES} and
 * {@link #MAX_PASSWORD_BYTES} bytes, and may not contain U+0000, which would end them early on the box.
 *
 * @param ssid the Wi-Fi name
 * @param password the Wi-Fi password; never shown by {@link #toString()}
 * @param security the {@code secuID}
 * @param ipMode the IP version choice
 */
@NonNullByDefault
public record WifiSetup(String ssid, String password, WifiSecurity security, IpMode ipMode) {

    /** Buffer-1 and Buffer-2, 18 bytes each. */
    public static final int MAX_SSID_BYTES = 36;
    /** Buffer-3 (18 bytes) and the 16 bytes of Buffer-4 after the {@code 0x5337} prefix. */
    public static final int MAX_PASSWORD_BYTES = 34;

    public WifiSetup {
        checkText(ssid, MAX_SSID_BYTES, "Wi-Fi name");
        checkText(password, MAX_PASSWORD_BYTES, "Wi-Fi password");
    }

    private static void checkText(String text, int maxBytes, String what) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " contains the character U+0000");
        }
        int length = text.getBytes(StandardCharsets.UTF_8).length;
        if (length > maxBytes) {
            throw new IllegalArgumentException(
                    what + " takes " + length + " bytes in UTF-8; the BLE Wi-Fi setup carries at most " + maxBytes);
        }
    }

    @Override
    public String toString() {
        return "WifiSetup[ssid=" + ssid + ", password=***, security=" + security + ", ipMode=" + ipMode + "]";
    }
}
