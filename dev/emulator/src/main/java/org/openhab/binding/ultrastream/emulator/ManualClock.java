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

/**
 * A clock that only moves when a test moves it. Thread-safe: the emulator reads it on Jetty threads.
 */
@NonNullByDefault
public final class ManualClock implements EmulatorClock {

    private volatile long millis;

    public ManualClock(long startMillis) {
        this.millis = startMillis;
    }

    @Override
    public long millis() {
        return millis;
    }

    public synchronized void advance(Duration d) {
        millis += d.toMillis();
    }

    public void set(long millis) {
        this.millis = millis;
    }
}
