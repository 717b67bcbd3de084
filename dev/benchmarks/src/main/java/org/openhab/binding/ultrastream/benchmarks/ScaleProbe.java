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
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.core.common.ThreadPoolManager;

/**
 * One step of the scale benchmark, in a JVM of its own so that CPU, threads and heap are the binding's: runs one
 * binding thing per given port at a 1 s refresh on openHAB's shared {@code thingHandler} pool and Jetty client, lets
 * them settle, measures a window, and prints one {@code RESULT key=value ...} line on standard output.
 * <p>
 * A poll is seen as a get-status request leaving the Jetty client. A device misses polls when the gap between two
 * of its polls spans more than one interval: a gap of g seconds misses round(g) - 1 polls. Fixed-delay scheduling
 * drifts by the poll's own duration each time, which is not a miss.
 * <p>
 * CPU is reported for the whole process per poll, and split: openHAB's scheduler (where the binding does its own work),
 * Jetty's pool, and the rest (the JVM's collector and compilers).
 * <p>
 * With {@code floor} as fourth argument it runs the floor instead of the binding: per device a {@link RawPoller}
 * (GET get-status, parse into a Gson tree) every second, scheduled with fixed delay on the same shared pool.
 * <p>
 * Usage: {@code ScaleProbe <warmupSeconds> <windowSeconds> <port>[,<port>...] [binding|floor]}
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ScaleProbe {

    /**
     * Lines told on standard output when the window starts and ends, so that the caller can read the emulators' CPU.
     */
    static final String WINDOW_START = "WINDOW START";
    static final String WINDOW_END = "WINDOW END";
    private static final int REFRESH_SECONDS = 1;
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(REFRESH_SECONDS);

    /** Poll times of one device inside the window. */
    static final class PollLog {
        long first = -1;
        long last = -1;
        long polls;
        long missed;
        long maxGap;

        synchronized void polled(long now) {
            if (last >= 0) {
                long gap = now - last;
                maxGap = Math.max(maxGap, gap);
                long slots = Math.round((double) gap / INTERVAL_NANOS);
                if (slots > 1) {
                    missed += slots - 1;
                }
            }
            if (first < 0) {
                first = now;
            }
            last = now;
            polls++;
        }

        /** Adds the polls missed between the window's start and the first poll, and the last poll and its end. */
        synchronized void close(long windowStart, long windowEnd) {
            for (long gap : new long[]{ first - windowStart, windowEnd - last }) {
                // The first poll may come up to one interval after the start without missing anything.
                long slots = Math.round((double) gap / INTERVAL_NANOS);
                if (slots > 1) {
                    missed += slots - 1;
                }
            }
        }
    }

    private ScaleProbe() {
    }

    /** Thread name prefixes of the pools whose CPU the probe reports apart: openHAB's scheduler, Jetty's pool. */
    private static final String SCHEDULER = "OH-" + ThreadPools.THING_HANDLER;
    private static final String JETTY = "OH-httpClient";
    private static final String OTHER_JAVA = "other";

    /**
     * CPU time of the live Java threads by pool. What is left of the process's CPU (the collector, the compilers)
     * is the JVM's; a Java thread that ends inside the window is counted there too.
     */
    private static Map<String, Long> cpuByPool(ThreadMXBean threads) {
        Map<String, Long> byPool = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos < 0) {
                continue;
            }
            String name = info.getThreadName();
            String pool = name.startsWith(SCHEDULER) ? SCHEDULER : name.startsWith(JETTY) ? JETTY : OTHER_JAVA;
            byPool.merge(pool, nanos, Long::sum);
        }
        return byPool;
    }

    private static double perPoll(long nanos, long polls) {
        return polls == 0 ? 0 : nanos / 1e3 / polls;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        int warmup = Integer.parseInt(args[0]);
        int window = Integer.parseInt(args[1]);
        List<Integer> ports = new ArrayList<>();
        for (String p : args[2].split(",")) {
            ports.add(Integer.parseInt(p));
        }
        Map<Integer, PollLog> logs = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long[] windowStart = { Long.MAX_VALUE };

        HttpClient http = Loopback.httpClient();
        http.getRequestListeners().add(new Request.Listener.Adapter() {
            @Override
            public void onBegin(Request request) {
                long now = System.nanoTime();
                String query = request.getQuery();
                if (now >= windowStart[0] && query != null && query.contains("method=get-status")) {
                    logs.computeIfAbsent(request.getPort(), p -> new PollLog()).polled(now);
                }
            }

            @Override
            public void onFailure(Request request, Throwable failure) {
                failures.incrementAndGet();
            }
        });
        boolean floor = args.length > 3 && "floor".equals(args[3]);
        List<BindingThing> things = new ArrayList<>();
        List<ScheduledFuture<?>> floorPolls = new ArrayList<>();
        long online;
        if (floor) {
            ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool(ThreadPools.THING_HANDLER);
            for (int port : ports) {
                RawPoller raw = new RawPoller(http, port);
                floorPolls.add(pool.scheduleWithFixedDelay(() -> {
                    try {
                        raw.poll();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }, 0, REFRESH_SECONDS, TimeUnit.SECONDS));
            }
            online = ports.size();
        } else {
            UltraStreamStateDescriptionProvider descriptions = BindingThing.descriptions();
            for (int port : ports) {
                things.add(new BindingThing(http, descriptions, "scale" + port, port, REFRESH_SECONDS, 300));
            }
            // Each thing logs in and reads four replies first, all on the shared pool: allow for a crowd.
            long onlineDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
                    + TimeUnit.MILLISECONDS.toNanos(20L * ports.size());
            while (things.stream().anyMatch(t -> !t.isOnline()) && System.nanoTime() < onlineDeadline) {
                Thread.sleep(100);
            }
            online = things.stream().filter(BindingThing::isOnline).count();
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        threads.resetPeakThreadCount();
        long heapPeak = 0;
        out.println(WINDOW_START);
        out.flush();
        Map<String, Long> poolCpuStart = cpuByPool(threads);
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        windowStart[0] = start;
        long end = start + TimeUnit.SECONDS.toNanos(window);
        while (System.nanoTime() < end) {
            heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
            Thread.sleep(Math.max(1, Math.min(250, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuStart;
        Map<String, Long> poolCpu = cpuByPool(threads);
        poolCpuStart.forEach((pool, nanos) -> poolCpu.merge(pool, -nanos, Long::sum));
        out.println(WINDOW_END);
        out.flush();
        windowStart[0] = Long.MAX_VALUE;
        int peakThreads = threads.getPeakThreadCount();
        long offline = things.stream().mapToLong(t -> t.events().offlineReports()).sum();
        System.gc();
        long heapLive = memory.getHeapMemoryUsage().getUsed();

        long polls = 0;
        long missed = 0;
        long maxGap = 0;
        for (int port : ports) {
            PollLog log = logs.get(port);
            if (log == null) {
                missed += window / REFRESH_SECONDS; // never polled in the window
                continue;
            }
            log.close(start, start + wall);
            synchronized (log) {
                polls += log.polls;
                missed += log.missed;
                maxGap = Math.max(maxGap, log.maxGap);
            }
        }
        out.println("RESULT devices=" + ports.size() + " online=" + online + " polls=" + polls + " missed=" + missed
                + " cpuPercent=" + Table.num(100.0 * cpu / wall, 1) + " threads=" + peakThreads + " heapLiveMiB="
                + Table.num(heapLive / 1048576.0, 1) + " heapPeakMiB=" + Table.num(heapPeak / 1048576.0, 1)
                + " maxGapMs=" + Table.num(maxGap / 1e6, 0) + " failures=" + failures.get() + " offline=" + offline
                + " pollsPerSecond=" + Table.num(polls / (wall / 1e9), 1) + " cpuMicrosPerPoll="
                + Table.num(perPoll(cpu, polls), 0) + " schedulerMicrosPerPoll="
                + Table.num(perPoll(poolCpu.getOrDefault(SCHEDULER, 0L), polls), 0) + " jettyMicrosPerPoll="
                + Table.num(perPoll(poolCpu.getOrDefault(JETTY, 0L), polls), 0) + " jvmMicrosPerPoll="
                + Table.num(perPoll(cpu - poolCpu.values().stream().mapToLong(Long::longValue).sum(), polls), 0));
        out.flush();

        things.forEach(BindingThing::close);
        floorPolls.forEach(f -> f.cancel(false));
        Thread.sleep(2000); // lets the handlers log out on the shared pool
        Loopback.stop(http);
        System.exit(0);
    }
}
