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

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.ControlEndpoint;
import org.openhab.binding.ultrastream.emulator.internal.DeviceFrontEnd;

/**
 * The runnable jar: starts emulated devices from command-line flags and tells what it serves.
 * {@code java -jar ultrastream-emulator-<version>-runnable.jar --help} lists the flags.
 */
@NonNullByDefault
public final class Main {

    private static final String USAGE = """
            Usage: java -jar ultrastream-emulator-<version>-runnable.jar [flags]
              --http-port N         HTTP API port of the first device (default 8080; 0 = any free port)
              --download-port N     download port of the first device (default 9080; 0 = any free port)
              --serial S            serial number of the first device (default: the model's, C301251124001
                                    for an Ultra Stream)
              --model MODEL         the device to play (default ultra-stream-hdmi): ultra-stream-hdmi,
                                    ultra-stream-sdi, ultra-encode-hdmi, ultra-encode-sdi, ultra-encode-hdmi-plus,
                                    ultra-encode-sdi-plus, ultra-encode-aio
              --password P          password of the Admin account (default Admin)
              --interface NAME      network interface for multicast and SSDP (default lo)
              --devices N           number of devices, 1 to 10000 (default 1); device i uses port + i and the
                                    serial i after the first (unit 999 of a production day is followed by
                                    unit 001 of the next)
              --bind ADDRESS        address the HTTP and download ports listen on (default 127.0.0.1)
              --control-port N      fault control endpoint on 127.0.0.1 (default 8079; 0 = any free port)
              --no-multicast        do not announce or answer on 239.255.255.250:2538
              --no-ssdp             start with UPnP/SSDP off (is-ssdp 0)
              --status-shape SHAPE  Ultra Stream models only: ultra-stream (default) or sibling, get-status as
                                    its sibling encoders send it
              --session-timeout S   session idle timeout in seconds (default 1800)
              --reboot-seconds S    how long reboot and reset keep the device down (default 20)
              --duration S          stop after S seconds (default: run until stopped)
            """;

    /** Each device holds two ports; with ephemeral ports ten thousand devices take 20000 of Linux's 28232. */
    private static final int MAX_DEVICES = 10_000;

