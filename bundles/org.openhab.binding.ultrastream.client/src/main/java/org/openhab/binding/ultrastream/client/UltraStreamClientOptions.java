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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How to reach one device: address, ports, account, timeouts and size bounds. Build with {@link #builder(String)};
 * every value is checked when the options are made.
 * <p>
 * The connect timeout itself belongs to the (shared) Jetty {@code HttpClient}; {@link #requestTimeout()} bounds a
 * whole exchange, connecting included, so a host that does not answer fails within it.
 *
 * @param host an IP address or a name
 * @param port HTTP API port, default 80
 * @param downloadPort port of the recorded-file download server, default 8080
 * @param username default {@code Admin}
 * @param password plain password, default {@code Admin}; sent only as its MD5, never logged
 * @param requestTimeout bound on one API exchange, default 10 s
 * @param transferTimeout bound on a firmware upload or a media download, default 30 min
 * @param maxResponseBytes largest JSON reply accepted, default 1 MiB
 * @param maxSnapshotBytes largest snapshot image accepted, default 8 MiB
 * @param maxDownloadBytes largest media file downloaded, default 8 GiB
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record UltraStreamClientOptions(String host, int port, int downloadPort, String username, String password,
        Duration requestTimeout, Duration transferTimeout, int maxResponseBytes, int maxSnapshotBytes,
        long maxDownloadBytes) {

    public UltraStreamClientOptions {
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        host = host.trim();
        checkPort(port);
        checkPort(downloadPort);
        checkPositive(requestTimeout);
        checkPositive(transferTimeout);
        checkPositive(maxResponseBytes);
        checkPositive(maxSnapshotBytes);
        checkPositive(maxDownloadBytes);
    }

    /** A builder for a device at {@code host}, with every other option at its default. */
    public static Builder builder(String host) {
        return new Builder(host);
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "UltraStreamClientOptions[host=" + host + ", port=" + port + ", downloadPort=" + downloadPort
                + ", username=" + username + ", requestTimeout=" + requestTimeout + ", transferTimeout="
                + transferTimeout + ", maxResponseBytes=" + maxResponseBytes + "]";
    }

    private static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    private static void checkPositive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + duration);
        }
    }

    private static void checkPositive(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("size bound must be positive: " + bytes);
        }
    }

    /** Builder of {@link UltraStreamClientOptions}. */
    public static final class Builder {
        private final String host;
        private int port = 80;
        private int downloadPort = 8080;
        private String username = "Admin";
        private String password = "Admin";
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration transferTimeout = Duration.ofMinutes(30);
        private int maxResponseBytes = 1024 * 1024;
        private int maxSnapshotBytes = 8 * 1024 * 1024;
        private long maxDownloadBytes = 8L * 1024 * 1024 * 1024;

        private Builder(String host) {
            this.host = host;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder downloadPort(int downloadPort) {
            this.downloadPort = downloadPort;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder transferTimeout(Duration transferTimeout) {
            this.transferTimeout = transferTimeout;
            return this;
        }

        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        public Builder maxSnapshotBytes(int maxSnapshotBytes) {
            this.maxSnapshotBytes = maxSnapshotBytes;
            return this;
        }

        public Builder maxDownloadBytes(long maxDownloadBytes) {
            this.maxDownloadBytes = maxDownloadBytes;
            return this;
        }

        /** @throws IllegalArgumentException for an empty host, a port out of range or a bound that is not positive */
        public UltraStreamClientOptions build() {
            return new UltraStreamClientOptions(host, port, downloadPort, username, password, requestTimeout,
                    transferTimeout, maxResponseBytes, maxSnapshotBytes, maxDownloadBytes);
        }
    }
}
