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
package org.openhab.binding.ultrastream.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.ThreadPoolManager;

/**
 * What a stopped binding must not leave behind, seen from inside the JVM: threads, UDP sockets and
 * scheduled jobs. A {@link #take() snapshot} is taken before the binding starts; {@link #leftOverSince}
 * lists what is still there after it stopped. openHAB's shared pool threads, the host's shared HTTP client
 * threads and the emulator's server threads belong to others, not to the binding, and do not count (see
 * {@link #OTHERS}); jobs queued in openHAB's pools do.
 */
@NonNullByDefault
final class Leftovers {

    /**
     * Thread names of others: openHAB's shared pools, the host's HTTP client, and the emulator's Jetty server,
     * whose pool grows when the binding connects.
     */
    private static final List<String> OTHERS = List.of("OH-", "host-common", "ultrastream-emulator",
            "Connector-Scheduler",
            "qtp");

    private final Set<Thread> threads;
    private final Set<String> udpSockets;

    private Leftovers(Set<Thread> threads, Set<String> udpSockets) {
        this.threads = threads;
        this.udpSockets = udpSockets;
    }

    static Leftovers take() throws IOException {
        return new Leftovers(new HashSet<>(Thread.getAllStackTraces().keySet()), udpSocketInodes());
    }

    /** Everything that appeared since the snapshot and is still there; empty when the binding cleaned up. */
    List<String> leftOverSince() throws IOException {
        List<String> left = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (thread.isAlive() && !threads.contains(thread) && OTHERS.stream().noneMatch(name::startsWith)) {
                left.add("thread " + name);
            }
        }
        for (String inode : udpSocketInodes()) {
            if (!udpSockets.contains(inode)) {
                left.add("UDP socket " + inode);
            }
        }
        for (String pool : ThreadPoolManager.getPoolNames()) {
            ExecutorService executor = ThreadPoolManager.getPool(pool);
            // openHAB hands out a ThreadPoolExecutor view of the shared pool: its queue reports the pool's queue
            // size (cancelled timers are removed from it) but cannot be walked
            if (executor instanceof ThreadPoolExecutor tpe) {
                int pending = tpe.getQueue().size();
                if (pending > 0) {
                    left.add(pending + " job(s) in pool " + pool);
                }
            }
        }
        return left;
    }

    /** The inodes of this process's UDP sockets (Linux /proc); what the kernel lists is what is open. */
    private static Set<String> udpSocketInodes() throws IOException {
        Set<String> udp = new HashSet<>();
        for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
            Path path = Path.of(table);
            if (Files.isReadable(path)) {
                Files.readAllLines(path).stream().skip(1).map(line -> line.trim().split("\\s+"))
                        .filter(columns -> columns.length > 9).forEach(columns -> udp.add(columns[9]));
            }
        }
        Set<String> mine = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        String inode = target.substring("socket:[".length(), target.length() - 1);
                        if (udp.contains(inode)) {
                            mine.add(inode);
                        }
                    }
                } catch (IOException e) {
                    // the descriptor closed while listing: not open, so not left over
                }
            }
        }
        return mine;
    }
}
