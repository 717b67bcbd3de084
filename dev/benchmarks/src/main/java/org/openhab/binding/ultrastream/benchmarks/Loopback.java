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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.ultrastream.client.UltraStreamClientOptions;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;

/**
 * The loopback setup the benchmarks share: emulated devices in this JVM, and a Jetty client shaped like openHAB's
 * common one.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Loopback {

    public static final String HOST = "127.0.0.1";
    public static final String USER = "Admin";
    public static final String PASSWORD = "Admin";

    private Loopback() {
    }

    /**
     * {@code count} devices on ephemeral ports, with consecutive serial numbers, without multicast and SSDP (the
     * discovery benchmark turns them on for its own device).
     */
    public static UltraStreamEmulator devices(int count) {
        List<EmulatorOptions> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            options.add(EmulatorOptions.builder().serialNumber(serial(i)).multicastEnabled(false).ssdpEnabled(false)
                    .build());
        }
        return UltraStreamEmulator.start(options);
    }

    /** Serial number of device {@code i}: the emulator's default with the day's unit number counted up. */
    public static String serial(int i) {
        String base = EmulatorOptions.DEFAULT_SERIAL;
        int split = base.length() - 3;
        return base.substring(0, split) + String.format("%03d", Integer.parseInt(base.substring(split)) + i);
    }

    /**
     * A started Jetty client configured as openHAB configures its common client: a queued pool of at most 40
     * threads, default connection limits.
     */
    public static HttpClient httpClient() {
        QueuedThreadPool pool = new QueuedThreadPool(40, 10, 60_000);
        pool.setName("OH-httpClient-common");
        pool.setDaemon(true);
        HttpClient client = new HttpClient();
        client.setExecutor(pool);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty client did not start", e);
        }
        return client;
    }

    public static void stop(HttpClient client) {
        try {
            client.stop();
        } catch (Exception e) {
            // the benchmark is over either way
        }
    }

    /** Client options for a device on this machine, with the binding's default timeout. */
    public static UltraStreamClientOptions clientOptions(int port) {
        return UltraStreamClientOptions.builder(HOST).port(port).username(USER).password(PASSWORD)
                .requestTimeout(Duration.ofSeconds(5)).build();
    }
}
