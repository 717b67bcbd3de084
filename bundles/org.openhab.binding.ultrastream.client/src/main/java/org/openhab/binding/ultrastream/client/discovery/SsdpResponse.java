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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One answer to an M-SEARCH: who answered, for which search target, and where its description is.
 *
 * @param searchTarget the {@code ST} header
 * @param usn the {@code USN} header
 * @param location the {@code LOCATION} header: an http URL whose host is the sender's address
 * @param source the address the answer came from
 */
@NonNullByDefault
public record SsdpResponse(String searchTarget, String usn, URI location, InetAddress source) {

    /**
     * Reads an answer, or returns {@code null} for anything else: garbage, NOTIFYs, other status lines, a
     * missing header, a LOCATION that is not http, or one that points at another host than the sender (the
     * client would otherwise fetch whatever URL any packet on the network names).
     */
    public static @Nullable SsdpResponse parse(String text, InetAddress source) {
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].matches("HTTP/1\\.[01] 200( .*)?")) {
            return null;
        }
        String searchTarget = null;
        String usn = null;
        String location = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String value = line.substring(colon + 1).trim();
            switch (line.substring(0, colon).trim().toUpperCase(Locale.ROOT)) {
                case "ST" -> searchTarget = value;
                case "USN" -> usn = value;
                case "LOCATION" -> location = value;
                default -> {
                    // CACHE-CONTROL, DATE, EXT, SERVER and vendor headers are not needed
                }
            }
        }
        if (searchTarget == null || usn == null || location == null) {
            return null;
        }
        URI uri = httpUriOn(location, source);
        return uri == null ? null : new SsdpResponse(searchTarget, usn, uri, source);
    }

    private static @Nullable URI httpUriOn(String location, InetAddress source) {
        try {
            URI uri = new URI(location);
            String host = uri.getHost();
            if (!"http".equalsIgnoreCase(uri.getScheme()) || host == null) {
                return null;
            }
            InetAddress address = Ipv4.parse(host);
            return source.equals(address) ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
