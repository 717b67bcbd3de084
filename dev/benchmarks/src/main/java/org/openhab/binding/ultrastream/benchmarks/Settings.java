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
 * @param silentHealthy healthy devices polled beside the silent ones
 * @param silentCounts how many devices fall silent, one window each
 * @param silentSeconds seconds each of those windows lasts
 * @param pinned whether the scale section also runs each step with the binding on one core and the emulators on the
 *            other (then before the unpinned steps)
 */
@NonNullByDefault
public record Settings(boolean full, int budgetMinutes, List<Integer> scaleSteps, int scaleWarmupSeconds,
        int scaleSeconds, int latencyDevices, int latencySamples, int silentHealthy, List<Integer> silentCounts,
        int silentSeconds, boolean pinned) {

    public static Settings forSmoke() {
        return new Settings(false, 6, List.of(5), 2, 3, 2, 3, 3, List.of(2), 3, false);
    }

    /** The same settings with other device counts for the scale section. */
    public Settings withScaleSteps(List<Integer> steps) {
        return new Settings(full, budgetMinutes, steps, scaleWarmupSeconds, scaleSeconds, latencyDevices,
                latencySamples, silentHealthy, silentCounts, silentSeconds, pinned);
    }

    /** The same settings with the scale section run pinned as well as unpinned. */
    public Settings withPinned() {
        return new Settings(full, budgetMinutes, scaleSteps, scaleWarmupSeconds, scaleSeconds, latencyDevices,
                latencySamples, silentHealthy, silentCounts, silentSeconds, true);
    }

    public static Settings forFull() {
        return new Settings(true, 10, List.of(50, 200, 500, 1000, 2000, 3000, 4000), 15, 60, 20, 200, 20,
                List.of(0, 2, 5, 10, 50, 100), 60, false);
    }
}
