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
package org.openhab.binding.ultrastream.client.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multicast discovery on 239.255.255.250:2538 (the document's 组播方式):
 * listens for the announcements devices send, sends the query they answer, and hands every valid
 * announcement to the listeners.
 * <p>
 * It has no thread of its own: two non-blocking sockets are drained by a short task on the caller's scheduler.
 * One socket is bound to port 2538 and joined to the group on the chosen interface (announcements); the other
 * has an ephemeral port and sends the query, so that the unicast answers come back to it alone (port 2538 may
 * be shared with other programs, and a unicast datagram reaches only one of the sockets sharing a port).
 * Invalid datagrams are dropped and logged at trace; the same device is reported again on every announcement.
 */
@NonNullByDefault
public final class MulticastDiscovery implements AutoCloseable {

    public static final String GROUP = "239.255.255.250";
    public static final int PORT = 2538;
    public static final String QUERY = "{\"version\":\"1.0\",\"flag\":\"ssip-query\"}";
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(200);

    /** Datagrams read per socket per tick, so that a flood cannot hold the caller's scheduler. */
    private static final int MAX_DATAGRAMS_PER_TICK = 256;
    /** Room for the burst of answers a query draws from a large installation between two ticks. */
    private static final int RECEIVE_BUFFER_BYTES = 1024 * 1024;
    /** Ticks between checks that the interface is still there (a check enumerates interfaces). */
    private static final int TICKS_PER_INTERFACE_CHECK = 25;

    private final Logger logger = LoggerFactory.getLogger(MulticastDiscovery.class);
    private final NetworkInterface networkInterface;
    private final ScheduledExecutorService scheduler;
    private final Duration pollInterval;
    private final Predicate<NetworkInterface> interfacePresent;
    private final List<AnnouncementListener> listeners = new CopyOnWriteArrayList<>();
    // One more byte than allowed, so that an oversized datagram is seen as such rather than cut to size.
    private final ByteBuffer buffer = ByteBuffer.allocate(AnnouncementParser.MAX_DATAGRAM + 1);

    private @Nullable DatagramChannel listenChannel;
    private @Nullable DatagramChannel queryChannel;
    private @Nullable MembershipKey membership;
    private @Nullable ScheduledFuture<?> poller;
    private boolean interfaceLost;
    private int ticksToInterfaceCheck;
    private int interfaceLossCount;
    private int interfaceChecks;

    /** Polls every {@link #DEFAULT_POLL_INTERVAL}. */
    public MulticastDiscovery(NetworkInterface networkInterface, ScheduledExecutorService scheduler) {
        this(networkInterface, scheduler, DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param networkInterface the interface to listen and send on, and no other
     * @param scheduler runs the short task that drains the sockets
     * @param pollInterval how often that task runs
     */
    public MulticastDiscovery(NetworkInterface networkInterface, ScheduledExecutorService scheduler,
            Duration pollInterval) {
        this(networkInterface, scheduler, pollInterval, MulticastDiscovery::isPresent);
    }

    /** For tests: {@code interfacePresent} stands in for the operating system's view of the interface. */
    MulticastDiscovery(NetworkInterface networkInterface, ScheduledExecutorService scheduler, Duration pollInterval,
            Predicate<NetworkInterface> interfacePresent) {
        this.networkInterface = networkInterface;
        this.scheduler = scheduler;
        this.pollInterval = pollInterval;
        this.interfacePresent = interfacePresent;
    }

    public void addListener(AnnouncementListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AnnouncementListener listener) {
        listeners.remove(listener);
    }

    /**
     * Opens the sockets, joins the group and starts polling. Calling it again while running does nothing.
     *
     * @throws IOException if the port cannot be bound or the group not joined; nothing is left open then
     */
    public synchronized void start() throws IOException {
        if (poller != null) {
            return;
        }
        try {
            DatagramChannel listen = openChannel(PORT);
            listenChannel = listen;
            membership = listen.join(InetAddress.getByName(GROUP), networkInterface);
            queryChannel = openChannel(0);
        } catch (IOException | RuntimeException e) {
            closeChannels();
            throw e;
        }
        interfaceLost = false;
        ticksToInterfaceCheck = TICKS_PER_INTERFACE_CHECK;
        long millis = Math.max(1, pollInterval.toMillis());
        poller = scheduler.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        logger.debug("Multicast discovery listening on {}:{} via {}", GROUP, PORT, networkInterface.getName());
    }

    /**
     * Sends the query datagram to the group; every device that hears it answers with its announcement.
     *
     * @return whether it was sent (not when stopped, or when the interface is gone)
     */
    public synchronized boolean sendQuery() {
        DatagramChannel channel = queryChannel;
        if (channel == null) {
            return false;
        }
        try {
            channel.send(ByteBuffer.wrap(QUERY.getBytes(StandardCharsets.UTF_8)),
                    new InetSocketAddress(InetAddress.getByName(GROUP), PORT));
            return true;
        } catch (IOException e) {
            logger.debug("Multicast query not sent via {}: {}", networkInterface.getName(), e.getMessage());
            return false;
        }
    }

    public synchronized boolean isRunning() {
        return poller != null;
    }

    /** Whether the interface was found gone at the last check (listening resumes when it comes back). */
    public synchronized boolean isInterfaceLost() {
        return interfaceLost;
    }

    /** Stops polling and closes both sockets. Safe to call more than once. */
    @Override
    public synchronized void close() {
        ScheduledFuture<?> future = poller;
        if (future != null) {
            future.cancel(false);
            poller = null;
        }
        closeChannels();
    }

    /** How many times the interface was found gone; each loss is logged once. For tests. */
    synchronized int interfaceLossCount() {
        return interfaceLossCount;
    }

    /** How many times the interface was checked. For tests. */
    synchronized int interfaceChecks() {
        return interfaceChecks;
    }

    private DatagramChannel openChannel(int port) throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES); // the OS may grant less
            channel.bind(new InetSocketAddress(port));
            // Explicitly, so that nothing is ever sent on an interface other than the chosen one.
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, networkInterface);
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void closeChannels() {
        for (DatagramChannel channel : new @Nullable DatagramChannel[]{ listenChannel, queryChannel }) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    logger.debug("Closing a multicast discovery socket failed: {}", e.getMessage());
                }
            }
        }
        listenChannel = null;
        queryChannel = null;
        membership = null;
    }

    /** The scheduled task. Nothing may escape it: the scheduler would silently stop running it. */
    private synchronized void poll() {
        try {
            if (poller == null) {
                return; // closed while this run was waiting for the lock
            }
            checkInterface();
            drain(listenChannel);
            drain(queryChannel);
        } catch (RuntimeException e) {
            // WARN: a bug, to be reported; the next tick runs regardless.
            logger.warn("Multicast discovery poll failed: {}", e.toString());
        }
    }

    private void drain(@Nullable DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        for (int i = 0; i < MAX_DATAGRAMS_PER_TICK; i++) {
            buffer.clear();
            SocketAddress source;
            try {
                source = channel.receive(buffer);
            } catch (IOException e) {
                logger.debug("Multicast discovery receive failed: {}", e.getMessage());
                return;
            }
            if (!(source instanceof InetSocketAddress sender)) {
                return; // nothing more waiting
            }
            buffer.flip();
            handle(sender.getAddress());
        }
    }

    private void handle(InetAddress sender) {
        MulticastAnnouncement announcement;
        try {
            announcement = AnnouncementParser.parse(buffer, sender);
        } catch (InvalidAnnouncementException e) {
            logger.trace("Datagram from {} rejected ({}): {}", sender.getHostAddress(), e.reason(), e.getMessage());
            return;
        }
        for (AnnouncementListener listener : listeners) {
            try {
                listener.announced(announcement);
            } catch (RuntimeException e) {
                // WARN: a bug in the listener, to be reported; the other listeners still hear the announcement.
                logger.warn("Announcement listener failed for {}: {}", announcement.serialNumber(), e.toString());
            }
        }
    }

    /**
     * An interface that goes away (a USB adapter pulled, a VPN down) takes the group membership with it. Log
     * the loss once, keep the sockets, and join again when the interface is back.
     */
    private void checkInterface() {
        if (--ticksToInterfaceCheck > 0) {
            return;
        }
        ticksToInterfaceCheck = TICKS_PER_INTERFACE_CHECK;
        interfaceChecks++;
        boolean present = interfacePresent.test(networkInterface);
        if (!present && !interfaceLost) {
            interfaceLost = true;
            interfaceLossCount++;
            // INFO (and INFO when it is back), not WARN: it heals by itself, but until then nothing is discovered
            // and no status says why.
            logger.info("Network interface {} is gone; multicast discovery resumes when it is back",
                    networkInterface.getName());
        } else if (present && interfaceLost) {
            interfaceLost = false;
            rejoin();
        }
    }

    private void rejoin() {
        DatagramChannel channel = listenChannel;
        if (channel == null) {
            return;
        }
        try {
            MembershipKey old = membership;
            if (old != null) {
                old.drop();
            }
            NetworkInterface found = NetworkInterface.getByName(networkInterface.getName());
            NetworkInterface current = found != null ? found : networkInterface; // its index may have changed
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, current);
            DatagramChannel query = queryChannel;
            if (query != null) {
                query.setOption(StandardSocketOptions.IP_MULTICAST_IF, current);
            }
            membership = channel.join(InetAddress.getByName(GROUP), current);
            logger.info("Network interface {} is back; multicast discovery resumed", networkInterface.getName());
        } catch (IOException e) {
            logger.debug("Joining {} again via {} failed: {}", GROUP, networkInterface.getName(), e.getMessage());
            interfaceLost = true; // try again at the next check, without logging the loss again
        }
    }

    private static boolean isPresent(NetworkInterface networkInterface) {
        try {
            NetworkInterface current = NetworkInterface.getByName(networkInterface.getName());
            return current != null && current.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
