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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The emulator's only source of time. Every evolving value (run time, bit rates, free space, progress of
 * long operations, reboot time) is computed from it when a request arrives, so a test with a
 * {@link ManualClock} sees exactly the values it advanced to.
 */
@NonNullByDefault
public interface EmulatorClock {

    /** Milliseconds since the epoch. */
    long millis();

    /** The wall clock. */
    static EmulatorClock system() {
        return System::currentTimeMillis;
    }
}
