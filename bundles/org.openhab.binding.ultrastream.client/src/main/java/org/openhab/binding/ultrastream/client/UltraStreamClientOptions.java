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
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How to reach one device: address, ports, account, timeouts and size bounds. Immutable; build with
 * {@link #builder(String)}.
 * <p>
 * The connect timeout itself belongs to the (shared) Jetty {@code HttpClient}; {@link #requestTimeout()} bounds a
 * whole exchange, connecting included, so a host that does not answer fails within it.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class UltraStreamClientOptions {

    private final String host;
    private final int port;
    private final int downloadPort;
    private final String username;
    private final String password;
    private final Duration requestTimeout;
    private final Duration transferTimeout;
    private final int maxResponseBytes;
    private final int maxSnapshotBytes;
    private final long maxDownloadBytes;

    private UltraStreamClientOptions(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.downloadPort = builder.downloadPort;
        this.username = builder.username;
        this.password = builder.password;
        this.requestTimeout = builder.requestTimeout;
        this.transferTimeout = builder.transferTimeout;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.maxSnapshotBytes = builder.maxSnapshotBytes;
        this.maxDownloadBytes = builder.maxDownloadBytes;
    }

    /** A builder for a device at {@code host} (an IP address or a name), with every other option at its default. */
    public static Builder builder(String host) {
        return new Builder(host);
    }

    public String host() {
        return host;
    }

    /** HTTP API port, default 80. */
    public int port() {
        return port;
    }

    /** Port of the recorded-file download server, default 8080. */
    public int downloadPort() {
        return downloadPort;
    }

    /** Default {@code Admin}. */
    public String username() {
        return username;
    }

    /** Plain password, default {@code Admin}; sent only as its MD5, never logged. */
    public String password() {
        return password;
    }

    /** Bound on one API exchange, default 10 s. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Bound on a firmware upload or a media download, default 30 min. */
    public Duration transferTimeout() {
        return transferTimeout;
    }

    /** Largest JSON reply accepted, default 1 MiB. */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** Largest snapshot image accepted, default 8 MiB. */
    public int maxSnapshotBytes() {
        return maxSnapshotBytes;
    }

    /** Largest media file downloaded, default 8 GiB. */
    public long maxDownloadBytes() {
        return maxDownloadBytes;
    }

    /** A copy with a different password (for example after {@code ch-password}). */
    public UltraStreamClientOptions withPassword(String newPassword) {
        Builder builder = toBuilder();
        builder.password(newPassword);
        return builder.build();
    }

    private Builder toBuilder() {
        return new Builder(host).port(port).downloadPort(downloadPort).username(username).password(password)
                .requestTimeout(requestTimeout).transferTimeout(transferTimeout).maxResponseBytes(maxResponseBytes)
                .maxSnapshotBytes(maxSnapshotBytes).maxDownloadBytes(maxDownloadBytes);
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "UltraStreamClientOptions[host=" + host + ", port=" + port + ", downloadPort=" + downloadPort
                + ", username=" + username + ", requestTimeout=" + requestTimeout + ", transferTimeout="
                + transferTimeout + ", maxResponseBytes=" + maxResponseBytes + "]";
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
            if (host.isBlank()) {
                throw new IllegalArgumentException("host is empty");
            }
            this.host = host.trim();
        }

        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        public Builder downloadPort(int downloadPort) {
            this.downloadPort = checkPort(downloadPort);
            return this;
        }

        public Builder username(String username) {
            this.username = Objects.requireNonNull(username);
            return this;
        }

        public Builder password(String password) {
            this.password = Objects.requireNonNull(password);
            return this;
        }

        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = checkPositive(requestTimeout);
            return this;
        }

        public Builder transferTimeout(Duration transferTimeout) {
            this.transferTimeout = checkPositive(transferTimeout);
            return this;
        }

        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = (int) checkPositive(maxResponseBytes);
            return this;
        }

        public Builder maxSnapshotBytes(int maxSnapshotBytes) {
            this.maxSnapshotBytes = (int) checkPositive(maxSnapshotBytes);
            return this;
        }

        public Builder maxDownloadBytes(long maxDownloadBytes) {
            this.maxDownloadBytes = checkPositive(maxDownloadBytes);
            return this;
        }

        public UltraStreamClientOptions build() {
            return new UltraStreamClientOptions(this);
        }

        private static int checkPort(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            return port;
        }

        private static Duration checkPositive(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + duration);
            }
            return duration;
        }

        private static long checkPositive(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("size bound must be positive: " + bytes);
            }
            return bytes;
        }
    }
}
