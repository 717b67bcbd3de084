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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Writes test vectors out by hand: {@code bytes("53 35", ascii("C301"), zeros(4))}.
 */
@NonNullByDefault
final class Hex {

    private Hex() {
    }

    /** Hex pairs separated by spaces, e.g. {@code "53 35 12 34"}. */
    static byte[] hex(String pairs) {
        String[] parts = pairs.trim().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zeros(int count) {
        return new byte[count];
    }

    /** Joins pieces, each a {@code byte[]} or a hex string. */
    static byte[] bytes(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            out.writeBytes(piece instanceof String text ? hex(text) : (byte[]) piece);
        }
        return out.toByteArray();
    }
}
