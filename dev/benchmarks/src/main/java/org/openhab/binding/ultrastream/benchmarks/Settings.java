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
package org.openhab.binding.ultrastream.benchmarks;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How long and how big the suite runs: {@link #forSmoke()} for CI (seconds, proves that everything runs and prints),
 * {@link #forFull()} for the figures in docs/benchmarks.md.
 *
 * @param full whether this is the full run
 * @param budgetMinutes virtual minutes of steady state for the request budget
 * @param scaleSteps device counts of the scale benchmark, in rising order
 * @param scaleWarmupSeconds seconds each scale step runs before it is measured
 * @param scaleSeconds seconds each scale step is measured
 * @param latencyDevices devices polled while the status-change latency is sampled
 * @param latencySamples samples of each latency
 */
@NonNullByDefault
public record Settings(boolean full, int budgetMinutes, List<Integer> scaleSteps, int scaleWarmupSeconds,
        int scaleSeconds, int latencyDevices, int latencySamples) {

    public static Settings forSmoke() {
        return new Settings(false, 6, List.of(5), 2, 3, 2, 3);
    }

    public static Settings forFull() {
        return new Settings(true, 10, List.of(50, 200, 500, 1000, 2000, 3000, 4000), 15, 60, 20, 200);
    }
}
