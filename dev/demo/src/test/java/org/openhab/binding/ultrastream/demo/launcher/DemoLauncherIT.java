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
package org.openhab.binding.ultrastream.demo.launcher;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Runs the demo's entry point the way the README's command does, short and without a terminal, so that CI
 * keeps the main job working: two emulated devices are discovered, go ONLINE, record and stream live
 * through the binding's command path, and everything stops.
 */
@NonNullByDefault
public class DemoLauncherIT {

    @Test
    void theWholeFlowRunsAndNothingIsLeftRunning() throws InterruptedException {
        Run run = run(Map.of("seconds", "24", "devices", "2", "no-color", "true"));
        String output = run.output();
        int code = run.code();

        for (String expected : List.of("It is NOT openHAB", "[InboxAddedEvent]", "changed from UNKNOWN to ONLINE",
                "recording#active' changed from OFF to ON", "recording#active' changed from ON to OFF",
                "[ChannelTriggeredEvent]", "RECORDING_STARTED", "recording#elapsed-time' changed",
                "recording#current-bitrate' changed", "usb#free-space' changed")) {
            assertTrue(output.contains(expected), "missing: " + expected);
        }
        assertEquals(0, code, output);
        for (String expected : List.of("Rule action addStreamServer", "live#active' changed from OFF to ON",
                "RET_LIVING_CONNECTED", "LIVE_STARTED", "LIVE ON", "live#active' changed from ON to OFF",
                "Done: discovered, ONLINE, states, recording, live, stopped")) {
            assertTrue(output.contains(expected), "missing: " + expected);
        }
        // The framework, the stand-in's shared pools ("OH-..."), the demo, the host's HTTP client and the emulated
        // devices' servers must be gone.
        assertEquals(List.of(), awaitNoThreadsLeft(Duration.ofSeconds(5)), "threads left running");
    }

    /** The README's mixed studio: an Ultra Encode AIO is discovered as its own type, records and streams over SRT. */
    @Test
    void anUltraEncodeAioRecordsAndStreamsOverSrt() throws InterruptedException {
        Run run = run(Map.of("seconds", "24", "model", "aio", "no-color", "true"));
        String output = run.output();

        assertEquals(0, run.code(), output);
        for (String expected : List.of("ultrastream:ultra-encode:", "changed from UNKNOWN to ONLINE",
                "recording#active' changed from OFF to ON", "Rule action addStreamServer", "SRT_CALLER",
                "live#active' changed from OFF to ON", "LIVE_STARTED", "RET_LIVING_CONNECTED",
                "Done: discovered, ONLINE, states, recording, live, stopped")) {
            assertTrue(output.contains(expected), "missing: " + expected);
        }
        assertEquals(List.of(), awaitNoThreadsLeft(Duration.ofSeconds(5)), "threads left running");
    }

    @Test
    void watchesADeviceNamedByHostPortUserAndPassword() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        // a device of its own, in another process, found by address only: no multicast, no SSDP
        Process device = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("ultrastream.emulator.jar"), "--http-port", String.valueOf(port),
                "--download-port", "0", "--control-port", "0", "--password", "s3cret", "--no-multicast", "--no-ssdp",
                "--duration", "60").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(awaitListening(port, Duration.ofSeconds(20)), "the emulator process listens on " + port);
            String output = runCapturing(Map.of("seconds", "8", "host", "127.0.0.1", "port", String.valueOf(port),
                    "user", "Admin", "password", "s3cret", "no-color", "true"));

            assertTrue(output.contains("Creating a Thing for 127.0.0.1"), output);
            assertTrue(output.contains("changed from UNKNOWN to ONLINE"), output);
            assertTrue(output.contains("recording#active' changed from NULL to OFF"), output);
            assertTrue(output.contains("Watching only"), output);
            assertFalse(output.contains("s3cret"), "the password is never printed");
            assertTrue(output.contains("Done: ONLINE, states, stopped. Nothing left running."), output);
        } finally {
            device.destroy();
            device.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean awaitListening(int port, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException e) {
                Thread.sleep(100); // the other process is still starting
            }
        }
        return false;
    }

    /** Runs the demo in this JVM with System.out captured (and still shown); fails unless the exit code is 0. */
    private static String runCapturing(Map<String, String> options) {
        Run run = run(options);
        assertEquals(0, run.code(), run.output());
        return run.output();
    }

    private record Run(int code, String output) {
    }

    private static Run run(Map<String, String> options) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try (PrintStream tee = new PrintStream(new TeeStream(captured, original), true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            code = DemoLauncher.run(options, false);
        } finally {
            System.setOut(original);
        }
        return new Run(code, captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsUnknownOptionsAndBadNumbers() {
        assertThrows(IllegalArgumentException.class, () -> DemoLauncher.parse(new String[]{ "--bogus" }));
        assertThrows(IllegalArgumentException.class, () -> DemoLauncher.parse(new String[]{ "--seconds", "x" }));
        assertEquals(Map.of("host", "10.0.0.5", "commands", "true"),
                DemoLauncher.parse(new String[]{ "--host", "10.0.0.5", "--commands" }));
    }

    /** Threads end a moment after they are told to; wait for that, bounded, and return those still running. */
    private static List<String> awaitNoThreadsLeft(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> left = ours();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = ours();
        }
        return left;
    }

    private static List<String> ours() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("ultrastream-demo") || name.startsWith("Felix")
                        || name.startsWith("OH-") || name.startsWith("host-common") || name.startsWith("qtp")
                        || name.startsWith("Connector-Scheduler"))
                .toList();
    }

    /** Writes to two streams: the test reads one, a person watching the build sees the other. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream first;
        private final java.io.OutputStream second;

        TeeStream(java.io.OutputStream first, java.io.OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
