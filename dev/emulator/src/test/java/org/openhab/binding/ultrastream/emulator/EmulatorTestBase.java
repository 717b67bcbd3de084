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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.google.gson.JsonObject;

/**
 * One emulated device per test on loopback, with a manual clock and discovery off, and a logged-in client.
 */
@NonNullByDefault
abstract class EmulatorTestBase {

    protected static final long START = 1_790_000_000_000L;

    protected ManualClock clock = new ManualClock(START);
    private @Nullable UltraStreamEmulator emulator;
    protected @Nullable EmulatedDevice device;
    protected @Nullable AppClient api;

    /** Options of the device under test; subclasses may change them. */
    protected EmulatorOptions.Builder options() {
        return EmulatorOptions.builder().clock(clock).multicastEnabled(false).ssdpEnabled(false)
                .rebootDuration(Duration.ofSeconds(20));
    }

    @BeforeEach
    void startEmulator() {
        UltraStreamEmulator e = UltraStreamEmulator.start(options().build());
        emulator = e;
        device = e.device();
        api = AppClient.loggedIn(e.device());
    }

    @AfterEach
    void stopEmulator() {
        UltraStreamEmulator e = emulator;
        if (e != null) {
            e.close();
        }
    }

    protected EmulatedDevice device() {
        EmulatedDevice d = device;
        if (d == null) {
            throw new IllegalStateException("not started");
        }
        return d;
    }

    protected AppClient api() {
        AppClient a = api;
        if (a == null) {
            throw new IllegalStateException("not started");
        }
        return a;
    }

    protected void advance(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    protected JsonObject status() {
        return api().call("get-status");
    }

    protected JsonObject settings() {
        return api().call("get-settings");
    }

    protected int curStatus() {
        return status().get("cur-status").getAsInt();
    }
}