    private static final Set<String> SWITCHES = Set.of("--no-multicast", "--no-ssdp", "--help");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Jetty's start-up chatter would bury the summary below; -Dorg.slf4j.simpleLogger.defaultLogLevel=info
        // brings it back.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintStream out = System.out;
        Map<String, String> flags;
        try {
            flags = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (flags.containsKey("--help")) {
            out.print(USAGE);
            return;
        }
        List<EmulatorOptions> options;
        try {
            options = options(flags);
        } catch (IllegalArgumentException | UnknownHostException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int controlPort = Integer.parseInt(flags.getOrDefault("--control-port", "8079"));
        UltraStreamEmulator emulator = UltraStreamEmulator.start(options);
        ControlEndpoint control = new ControlEndpoint(emulator.devices(), controlPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            control.close();
            emulator.close();
            stopped.countDown();
        }, "ultrastream-emulator-shutdown"));
        describe(out, emulator, options.get(0), control.port());
        String duration = flags.get("--duration");
        if (duration != null) {
            stopped.await(Long.parseLong(duration), TimeUnit.SECONDS);
            out.println("Duration over, stopping.");
            System.exit(0);
        } else {
            stopped.await();
        }
    }

    /** Turns the flags into one set of options per device: consecutive ports and serial numbers. */
    static List<EmulatorOptions> options(Map<String, String> flags) throws UnknownHostException {
        int devices = Integer.parseInt(flags.getOrDefault("--devices", "1"));
        if (devices < 1 || devices > MAX_DEVICES) {
            throw new IllegalArgumentException("--devices must be 1 to " + MAX_DEVICES);
        }
        int httpPort = Integer.parseInt(flags.getOrDefault("--http-port", "8080"));
        int downloadPort = Integer.parseInt(flags.getOrDefault("--download-port", "9080"));
        checkPorts("--http-port", httpPort, devices);
        checkPorts("--download-port", downloadPort, devices);
        if (httpPort != 0 && downloadPort != 0 && httpPort < downloadPort + devices
                && downloadPort < httpPort + devices) {
            throw new IllegalArgumentException("the HTTP ports " + httpPort + " and the download ports "
                    + downloadPort + " of " + devices + " devices overlap");
        }
        Model model = Model.of(flags.getOrDefault("--model", Model.ULTRA_STREAM_HDMI.id()));
        String serial = flags.getOrDefault("--serial", model.defaultSerial());
        String shape = flags.get("--status-shape");
        InetAddress bind = InetAddress.getByName(flags.getOrDefault("--bind", "127.0.0.1"));
        List<EmulatorOptions> list = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            EmulatorOptions.Builder builder = EmulatorOptions.builder() //
                    .httpPort(httpPort == 0 ? 0 : httpPort + i) //
                    .downloadPort(downloadPort == 0 ? 0 : downloadPort + i) //
                    .serialNumber(Serials.plus(serial, i)) //
                    .model(model) //
                    .password(flags.getOrDefault("--password", "Admin")) //
                    .bindAddress(bind) //
                    .multicastInterface(flags.getOrDefault("--interface", "lo")) //
                    .multicastEnabled(!flags.containsKey("--no-multicast")) //
                    .ssdpEnabled(!flags.containsKey("--no-ssdp")) //
                    .sessionIdleTimeout(Duration.ofSeconds(Long.parseLong(flags.getOrDefault("--session-timeout",
                            "1800")))) //
                    .rebootDuration(Duration.ofSeconds(Long.parseLong(flags.getOrDefault("--reboot-seconds", "20"))));
            if (shape != null) {
                builder.statusShape(StatusShape.valueOf(shape.toUpperCase(Locale.ROOT).replace('-', '_')));
            }
            list.add(builder.build());
        }
        return list;
    }

    /** Consecutive ports from {@code first} for every device must exist (0: each device gets any free port). */
    private static void checkPorts(String flag, int first, int devices) {
        if (first != 0 && (first < 1 || first + devices - 1 > 65535)) {
            throw new IllegalArgumentException(flag + " " + first + " leaves no room for " + devices + " devices");
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (SWITCHES.contains(flag)) {
                flags.put(flag, "");
            } else if (USAGE.contains(flag + " ") && flag.startsWith("--") && i + 1 < args.length) {
                flags.put(flag, args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown or incomplete flag: " + flag);
            }
        }
        return flags;
    }

    private static void describe(PrintStream out, UltraStreamEmulator emulator, EmulatorOptions first,
            int controlPort) {
        out.println("Magewell encoder emulator: " + emulator.devices().size() + " device(s), user "
                + first.username() + ", model " + first.model().moduleName() + " (" + first.model().id() + ")");
        for (EmulatedDevice d : emulator.devices()) {
            String base = d.baseUri().toString();
            out.println("  " + d.serialNumber() + "  API " + base + "/usapi?method=ping" + "  snapshot " + base
                    + DeviceFrontEnd.SNAPSHOT_PATH + "  downloads http://" + d.host() + ":" + d.downloadPort()
                    + "/download/...");
            out.println("                 UPnP description " + base + "/upnp/description.xml");
        }
        String discovery = first.multicastEnabled() ? "multicast 239.255.255.250:2538" : "no multicast";
        out.println("  Discovery on interface " + first.multicastInterface() + ": " + discovery + ", SSDP "
                + (first.ssdpEnabled() ? "on" : "off (set-ssdp turns it on)"));
        out.println("  Control: http://127.0.0.1:" + controlPort
                + "/control?serial=<serial>&fault=<latency|drop|http500|malformed|expire-sessions|"
                + "signal-lost|disk-full|reboot|clear|signal|usb|sd>&value=<...>  and /control/devices");
        out.flush();
    }
}
