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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link PollCostBenchmark} with JMH and its GC profiler against emulated devices in another JVM, and
 * puts time and allocation per poll, binding against floor, into the table.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PollCost {

    private static final String AREA = "Poll cost";
    private static final double TARGET_RATIO = 3.0;

    /** Time (µs) and allocation (bytes) per operation of one benchmark. */
    record Figure(double micros, double bytes) {
    }

    private PollCost() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        try (EmulatorProcess emulator = new EmulatorProcess(3)) {
            Map<String, Figure> figures = measure(settings, emulator.ports());
            compare(table, "parse + update one get-status (no I/O)", figures.get("parseAndUpdate"),
                    figures.get("parseFloor"));
            compare(table, "one poll over loopback (GET, parse, update)", figures.get("wireBinding"),
                    figures.get("wireFloor"));
            step(table, "step: client.getStatusAsync() over loopback (GET, parse, DTO)", figures.get("wireClient"));
            step(table, "step: client's tolerant parse to a tree", figures.get("stepTolerantTree"));
            step(table, "step: client's tree -> DeviceStatus DTO", figures.get("stepTreeToDto"));
            step(table, "step: StatusMapper.map", figures.get("stepMap"));
        }
    }

    private static Map<String, Figure> measure(Settings settings, List<Integer> ports) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PollCostBenchmark.class.getName() + "\\.(" + String.join("|", PollCostBenchmark.NAMES)
                        + ")$")
                .param("floorPort", String.valueOf(ports.get(0)))
                .param("clientPort", String.valueOf(ports.get(1)))
                .param("bindingPort", String.valueOf(ports.get(2))).addProfiler(GCProfiler.class)
                .verbosity(settings.full() ? VerboseMode.NORMAL : VerboseMode.SILENT).shouldFailOnError(true);
        if (settings.full()) {
            options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2)).jvmArgs("-Xmx512m");
        } else {
            options.forks(0).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(200));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Figure> figures = new HashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            String name = label.substring(label.lastIndexOf('.') + 1);
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            double bytes = alloc == null ? Double.NaN : alloc.getScore();
            figures.put(name, new Figure(r.getPrimaryResult().getScore(), bytes));
        }
        return figures;
    }

    private static void compare(Table table, String what, @Nullable Figure binding, @Nullable Figure floor) {
        if (binding == null || floor == null) {
            table.add(AREA, what, "not measured", "-", "<= 3x floor", Verdict.NOT_MET);
            return;
        }
        double timeRatio = binding.micros() / floor.micros();
        double allocRatio = binding.bytes() / floor.bytes();
        table.add(AREA, what + ": time", Table.num(binding.micros(), 1) + " us (" + Table.num(timeRatio, 2) + "x)",
                "floor " + Table.num(floor.micros(), 1) + " us", "<= 3x floor", Verdict.of(timeRatio <= TARGET_RATIO));
        table.add(AREA, what + ": allocated", kilobytes(binding.bytes()) + " (" + Table.num(allocRatio, 2) + "x)",
                "floor " + kilobytes(floor.bytes()), "<= 3x floor", Verdict.of(allocRatio <= TARGET_RATIO));
    }

    private static void step(Table table, String what, @Nullable Figure figure) {
        if (figure != null) {
            table.info(AREA, what, Table.num(figure.micros(), 1) + " us, " + kilobytes(figure.bytes()), "-");
        }
    }

    static String kilobytes(double bytes) {
        return Table.num(bytes / 1024.0, 1) + " KiB";
    }
}
