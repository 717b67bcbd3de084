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

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;

/**
 * Runs every benchmark in turn and prints the machine and the table.
 * <p>
 * {@code java -cp <class path> org.openhab.binding.ultrastream.benchmarks.BenchmarkSuite [--smoke|--full]
 * [--scale-steps=N,M,...] [--pinned] [section ...]}: sections are {@code poll-cost}, {@code request-budget},
 * {@code scale},
 * {@code latency},
 * {@code discovery}, {@code silent-devices}; all by default. A section that fails puts a row saying so and the others
 * still run.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BenchmarkSuite {

    /** One benchmark of the suite. */
    @FunctionalInterface
    interface Section {
        void run(Settings settings, Table table) throws Exception;
    }

    private static final String SCALE_STEPS = "--scale-steps=";

    static final Map<String, Section> SECTIONS = new LinkedHashMap<>();
    static {
        SECTIONS.put("poll-cost", PollCost::run);
        SECTIONS.put("request-budget", RequestBudget::run);
        SECTIONS.put("command-cost", CommandCost::run);
        SECTIONS.put("latency", Latency::run);
        SECTIONS.put("discovery", DiscoveryLatency::run);
        SECTIONS.put("silent-devices", SilentDevices::run);
        SECTIONS.put("scale", Scale::run);
    }

    private BenchmarkSuite() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        // Maven hands -Dbenchmarks.args="--full scale" over as one argument.
        List<String> words = Stream.of(args).flatMap(a -> Stream.of(a.trim().split("\\s+")))
                .filter(w -> !w.isEmpty()).toList();
        boolean full = words.contains("--full");
        List<String> only = words.stream().filter(w -> !w.startsWith("--")).toList();
        Settings settings = full ? Settings.forFull() : Settings.forSmoke();
        // --scale-steps=4000,6000 tries other device counts in the scale section.
        for (String word : words) {
            if (word.startsWith(SCALE_STEPS)) {
                settings = settings.withScaleSteps(Stream.of(word.substring(SCALE_STEPS.length()).split(","))
                        .map(Integer::valueOf).sorted().toList());
            }
        }
        // --pinned runs the scale steps with the binding on core 0 and the emulators on core 1 too.
        if (words.contains("--pinned")) {
            settings = settings.withPinned();
        }
        Table table = run(settings, only, out);
        table.print(out);
        // Pools of the openHAB stand-in and Jetty keep daemon threads only; nothing else is left running.
        System.exit(0);
    }

    /** Runs the chosen sections (all when {@code only} is empty), telling progress on {@code out}. */
    public static Table run(Settings settings, List<String> only, PrintStream out) {
        out.println("Ultra Stream benchmarks (" + (settings.full() ? "full" : "smoke") + ") on " + machine());
        Table table = new Table();
        for (Map.Entry<String, Section> section : SECTIONS.entrySet()) {
            if (!only.isEmpty() && !only.contains(section.getKey())) {
                continue;
            }
            Instant start = Instant.now();
            out.println("-- " + section.getKey() + " ...");
            out.flush();
            try {
                section.getValue().run(settings, table);
            } catch (Exception | AssertionError e) {
                table.add(section.getKey(), "FAILED", String.valueOf(e), "-", "-", Verdict.NOT_MET);
                e.printStackTrace(out);
            }
            out.println("-- " + section.getKey() + " done in " + Duration.between(start, Instant.now()).toSeconds()
                    + " s");
        }
        return table;
    }

    /** Cores, memory and Java of this machine, as the benchmarks document records them. */
    static String machine() {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + Table.num(os.getTotalMemorySize() / 1073741824.0, 1) + " GiB memory, Java "
                + System.getProperty("java.vm.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
