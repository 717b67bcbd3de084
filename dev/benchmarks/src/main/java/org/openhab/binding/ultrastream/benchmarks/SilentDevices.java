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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.openhab.binding.ultrastream.benchmarks.ScaleProbe.PollLog;
import org.openhab.binding.ultrastream.benchmarks.Table.Verdict;
import org.openhab.binding.ultrastream.client.UltraStreamClientOptions;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;

/**
 * Healthy devices beside devices that fall silent, on a pool shaped like openHAB's shared {@code thingHandler} pool
 * (5 threads, shared with every binding). M healthy devices poll at a 1 s refresh; at the start of the window S
 * other devices, ONLINE until then, begin to answer only after 15 s (the emulator's latency fault), longer than the
 * request timeout. For each S the section prints the healthy devices' polls per second and their longest gap, the
 * pool's thread-seconds spent waiting (a task's wall time less its CPU time: time a pool thread was held but did not
 * compute), and the time from a device falling silent to its thing going OFFLINE.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SilentDevices {

    private static final String AREA = "Silent devices";
    private static final int REFRESH_SECONDS = 1;
    private static final int POOL_THREADS = 5;
    private static final Duration SILENCE = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = UltraStreamClientOptions.builder("x").build().requestTimeout();
    /** The bound: request timeout + refresh interval + 1 s. */
    private static final long OFFLINE_LIMIT_MILLIS = TIMEOUT.toMillis() + REFRESH_SECONDS * 1000L + 1000;

    private SilentDevices() {
    }

    public static void run(Settings settings, Table table) throws Exception {
        for (int silent : settings.silentCounts()) {
            step(settings.silentHealthy(), silent, settings.silentSeconds(), table);
        }
    }

    private static void step(int healthyCount, int silentCount, int windowSeconds, Table table) throws Exception {
        MeasuredPool pool = new MeasuredPool();
        HttpClient http = Loopback.httpClient();
        Map<Integer, PollLog> polls = new ConcurrentHashMap<>();
        long[] windowStart = { Long.MAX_VALUE };
        http.getRequestListeners().add(new Request.Listener.Adapter() {
            @Override
            public void onBegin(@Nullable Request request) {
                long now = System.nanoTime();
                String query = request == null ? null : request.getQuery();
                PollLog log = request == null ? null : polls.get(request.getPort());
                if (log != null && now >= windowStart[0] && query != null && query.contains("method=get-status")) {
                    log.polled(now);
                }
            }
        });
        List<BindingThing> healthy = new ArrayList<>();
        List<BindingThing> silent = new ArrayList<>();
        // Two emulators, so that the silent devices' sleeping replies cannot crowd the healthy devices' server.
        try (UltraStreamEmulator healthyDevices = Loopback.devices(healthyCount);
                UltraStreamEmulator silentDevices = Loopback.devices(Math.max(1, silentCount))) {
            UltraStreamStateDescriptionProvider descriptions = BindingThing.descriptions();
            ThreadPools.replace(ThreadPools.THING_HANDLER, pool);
            try {
                for (EmulatedDevice d : healthyDevices.devices()) {
                    polls.put(d.httpPort(), new PollLog());
                    healthy.add(new BindingThing(http, descriptions, "healthy" + healthy.size(), d.httpPort(),
                            REFRESH_SECONDS, 300));
                }
                for (EmulatedDevice d : silentDevices.devices().subList(0, silentCount)) {
                    silent.add(new BindingThing(http, descriptions, "silent" + silent.size(), d.httpPort(),
                            REFRESH_SECONDS, 300));
                }
            } finally {
                ThreadPools.restore(ThreadPools.THING_HANDLER);
            }
            List<BindingThing> all = new ArrayList<>(healthy);
            all.addAll(silent);
            Latency.awaitOnline(all);

            long start = System.nanoTime();
            windowStart[0] = start;
            pool.reset();
            silentDevices.devices().subList(0, silentCount).forEach(d -> d.faults().latency(SILENCE));
            long[] offlineAfter = new long[silentCount];
            long windowEnd = start + TimeUnit.SECONDS.toNanos(windowSeconds);
            long offlineDeadline = start + TimeUnit.MILLISECONDS.toNanos(OFFLINE_LIMIT_MILLIS + 5000);
            while (true) {
                long now = System.nanoTime();
                boolean allOffline = true;
                for (int i = 0; i < silentCount; i++) {
                    if (offlineAfter[i] == 0 && !silent.get(i).isOnline()) {
                        offlineAfter[i] = now - start;
                    }
                    allOffline &= offlineAfter[i] != 0;
                }
                if (now >= windowEnd && (allOffline || now >= offlineDeadline)) {
                    break;
                }
                Thread.sleep(20);
            }
            long end = System.nanoTime();
            windowStart[0] = Long.MAX_VALUE;
            report(table, healthyCount, silentCount, polls, start, end, pool, offlineAfter);
        } finally {
            all(healthy, silent).forEach(BindingThing::close);
            Loopback.stop(http);
            pool.shutdownNow();
        }
    }

    private static List<BindingThing> all(List<BindingThing> healthy, List<BindingThing> silent) {
        List<BindingThing> all = new ArrayList<>(healthy);
        all.addAll(silent);
        return all;
    }

    private static void report(Table table, int healthyCount, int silentCount, Map<Integer, PollLog> polls,
            long start, long end, MeasuredPool pool, long[] offlineAfter) {
        double seconds = (end - start) / 1e9;
        long total = 0;
        double slowest = Double.MAX_VALUE;
        long longestGap = 0;
        for (PollLog log : polls.values()) {
            synchronized (log) {
                total += log.polls;
                slowest = Math.min(slowest, log.polls / seconds);
                long edges = log.polls == 0 ? end - start : Math.max(log.first - start, end - log.last);
                longestGap = Math.max(longestGap, Math.max(log.maxGap, edges));
            }
        }
        double perDevice = total / seconds / healthyCount;
        double gapSeconds = longestGap / 1e9;
        String step = silentCount + " silent + " + healthyCount + " healthy at 1 s, " + Table.num(seconds, 0) + " s";
        table.add(AREA, step + ": healthy polls/s per device, longest gap",
                Table.num(perDevice, 3) + "/s (slowest " + Table.num(slowest, 3) + "), gap " + Table.num(gapSeconds, 2)
                        + " s",
                "issue #12 before: S=5 0.50/s, 11 s; S=10 0.10/s, 20 s", ">= 0.99/s, gap <= 2 s",
                Verdict.of(perDevice >= 0.99 && gapSeconds <= 2));
        double waiting = pool.waitingSeconds();
        table.add(AREA, step + ": pool thread-seconds waiting (5 threads)",
                Table.num(waiting, 3) + " thread-s (" + Table.num(100 * waiting / (POOL_THREADS * seconds), 2)
                        + "% of the pool)",
                "busy " + Table.num(pool.busySeconds(), 3) + " thread-s in " + pool.tasks() + " tasks",
                "near zero (< 1% of the pool)", Verdict.of(waiting < 0.01 * POOL_THREADS * seconds));
        if (silentCount > 0) {
            List<Long> millis = new ArrayList<>();
            int never = 0;
            for (long nanos : offlineAfter) {
                if (nanos == 0) {
                    never++;
                } else {
                    millis.add(TimeUnit.NANOSECONDS.toMillis(nanos));
                }
            }
            millis.sort(null);
            long median = millis.isEmpty() ? -1 : millis.get(millis.size() / 2);
            long max = millis.isEmpty() ? -1 : millis.get(millis.size() - 1);
            table.add(AREA, step + ": silent -> OFFLINE",
                    "median " + Table.num(median / 1000.0, 2) + " s, max " + Table.num(max / 1000.0, 2) + " s (n="
                            + millis.size() + (never > 0 ? ", " + never + " never" : "") + ")",
                    "timeout " + TIMEOUT.toSeconds() + " s + interval " + REFRESH_SECONDS + " s + 1 s",
                    "<= " + Table.num(OFFLINE_LIMIT_MILLIS / 1000.0, 0) + " s",
                    Verdict.of(never == 0 && max <= OFFLINE_LIMIT_MILLIS));
        }
    }

    /**
     * openHAB's shared scheduled pool (5 threads named as openHAB names them) that adds up, per task, the wall time
     * and the CPU time of the thread that ran it.
     */
    private static final class MeasuredPool extends ScheduledThreadPoolExecutor {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final ThreadLocal<long[]> started = new ThreadLocal<>();
        private final AtomicLong wallNanos = new AtomicLong();
        private final AtomicLong cpuNanos = new AtomicLong();
        private final AtomicInteger tasks = new AtomicInteger();

        MeasuredPool() {
            super(POOL_THREADS, new java.util.concurrent.ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(@Nullable Runnable r) {
                    Thread t = new Thread(r, "OH-thingHandler-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });
            setRemoveOnCancelPolicy(true);
        }

        @Override
        protected void beforeExecute(@Nullable Thread t, @Nullable Runnable r) {
            started.set(new long[]{ System.nanoTime(), THREADS.getCurrentThreadCpuTime() });
        }

        @Override
        protected void afterExecute(@Nullable Runnable r, @Nullable Throwable t) {
            long[] at = started.get();
            if (at != null) {
                wallNanos.addAndGet(System.nanoTime() - at[0]);
                cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - at[1]);
                tasks.incrementAndGet();
            }
        }

        void reset() {
            wallNanos.set(0);
            cpuNanos.set(0);
            tasks.set(0);
        }

        double busySeconds() {
            return wallNanos.get() / 1e9;
        }

        double waitingSeconds() {
            return Math.max(0, wallNanos.get() - cpuNanos.get()) / 1e9;
        }

        int tasks() {
            return tasks.get();
        }
    }
}
