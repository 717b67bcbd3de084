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
package org.openhab.binding.ultrastream.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ENCODER;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;

/**
 * One binding instance polling many emulated devices every second on real time: every handler on openHAB's one
 * shared scheduler and one shared Jetty HttpClient, as the factory wires them.
 * <p>
 * By default a short run (20 devices for 5 s) asserts only counts and bounds. {@code -Dsoak=true} runs the long
 * soak (200 devices for 70 s, or {@code -Dsoak.devices} and {@code -Dsoak.seconds}), which also asserts that no
 * device misses more than one poll in a row and that the heap stays flat, and prints the figures:
 *
 * <pre>
 * mvn -o -pl bundles/org.openhab.binding.ultrastream verify -Dtest=SoakTest -Dsoak=true
 * </pre>
 *
 * Polls are counted per device by the emulator once per second (a sampling window); a device "misses a poll" in a
 * window where its count did not grow.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class SoakTest {

    private static final boolean SOAK = Boolean.getBoolean("soak");
    private static final int DEVICES = Integer.getInteger("soak.devices", SOAK ? 200 : 20);
    private static final int SECONDS = Integer.getInteger("soak.seconds", SOAK ? 70 : 5);
    /** Jetty's client threads, fixed as openHAB's common client bounds them. */
    private static final int HTTP_THREADS = 40;
    private static final String HTTP_THREAD_NAME = "soak-http";
    /** The thread name prefix of openHAB's shared scheduler (as the stand-in's ThreadPoolManager names it). */
    private static final String SCHEDULER_THREAD_NAME = "OH-thingHandler";

    @Test
    void oneBindingInstancePollsManyDevicesEverySecond() throws Exception {
        List<EmulatorOptions> options = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            options.add(EmulatorOptions.builder().serialNumber(String.format("C3012511%05d", i)).multicastEnabled(false)
                    .ssdpEnabled(false).sessionIdleTimeout(Duration.ofHours(1)).build());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        HttpClient httpClient = new HttpClient();
        QueuedThreadPool httpThreads = new QueuedThreadPool(HTTP_THREADS, 4, 60_000, null);
        httpThreads.setName(HTTP_THREAD_NAME);
        httpClient.setExecutor(httpThreads);
        List<UltraStreamHandler> handlers = new ArrayList<>();
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(options)) {
            httpClient.start();
            List<EmulatedDevice> devices = emulator.devices();
            int threadsBefore = threads.getThreadCount();
            threads.resetPeakThreadCount();
            int peakBindingThreads = 0;
            UltraStreamStateDescriptionProvider provider = new UltraStreamStateDescriptionProvider(
                    mock(EventPublisher.class), mock(ItemChannelLinkRegistry.class),
                    mock(ChannelTypeI18nLocalizationService.class));
            for (EmulatedDevice device : devices) {
                UltraStreamHandler handler = new UltraStreamHandler(thingFor(device), httpClient, provider);
                handler.setCallback(mock(ThingHandlerCallback.class));
                handler.initialize();
                handlers.add(handler);
            }
            RealThreadsTest.awaitTrue(() -> handlers.stream().allMatch(UltraStreamHandler::isOnline),
                    "not every handler came ONLINE");
            devices.forEach(EmulatedDevice::resetRequestCounts);
            long heapStart = usedHeapAfterGc(memory);

            int[] last = new int[DEVICES];
            int[] missedInARow = new int[DEVICES];
            int worstMissedInARow = 0;
            long windows = 0;
            long missedWindows = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(1000); // the sampling window: the figures, not the assertions, depend on it
                for (int i = 0; i < DEVICES; i++) {
                    int polls = devices.get(i).requestCount("get-status");
                    missedInARow[i] = polls > last[i] ? 0 : missedInARow[i] + 1;
                    if (polls == last[i]) {
                        missedWindows++;
                    }
                    worstMissedInARow = Math.max(worstMissedInARow, missedInARow[i]);
                    last[i] = polls;
                    windows++;
                }
                peakBindingThreads = Math.max(peakBindingThreads, bindingThreads());
            }
            long heapEnd = usedHeapAfterGc(memory);
            int peakThreads = threads.getPeakThreadCount();
            long totalPolls = devices.stream().mapToLong(d -> d.requestCount("get-status")).sum();
            int fewestPolls = devices.stream().mapToInt(d -> d.requestCount("get-status")).min().orElse(0);
            int logins = devices.stream().mapToInt(d -> d.requestCount("login")).sum();

            System.out.printf(
                    "SOAK devices=%d seconds=%d polls=%d (%.1f/s) fewestPerDevice=%d logins=%d "
                            + "bindingThreadsPeak=%d jvmThreadsBefore=%d jvmPeak=%d heapStartMB=%.1f heapEndMB=%.1f "
                            + "windowsWithoutPoll=%d/%d worstMissedInARow=%d%n",
                    DEVICES, SECONDS, totalPolls, totalPolls / (double) SECONDS, fewestPolls, logins,
                    peakBindingThreads, threadsBefore, peakThreads, heapStart / 1e6, heapEnd / 1e6, missedWindows,
                    windows,
                    worstMissedInARow);

            assertTrue(handlers.stream().allMatch(UltraStreamHandler::isOnline), "a device went offline");
            assertTrue(fewestPolls >= 2, "a device was hardly polled: " + fewestPolls);
            assertEquals(0, logins, "the sessions held; no re-login");
            // openHAB's scheduler has 5 threads and the HTTP client a fixed pool: no thread per device. (The
            // emulator's server threads live in this JVM too, so they are left out by name.)
            assertTrue(peakBindingThreads <= 5 + HTTP_THREADS,
                    peakBindingThreads + " threads for " + DEVICES + " devices");
            if (SOAK) {
                assertTrue(worstMissedInARow <= 1, "a device missed " + worstMissedInARow + " polls in a row");
                assertTrue(heapEnd - heapStart < 64_000_000L, "heap grew from " + heapStart + " to " + heapEnd);
            }
        } finally {
            handlers.forEach(UltraStreamHandler::dispose);
            httpClient.stop();
        }
    }

    private static Thing thingFor(EmulatedDevice device) {
        return ThingBuilder.create(THING_TYPE_ENCODER, new ThingUID(THING_TYPE_ENCODER, device.serialNumber()))
                .withConfiguration(new Configuration(Map.of("hostname", device.host(), "port",
                        new BigDecimal(device.httpPort()), "downloadPort", new BigDecimal(device.downloadPort()),
                        "refreshInterval", BigDecimal.ONE, "settingsRefreshInterval", new BigDecimal(300))))
                .build();
    }

    /** The threads of the shared scheduler and of the shared HTTP client, now. */
    private static int bindingThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith(SCHEDULER_THREAD_NAME) || name.startsWith(HTTP_THREAD_NAME)).count();
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
