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

    /**
     * The serial number of an Ultra Stream when none is given: valid by the document's BLE rules (HDMI, 2025-11-24,
     * #1). The other models have their own ({@link Model#defaultSerial()}).
     */
    public static final String DEFAULT_SERIAL = "C301251124001";

    private final int httpPort;
    private final int downloadPort;
    /** The serial given to the builder, or null for the model's default. */
    private final @Nullable String explicitSerial;
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
    /** The shape given to the builder, or null for the model's own. */
    private final @Nullable StatusShape explicitShape;

    private EmulatorOptions(Builder b) {
        this.httpPort = b.httpPort;
        this.downloadPort = b.downloadPort;
        this.explicitSerial = b.serialNumber;
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
        this.explicitShape = b.statusShape;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder().httpPort(httpPort).downloadPort(downloadPort).model(model).username(username)
                .password(password).bindAddress(bindAddress).multicastInterface(multicastInterface)
                .multicastEnabled(multicastEnabled).ssdpEnabled(ssdpEnabled).announceInterval(announceInterval)
                .sessionIdleTimeout(sessionIdleTimeout).rebootDuration(rebootDuration).clock(clock)
                .firstRun(firstRun);
        b.serialNumber = explicitSerial;
        b.boxName = explicitBoxName;
        b.statusShape = explicitShape;
        return b;
    }

    public int httpPort() {
        return httpPort;
    }

    public int downloadPort() {
        return downloadPort;
    }

    /** The serial number; by default the model's ({@link Model#defaultSerial()}). */
    public String serialNumber() {
        String serial = explicitSerial;
        return serial != null ? serial : model.defaultSerial();
    }

    public Model model() {
        return model;
    }

    /**
     * The device name; by default the product and the serial number, "Ultra Stream C301251124001" as the document's
     * example, "Ultra Encode ..." as the Plus page's discovery example.
     */
    public String boxName() {
        String name = explicitBoxName;
        return name != null ? name : model.productName() + " " + serialNumber();
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

    /** The shape of the get-status reply: the model's own, or {@link StatusShape#SIBLING} when asked for. */
    public StatusShape statusShape() {
        StatusShape shape = explicitShape;
        return shape != null ? shape : model.statusShape();
    }

    /** Collects the settings; {@link #build()} makes the immutable options. */
    public static final class Builder {
        private int httpPort;
        private int downloadPort;
        private @Nullable String serialNumber;
        private Model model = Model.ULTRA_STREAM_HDMI;
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
        private @Nullable StatusShape statusShape;

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

        /** The device to play; {@link Model#ULTRA_STREAM_HDMI} unless set. */
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

        /**
         * The get-status shape; only the model's own, or {@link StatusShape#SIBLING} for an Ultra Stream, is allowed
         * ({@link #build()} says so otherwise).
         */
        public Builder statusShape(StatusShape statusShape) {
            this.statusShape = statusShape;
            return this;
        }

        /** @throws IllegalArgumentException when the status shape is neither the model's nor a sibling Ultra Stream */
        public EmulatorOptions build() {
            StatusShape shape = statusShape;
            if (shape != null && shape != model.statusShape()
                    && !(shape == StatusShape.SIBLING && model.isUltraStream())) {
                throw new IllegalArgumentException("The " + model.moduleName() + " answers get-status in the "
                        + model.statusShape() + " shape, not " + shape);
            }
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
