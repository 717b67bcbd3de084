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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Median, 99th percentile and maximum of a set of durations, in milliseconds.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record Stats(int count, double medianMillis, double p99Millis, double maxMillis) {

    public static Stats ofNanos(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                millis(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** "median 12.3 ms, p99 45.6 ms (n=100)". */
    public String describe() {
        return "median " + Table.num(medianMillis, 1) + " ms, p99 " + Table.num(p99Millis, 1) + " ms (n=" + count
                + ")";
    }
}
