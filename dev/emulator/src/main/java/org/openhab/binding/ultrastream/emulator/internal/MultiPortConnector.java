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
package org.openhab.binding.ultrastream.emulator.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One Jetty connector that listens on many ports: every device's HTTP and download port. A plain
 * {@link ServerConnector} has a selector thread of its own, so a thousand devices parked two thousand threads, and
 * each request woke its own port's selector and then handed over to a pool thread. Here the accept channels of all
 * ports are registered with this connector's one selector manager, so a few selector threads serve every port and
 * one wake-up serves whatever connections are ready. A request's local port says which device and side it is for.
 */
@NonNullByDefault
public final class MultiPortConnector extends ServerConnector {

    private final InetSocketAddress[] addresses;
    /** Every port's accept channel, in the order of {@link #addresses}; the first is also the superclass's. */
    private final List<ServerSocketChannel> channels = new ArrayList<>();
    private final List<Closeable> acceptors = new ArrayList<>();

    /**
     * @param selectors how many selector threads serve all ports
     * @param addresses the address and port to bind each accept channel to (port 0 for any free one)
     */
    public MultiPortConnector(Server server, int selectors, List<InetSocketAddress> addresses) {
        // No acceptor thread: the selectors accept too.
        super(server, 0, selectors);
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no port");
        }
        this.addresses = addresses.toArray(InetSocketAddress[]::new);
        setHost(addresses.get(0).getHostString());
        setPort(addresses.get(0).getPort());
        setReuseAddress(true);
    }

    /**
     * What the i-th accept channel is bound to, with the port it got if 0 was asked for; a request's local address
     * is one of these. Throws {@link IllegalStateException} while the connector is not open.
     */
    public InetSocketAddress boundAddress(int i) {
        synchronized (channels) {
            try {
                return (InetSocketAddress) channels.get(i).getLocalAddress();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("port " + addresses[i] + " is not open", e);
            }
        }
    }

    /** Binds every port (so a port in use fails the server's start); the superclass keeps the first. */
    @Override
    protected ServerSocketChannel openAcceptChannel() throws IOException {
        synchronized (channels) {
            try {
                for (InetSocketAddress address : addresses) {
                    ServerSocketChannel channel = ServerSocketChannel.open();
                    channels.add(channel);
                    channel.setOption(StandardSocketOptions.SO_REUSEADDR, getReuseAddress());
                    try {
                        channel.bind(address, getAcceptQueueSize());
                    } catch (IOException e) {
                        throw new IOException("Failed to bind to " + address, e);
                    }
                }
            } catch (IOException | RuntimeException e) {
                closeChannels();
                throw e;
            }
            return channels.get(0);
        }
    }

    /** The superclass registers the first port with the selectors; this registers the others. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        synchronized (channels) {
            for (ServerSocketChannel channel : channels.subList(1, channels.size())) {
                channel.configureBlocking(false);
                acceptors.add(getSelectorManager().acceptor(channel));
            }
        }
    }

    @Override
    public void close() {
        super.close();
        synchronized (channels) {
            closeChannels();
        }
    }

    private void closeChannels() {
        for (Closeable c : acceptors) {
            closeQuietly(c);
        }
        acceptors.clear();
        channels.forEach(MultiPortConnector::closeQuietly);
        channels.clear();
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Going away anyway.
        }
    }
}
