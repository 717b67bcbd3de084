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
package org.openhab.binding.ultrastream.emulator.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.MalformedJson;

/**
 * The fault switches that change how {@code /usapi} replies go out. Set from test threads, read on Jetty
 * threads, hence volatile.
 */
@NonNullByDefault
public final class FaultState {

    public volatile long latencyMs;
    public volatile boolean dropConnections;
    public volatile boolean http500;
    public volatile MalformedJson malformedJson = MalformedJson.NONE;

    public void clear() {
        latencyMs = 0;
        dropConnections = false;
        http500 = false;
        malformedJson = MalformedJson.NONE;
    }
}
