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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts an embedded Apache Felix with every bundle in {@code bundles/} beside the jar (the shipped binding,
 * its runtime dependencies, the openHAB core stand-in, the emulator, the console host and the console demo),
 * passes the command line to the demo as framework properties, waits until the demo stops the framework (or
 * Ctrl-C does), and exits with the demo's code. Everything runs in this one process and stops with it.
 */
@NonNullByDefault
public final class DemoLauncher {

    static final String USAGE = """
            Usage: java -jar ultrastream-demo.jar [options]
              --seconds N       run for N seconds, then stop (default 45)
              --devices N       number of emulated devices on 127.0.0.1 (default 1)
              --model MODEL     the emulated devices' model: an emulator model id (ultra-encode-aio, ...) or its
                                short form (aio, hdmi-plus, ...); default Ultra Stream HDMI and SDI in turn
              --host HOST       use the real device at HOST instead of emulated ones
              --port PORT       its HTTP port (default 80)
              --user USER       its user name (default Admin)
              --password PASS   its password (default Admin; or set ULTRASTREAM_PASSWORD)
              --commands        with --host: also start and stop recording and live streaming
              --firmware        emulated devices: check for and install a firmware update, with its progress
              --color / --no-color   colored output (default: on when run in a terminal)
              --verbose         log the binding's debug messages
              --help            this text
            The console host stands in for openHAB's framework; it is not openHAB.
            """;

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.containsKey("help")) {
            System.out.print(USAGE);
            return;
        }
        System.exit(run(options, true));
    }

    /**
     * Runs the demo and returns its exit code: 0 when the whole flow happened, 1 when part of it did not,
     * 130 when stopped by Ctrl-C, 3 when the framework could not start.
     *
     * @param onCtrlC whether to stop the framework on Ctrl-C (a JVM shutdown hook)
     */
    public static int run(Map<String, String> options, boolean onCtrlC) {
        configureLogging(options.containsKey("verbose"));
        Path home = home();
        Path storage;
        try {
            storage = Files.createTempDirectory("ultrastream-demo-felix");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicInteger outcome = new AtomicInteger(130);
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("Apache Felix is not on the class path"))
                .newFramework(frameworkProperties(options, storage));
        Thread hook = new Thread(() -> stop(framework), "ultrastream-demo-shutdown");
        try {
            framework.init();
            BundleContext system = framework.getBundleContext();
            Hashtable<String, Object> marker = new Hashtable<>();
            marker.put("ultrastream.demo.outcome", "true");
            system.registerService(IntConsumer.class, outcome::set, marker);
            List<Bundle> bundles = install(system, home.resolve("bundles"));
            if (onCtrlC) {
                Runtime.getRuntime().addShutdownHook(hook);
            }
            framework.start();
            for (Bundle bundle : bundles) {
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start();
                }
            }
            FrameworkEvent stopped = framework.waitForStop(0);
            return stopped.getType() == FrameworkEvent.STOPPED ? outcome.get() : 1;
        } catch (BundleException | IOException e) {
            System.err.println("The framework could not start: " + e.getMessage());
            stop(framework);
            return 3;
        } catch (InterruptedException e) {
            stop(framework);
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            if (onCtrlC) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook runs
                }
            }
            deleteTree(storage);
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--seconds", "--devices", "--port" -> options.put(arg.substring(2), number(arg, args, ++i));
                case "--host", "--user", "--password", "--model" ->
                    options.put(arg.substring(2), value(arg, args, ++i));
                case "--commands", "--firmware", "--color", "--no-color", "--verbose", "--help", "-h" ->
                    options.put(arg.replaceFirst("^-+", ""), "true");
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        if (options.containsKey("h")) {
            options.put("help", "true");
        }
        return options;
    }

    private static String value(String option, String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static String number(String option, String[] args, int index) {
        String value = value(option, args, index);
        try {
            if (Integer.parseInt(value) < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a positive number, not " + value);
        }
        return value;
    }

    private static Map<String, String> frameworkProperties(Map<String, String> options, Path storage) {
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // resolve on the calling thread: no resolver thread pool to outlive the framework
        properties.put("felix.resolver.parallelism", "1");
        // openHAB provides SLF4J to add-ons; here the launcher's class path does, through the system bundle
        String slf4j = demoProperties().getProperty("slf4j.version");
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", "org.slf4j;version=" + slf4j,
                "org.slf4j.spi;version=" + slf4j, "org.slf4j.event;version=" + slf4j,
                "org.slf4j.helpers;version=" + slf4j));
        boolean color = options.containsKey("color") || (!options.containsKey("no-color") && System.console() != null);
        properties.put("ultrastream.demo.color", String.valueOf(color));
        String password = options.getOrDefault("password", System.getenv("ULTRASTREAM_PASSWORD"));
        if (password != null) {
            properties.put("ultrastream.demo.password", password);
        }
        for (String name : List.of("seconds", "devices", "model", "host", "port", "user", "commands",
                "firmware")) {
            String value = options.get(name);
            if (value != null) {
                properties.put("ultrastream.demo." + name, value);
            }
        }
        return properties;
    }

    private static List<Bundle> install(BundleContext context, Path folder) throws IOException, BundleException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("No bundles in " + folder + ": build the demo first (dev/demo.sh does)");
        }
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                bundles.add(context.installBundle(jar.toUri().toString()));
            }
        }
        return bundles;
    }

    private static void configureLogging(boolean verbose) {
        // Quiet by default: the demo's view is the output; warnings and errors still show.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.org.openhab.binding.ultrastream", "debug");
        }
        // Jetty 9.4 logs on its own (the emulator's server); keep it to warnings as well
        System.setProperty("org.eclipse.jetty.util.log.class", "org.eclipse.jetty.util.log.StdErrLog");
        System.setProperty("org.eclipse.jetty.LEVEL", "WARN");
        System.setProperty("org.eclipse.jetty.util.log.announce", "false");
    }

    /** The folder that holds bundles/: beside the jar, or as the build's tests say. */
    private static Path home() {
        String configured = System.getProperty("ultrastream.demo.home");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            return Path.of(DemoLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties demoProperties() {
        Properties properties = new Properties();
        try (InputStream in = DemoLauncher.class.getResourceAsStream("/ultrastream-demo.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException | InterruptedException e) {
            // stopping on the way out: nothing more to do
        }
    }

    private static void deleteTree(@Nullable Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it up eventually
        }
    }
}
