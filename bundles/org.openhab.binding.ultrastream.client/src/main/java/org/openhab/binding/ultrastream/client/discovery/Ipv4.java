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
package org.openhab.binding.ultrastream.client.discovery;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads dotted-quad IPv4 text without ever asking DNS (which {@link InetAddress#getByName} would do for any text
 * that is not an address literal: a discovery packet must not trigger name lookups).
 */
@NonNullByDefault
final class Ipv4 {

    private Ipv4() {
    }

    /**
     * The address, or {@code null} if the text is not exactly four decimal numbers 0–255 joined by dots, or names
     * no single host (a multicast group, the broadcast address, 0.0.0.0): a device is reached at a unicast address.
     */
    static @Nullable InetAddress parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            boolean broadcast = (bytes[0] & bytes[1] & bytes[2] & bytes[3]) == (byte) 0xFF;
            return address.isMulticastAddress() || address.isAnyLocalAddress() || broadcast ? null : address;
        } catch (UnknownHostException e) {
            return null; // cannot happen for four bytes
        }
    }
}
