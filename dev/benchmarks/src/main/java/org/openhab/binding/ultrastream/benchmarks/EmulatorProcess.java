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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;

/**
 * The emulator in a JVM of its own, so that the binding's CPU, threads and heap are measured without it. Runs the
 * emulator's runnable jar when the build made one (system property {@code emulator.jar}), otherwise its main class
 * from this JVM's class path. Every port is ephemeral; multicast and SSDP are off.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EmulatorProcess implements AutoCloseable {

    private static final Pattern API_LINE = Pattern.compile("API http://127\\.0\\.0\\.1:(\\d+)/usapi");
    private static final String MAIN_CLASS = "org.openhab.binding.ultrastream.emulator.Main";
    private static final long START_TIMEOUT_MILLIS = 120_000;

    private final Process process;
    private final List<Integer> ports;

    /** Starts {@code devices} emulated devices and waits until they all serve. */
    public EmulatorProcess(int devices) throws IOException {
        this(devices, 1800, EmulatorOptions.DEFAULT_SERIAL, List.of());
    }

    /**
     * @param devices how many devices
     * @param sessionTimeoutSeconds the devices' session idle timeout (short, where several runs log in one after
     *            the other and one may not get to log out)
     * @param firstSerial the serial number of the first device; the others count up from it
     * @param launcher words put before the java command (such as {@code taskset -c 1}), or none
     */
    public EmulatorProcess(int devices, int sessionTimeoutSeconds, String firstSerial, List<String> launcher)
            throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // Its live heap is small (about 30 KiB a device) and its garbage short-lived: the serial collector is what a
        // JVM on one core picks by itself, and keeps an unpinned run from spending CPU on G1's concurrent threads.
        command.add("-XX:+UseSerialGC");
        String jar = System.getProperty("emulator.jar", "");
        if (!jar.isBlank() && Files.isRegularFile(Path.of(jar))) {
            command.add("-jar");
            command.add(jar);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(MAIN_CLASS);
        }
        command.addAll(List.of("--devices", String.valueOf(devices), "--http-port", "0", "--download-port", "0",
                "--control-port", "0", "--no-multicast", "--no-ssdp", "--session-timeout",
                String.valueOf(sessionTimeoutSeconds), "--serial", firstSerial));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ports = readPorts(devices);
    }

    /** Reads the emulator's description of what it serves; drains the rest of its output in the background. */
    private List<Integer> readPorts(int devices) throws IOException {
        BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<Integer> found = new ArrayList<>();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        String line;
        while (found.size() < devices && System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            Matcher m = API_LINE.matcher(line);
            if (m.find()) {
                found.add(Integer.parseInt(m.group(1)));
            }
        }
        if (found.size() < devices) {
            process.destroyForcibly();
            throw new IOException("The emulator started " + found.size() + " of " + devices + " devices");
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the emulator went away
            }
        }, "emulator-output");
        drain.setDaemon(true);
        drain.start();
        return List.copyOf(found);
    }

    /** The HTTP API port of each device. */
    public List<Integer> ports() {
        return ports;
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time the emulator JVM has used, in nanoseconds (from /proc; -1 where that is not available). */
    public long cpuNanos() {
        return ProcessCpu.ofPid(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a process's CPU time from {@code /proc/<pid>/stat}. */
    static final class ProcessCpu {
        /** Clock ticks per second of /proc figures; 100 on Linux on x86 and ARM. */
        private static final long TICKS_PER_SECOND = 100;

        private ProcessCpu() {
        }

        static long ofPid(long pid) {
            File stat = new File("/proc/" + pid + "/stat");
            try {
                String text = Files.readString(stat.toPath());
                // The command name (field 2) may contain spaces; the fields after it start after its ')'.
                String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                return ticks * (1_000_000_000L / TICKS_PER_SECOND);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
    }
}
