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
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * One emulated device on loopback, with discovery off and its time on a {@link ManualClock} that only the test
 * moves, a started Jetty client, and clients of the device: fresh for every test when registered with
 * {@code @RegisterExtension}, or opened and closed by a harness that builds on it.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EmulatedDeviceExtension implements OpenedForEachTest {

    /** Where the emulated time starts unless a test says otherwise: a fixed instant, so that runs repeat. */
    public static final long START_MILLIS = 1_700_000_000_000L;

    public final ManualClock clock;
    public final HttpClient httpClient = new HttpClient();
    private final UnaryOperator<EmulatorOptions.Builder> options;
    private Duration requestTimeout = Duration.ofSeconds(5);
    private @Nullable UltraStreamEmulator emulator;
    private @Nullable UltraStreamClient client;

    public EmulatedDeviceExtension() {
        this(options -> options);
    }

    /** @param options what the test changes in the emulator's options; discovery stays off, the clock manual */
    public EmulatedDeviceExtension(UnaryOperator<EmulatorOptions.Builder> options) {
        this(START_MILLIS, options);
    }

    public EmulatedDeviceExtension(long startMillis, UnaryOperator<EmulatorOptions.Builder> options) {
        this.clock = new ManualClock(startMillis);
        this.options = options;
    }

    /** The request timeout of the clients this makes: 5 s, unless a test looks at its edges. */
    public EmulatedDeviceExtension requestTimeout(Duration timeout) {
        requestTimeout = timeout;
        return this;
    }

    /** Starts the emulator and the Jetty client. */
    @Override
    public EmulatedDeviceExtension open() throws Exception {
        emulator = UltraStreamEmulator.start(
                options.apply(EmulatorOptions.builder()).clock(clock).multicastEnabled(false).ssdpEnabled(false)
                        .build());
        httpClient.start();
        return this;
    }

    @Override
    public void close() throws Exception {
        httpClient.stop();
        UltraStreamEmulator started = emulator;
        if (started != null) {
            started.close();
        }
    }

    public UltraStreamEmulator emulator() {
        return Objects.requireNonNull(emulator, "the emulator is not started");
    }

    public EmulatedDevice device() {
        return emulator().device();
    }

    /** Options for a client of the device that logs in as {@code username}. */
    public UltraStreamClientOptions.Builder optionsFor(String username, String password) {
        EmulatedDevice device = device();
        return UltraStreamClientOptions.builder(device.host()).port(device.httpPort())
                .downloadPort(device.downloadPort()).username(username).password(password)
                .requestTimeout(requestTimeout);
    }

    public UltraStreamClient newClient(String username, String password) {
        return new UltraStreamClient(httpClient, optionsFor(username, password).build());
    }

    /** The test's client of the device, as the administrator; the same one for the whole test. */
    public UltraStreamClient client() {
        UltraStreamClient current = client;
        if (current == null) {
            current = newClient("Admin", "Admin");
            client = current;
        }
        return current;
    }
}
