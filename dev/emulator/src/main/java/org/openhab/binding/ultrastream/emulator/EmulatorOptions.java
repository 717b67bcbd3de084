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
package org.openhab.binding.ultrastream.emulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How one emulated device is set up. Immutable; build with {@link #builder()}. Every setting is optional.
 */
@NonNullByDefault
public final class EmulatorOptions {

    /** The serial number used when none is given: valid by the document's BLE rules (HDMI, 2025-11-24, #1). */
    public static final String DEFAULT_SERIAL = "C301251124001";

    private final int httpPort;
    private final int downloadPort;
    private final String serialNumber;
    private final Model model;
    /** The name given to the builder, or null for the default that follows the serial number. */
    private final @Nullable String explicitBoxName;
    private final String username;
    private final String password;
    private final InetAddress bindAddress;
    private final String multicastInterface;
    private final boolean multicastEnabled;
    private final boolean ssdpEnabled;
    private final Duration announceInterval;
    private final Duration sessionIdleTimeout;
    private final Duration rebootDuration;
    private final EmulatorClock clock;
    private final boolean firstRun;
    private final StatusShape statusShape;

    private EmulatorOptions(Builder b) {
        this.httpPort = b.httpPort;
        this.downloadPort = b.downloadPort;
        this.serialNumber = b.serialNumber;
        this.model = b.model;
        this.explicitBoxName = b.boxName;
        this.username = b.username;
        this.password = b.password;
        this.bindAddress = b.bindAddress;
        this.multicastInterface = b.multicastInterface;
        this.multicastEnabled = b.multicastEnabled;
        this.ssdpEnabled = b.ssdpEnabled;
        this.announceInterval = b.announceInterval;
        this.sessionIdleTimeout = b.sessionIdleTimeout;
        this.rebootDuration = b.rebootDuration;
        this.clock = b.clock;
        this.firstRun = b.firstRun;
        this.statusShape = b.statusShape;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder().httpPort(httpPort).downloadPort(downloadPort).serialNumber(serialNumber)
                .model(model).username(username).password(password).bindAddress(bindAddress)
                .multicastInterface(multicastInterface).multicastEnabled(multicastEnabled)
                .ssdpEnabled(ssdpEnabled).announceInterval(announceInterval)
                .sessionIdleTimeout(sessionIdleTimeout).rebootDuration(rebootDuration).clock(clock)
                .firstRun(firstRun).statusShape(statusShape);
        b.boxName = explicitBoxName;
        return b;
    }

    public int httpPort() {
        return httpPort;
    }

    public int downloadPort() {
        return downloadPort;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public Model model() {
        return model;
    }

    /** The device name; by default "Ultra Stream " and the serial number, as the document's example. */
    public String boxName() {
        String name = explicitBoxName;
        return name != null ? name : "Ultra Stream " + serialNumber;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public InetAddress bindAddress() {
        return bindAddress;
    }

    public String multicastInterface() {
        return multicastInterface;
    }

    public boolean multicastEnabled() {
        return multicastEnabled;
    }

    public boolean ssdpEnabled() {
        return ssdpEnabled;
    }

    public Duration announceInterval() {
        return announceInterval;
    }

    public Duration sessionIdleTimeout() {
        return sessionIdleTimeout;
    }

    public Duration rebootDuration() {
        return rebootDuration;
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** Whether the device starts as on its first run ({@code statusFirst} until {@code set-first-over}). */
    public boolean firstRun() {
        return firstRun;
    }

    /** The shape of the get-status reply: the Ultra Stream's, or a sibling product's. */
    public StatusShape statusShape() {
        return statusShape;
    }

    /** Collects the settings; {@link #build()} makes the immutable options. */
    public static final class Builder {
        private int httpPort;
        private int downloadPort;
        private String serialNumber = DEFAULT_SERIAL;
        private Model model = Model.HDMI;
        private @Nullable String boxName;
        private String username = "Admin";
        private String password = "Admin";
        private InetAddress bindAddress = loopback();
        private String multicastInterface = "lo";
        private boolean multicastEnabled = true;
        private boolean ssdpEnabled = true;
        private Duration announceInterval = Duration.ofSeconds(5);
        private Duration sessionIdleTimeout = Duration.ofMinutes(30);
        private Duration rebootDuration = Duration.ofSeconds(20);
        private EmulatorClock clock = EmulatorClock.system();
        private boolean firstRun;
        private StatusShape statusShape = StatusShape.ULTRA_STREAM;

        private Builder() {
        }

        /** 0 picks a free port. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** 0 picks a free port. */
        public Builder downloadPort(int port) {
            this.downloadPort = port;
            return this;
        }

        public Builder serialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
            return this;
        }

        public Builder model(Model model) {
            this.model = model;
            return this;
        }

        public Builder boxName(String boxName) {
            this.boxName = boxName;
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

        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        public Builder multicastInterface(String interfaceName) {
            this.multicastInterface = interfaceName;
            return this;
        }

        public Builder multicastEnabled(boolean enabled) {
            this.multicastEnabled = enabled;
            return this;
        }

        public Builder ssdpEnabled(boolean enabled) {
            this.ssdpEnabled = enabled;
            return this;
        }

        public Builder announceInterval(Duration interval) {
            this.announceInterval = interval;
            return this;
        }

        public Builder sessionIdleTimeout(Duration timeout) {
            this.sessionIdleTimeout = timeout;
            return this;
        }

        public Builder rebootDuration(Duration duration) {
            this.rebootDuration = duration;
            return this;
        }

        public Builder clock(EmulatorClock clock) {
            this.clock = clock;
            return this;
        }

        public Builder firstRun(boolean firstRun) {
            this.firstRun = firstRun;
            return this;
        }

        public Builder statusShape(StatusShape statusShape) {
            this.statusShape = statusShape;
            return this;
        }

        public EmulatorOptions build() {
            return new EmulatorOptions(this);
        }

        private static InetAddress loopback() {
            try {
                return InetAddress.getByAddress("127.0.0.1", new byte[]{ 127, 0, 0, 1 });
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
