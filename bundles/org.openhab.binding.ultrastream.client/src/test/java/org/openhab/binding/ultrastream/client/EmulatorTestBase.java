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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * Starts one emulated device on loopback (discovery off, emulated time under the test's control) and a client
 * for it, fresh for every test.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class EmulatorTestBase {

    protected final ManualClock clock = new ManualClock(1_700_000_000_000L);
    protected final HttpClient httpClient = new HttpClient();
    private @Nullable UltraStreamEmulator emulator;
    private @Nullable UltraStreamClient client;

    @BeforeEach
    void startEmulatorAndClient() throws Exception {
        UltraStreamEmulator started = UltraStreamEmulator.start(EmulatorOptions.builder().clock(clock)
                .multicastEnabled(false).ssdpEnabled(false).rebootDuration(Duration.ofSeconds(20)).build());
        emulator = started;
        httpClient.start();
        client = newClient("Admin", "Admin");
    }

    @AfterEach
    void stopEmulatorAndClient() throws Exception {
        httpClient.stop();
        UltraStreamEmulator started = emulator;
        if (started != null) {
            started.close();
        }
    }

    protected UltraStreamClient newClient(String username, String password) {
        return new UltraStreamClient(httpClient, optionsFor(username, password).build());
    }

    protected UltraStreamClientOptions.Builder optionsFor(String username, String password) {
        EmulatedDevice device = device();
        return UltraStreamClientOptions.builder(device.host()).port(device.httpPort())
                .downloadPort(device.downloadPort()).username(username).password(password)
                .requestTimeout(Duration.ofSeconds(5));
    }

    protected UltraStreamClient client() {
        UltraStreamClient current = client;
        assertNotNull(current);
        return current;
    }

    protected EmulatedDevice device() {
        UltraStreamEmulator started = emulator;
        assertNotNull(started);
        return started.device();
    }

    protected void advance(Duration duration) {
        clock.advance(duration);
    }
}
