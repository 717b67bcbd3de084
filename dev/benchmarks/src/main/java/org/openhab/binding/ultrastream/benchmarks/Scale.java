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

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Serials;

/**
 * The scale benchmark: emulator JVMs with as many devices as the largest step, and for each step a fresh
 * {@link ScaleProbe} JVM running the binding with that many things at a 1 s refresh. A step passes when every
 * thing went ONLINE and fewer than one poll in a hundred was missed.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Scale {

    private static final String AREA = "Scale";
    private static final double MAX_MISSED = 0.01;
    private static final int TARGET_DEVICES = 5000;
    /** The floor is compared at the largest step up to this many devices (the smallest step, if all are larger). */
    private static final int FLOOR_DEVICES = 500;
    private static final double TARGET_FLOOR_RATIO = 1.3;
    /** Short, so that sessions of a step that could not log out do not crowd the next step. */
    private static final int SESSION_TIMEOUT_SECONDS = 30;
    /**
     * Devices per emulator JVM: the target in one, since one JVM serves them for a fraction of the CPU that several
     * (each with its own JIT, GC and selector) would take; more devices than this start another JVM.
     */
    private static final int PER_EMULATOR = TARGET_DEVICES;

    /**
     * Where the JVMs of one pass run: anywhere, or (with {@code taskset} put before their java command) the probe
     * running the binding on core 0 and the emulators on core 1, so that each side's CPU is its own.
     */
    enum Placement {
        UNPINNED("", List.of(), List.of()),
        PINNED(", pinned", List.of("taskset", "-c", "0"), List.of("taskset", "-c", "1"));

        final String label;
        final List<String> probeLauncher;
        final List<String> emulatorLauncher;

        Placement(String label, List<String> probeLauncher, List<String> emulatorLauncher) {
            this.label = label;
            this.probeLauncher = probeLauncher;
            this.emulatorLauncher = emulatorLauncher;
        }
    }

    private Scale() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        if (settings.pinned()) {
            run(settings, table, Placement.PINNED);
        }
        run(settings, table, Placement.UNPINNED);
    }

    private static void run(Settings settings, Table table, Placement placement) throws Exception {
        int most = Collections.max(settings.scaleSteps());
        int best = 0;
        try (Emulators emulator = new Emulators(most, placement.emulatorLauncher)) {
            for (int devices : settings.scaleSteps()) {
                Map<String, String> r = probe(settings, emulator, devices, "binding", placement);
                long polls = number(r, "polls");
                long missed = number(r, "missed");
                double missedRatio = polls + missed == 0 ? 1 : (double) missed / (polls + missed);
                boolean passed = number(r, "online") == devices && missedRatio < MAX_MISSED;
                if (passed && devices > best) {
                    best = devices;
                }
                double heapLive = Double.parseDouble(r.getOrDefault("heapLiveMiB", "0"));
                table.add(AREA, devices + " devices at 1 s" + placement.label,
                        "missed " + Table.num(100 * missedRatio, 2) + "% of " + (polls + missed) + ", CPU "
                                + r.get("cpuPercent") + "% of a core, " + r.get("cpuMicrosPerPoll") + " us/poll ("
                                + split(r) + "), " + r.get("threads") + " threads, heap " + r.get("heapLiveMiB")
                                + " MiB live ("
                                + Table.num(heapLive * 1024 / devices, 1) + " KiB/device) / " + r.get("heapPeakMiB")
                                + " MiB peak",
                        "online " + r.get("online") + ", max gap " + r.get("maxGapMs") + " ms, emulator CPU "
                                + r.get("emulatorCpuPercent") + "% of a core (" + emulator.count() + " JVM)",
                        "< 1% missed", Verdict.of(passed));
                if (devices == floorStep(settings.scaleSteps())) {
                    compareWithFloor(settings, table, emulator, devices, r, placement);
                }
                if (!passed) {
                    break; // more devices will not do better
                }
            }
        }
        table.add(AREA, "most devices at 1 s with < 1% missed" + placement.label + " (of steps tried)",
                String.valueOf(best), "steps " + settings.scaleSteps(), ">= " + TARGET_DEVICES,
                Verdict.of(best >= TARGET_DEVICES));
    }

    /** As many emulator JVMs as needed (one holds at most {@value #PER_EMULATOR} devices), serials consecutive. */
    private static final class Emulators implements AutoCloseable {
        private final List<EmulatorProcess> processes = new ArrayList<>();
        private final List<Integer> ports = new ArrayList<>();

        Emulators(int devices, List<String> launcher) throws IOException {
            try {
                for (int first = 0; first < devices; first += PER_EMULATOR) {
                    // Each JVM goes on where the one before stopped, so that no serial repeats.
                    String serial = Serials.plus(EmulatorOptions.DEFAULT_SERIAL, first);
                    EmulatorProcess p = new EmulatorProcess(Math.min(PER_EMULATOR, devices - first),
                            SESSION_TIMEOUT_SECONDS, serial, launcher);
                    processes.add(p);
                    ports.addAll(p.ports());
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        List<Integer> ports() {
            return ports;
        }

        int count() {
            return processes.size();
        }

        long cpuNanos() {
            return processes.stream().mapToLong(EmulatorProcess::cpuNanos).sum();
        }

        @Override
        public void close() {
            processes.forEach(EmulatorProcess::close);
        }
    }

    /** The step the floor is compared at: the largest up to {@value #FLOOR_DEVICES} (else the smallest). */
    static int floorStep(List<Integer> steps) {
        return steps.stream().filter(n -> n <= FLOOR_DEVICES).max(Integer::compare)
                .orElse(Collections.min(steps));
    }

    /**
     * The floor at the same scale, in a probe JVM of its own: CPU per poll of the whole process (HTTP client, GC and
     * all), binding against floor. Done at one step only, to keep the suite short.
     */
    private static void compareWithFloor(Settings settings, Table table, Emulators emulator, int devices,
            Map<String, String> binding, Placement placement) throws IOException, InterruptedException {
        Map<String, String> floor = probe(settings, emulator, devices, "floor", placement);
        double bindingCpu = Double.parseDouble(binding.getOrDefault("cpuMicrosPerPoll", "0"));
        double floorCpu = Double.parseDouble(floor.getOrDefault("cpuMicrosPerPoll", "0"));
        double ratio = floorCpu > 0 ? bindingCpu / floorCpu : Double.NaN;
        table.add("Poll cost", "CPU per poll, whole process, " + devices + " devices at 1 s" + placement.label,
                Table.num(bindingCpu, 0) + " us (" + Table.num(ratio, 2) + "x; " + split(binding) + ")",
                "floor " + Table.num(floorCpu, 0) + " us (" + split(floor) + "; CPU " + floor.get("cpuPercent")
                        + "%, heap "
                        + floor.get("heapLiveMiB") + " MiB live / " + floor.get("heapPeakMiB") + " MiB peak, "
                        + floor.get("threads") + " threads)",
                "<= " + TARGET_FLOOR_RATIO + "x floor", Verdict.of(ratio <= TARGET_FLOOR_RATIO));
    }

    /**
     * Runs one {@link ScaleProbe} JVM on the first {@code devices} emulated devices and returns its RESULT line as
     * keys and values, with the emulators' CPU over the probe's own window added as {@code emulatorCpuPercent}.
     */
    private static Map<String, String> probe(Settings settings, Emulators emulator, int devices, String mode,
            Placement placement) throws IOException, InterruptedException {
        List<Integer> ports = emulator.ports().subList(0, devices);
        List<String> command = new ArrayList<>(placement.probeLauncher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m"); // openHAB's default heap limit
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ScaleProbe.class.getName());
        command.add(String.valueOf(settings.scaleWarmupSeconds()));
        command.add(String.valueOf(settings.scaleSeconds()));
        command.add(ports.stream().map(String::valueOf).collect(Collectors.joining(",")));
        command.add(mode);
        String logName = "ultrastream-scale-" + mode + "-" + ports.size() + "-" + placement.name().toLowerCase()
                + ".log";
        File log = new File(System.getProperty("java.io.tmpdir"), logName);
        Process process = new ProcessBuilder(command).redirectError(log).start();
        // However the probe fares, it is gone after its time and a margin.
        long limit = settings.scaleWarmupSeconds() + settings.scaleSeconds() + 120L + ports.size() / 50;
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "scale-probe-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        @Nullable
        String result = null;
        long[] emulatorCpu = new long[2];
        long[] wall = new long[2];
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (line.equals(ScaleProbe.WINDOW_START) || line.equals(ScaleProbe.WINDOW_END)) {
                    int i = line.equals(ScaleProbe.WINDOW_START) ? 0 : 1;
                    emulatorCpu[i] = emulator.cpuNanos();
                    wall[i] = System.nanoTime();
                }
            }
        } finally {
            process.waitFor(limit, TimeUnit.SECONDS);
        }
        if (result == null) {
            throw new IllegalStateException(
                    "The scale probe for " + ports.size() + " devices printed no result; see " + log);
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : result.substring("RESULT ".length()).split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        values.put("emulatorCpuPercent",
                wall[1] > wall[0]
                        ? Table.num(100.0 * (emulatorCpu[1] - emulatorCpu[0]) / (wall[1] - wall[0]), 1)
                        : "?");
        return values;
    }

    /** The probe's CPU per poll by where it was spent: openHAB's scheduler, Jetty's pool, the JVM's own threads. */
    private static String split(Map<String, String> r) {
        return "scheduler " + r.get("schedulerMicrosPerPoll") + ", Jetty " + r.get("jettyMicrosPerPoll") + ", JVM "
                + r.get("jvmMicrosPerPoll");
    }

    private static long number(Map<String, String> values, String key) {
        return Long.parseLong(values.getOrDefault(key, "0"));
    }
}
