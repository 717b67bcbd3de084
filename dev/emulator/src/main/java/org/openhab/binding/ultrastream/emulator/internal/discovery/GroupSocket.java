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
package org.openhab.binding.ultrastream.emulator.internal.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UDP socket joined to a multicast group on one interface, with a receive thread that hands each datagram
 * (as UTF-8 text) to a handler. Both responders use one. The socket is bound with SO_REUSEADDR to the wildcard
 * address and the group port, so that many emulated devices in one process share the port; every one of them
 * gets its own copy of each group datagram.
 */
@NonNullByDefault
final class GroupSocket implements AutoCloseable {

    static final String GROUP = "239.255.255.250";

    /** Datagrams larger than this are dropped unread (docs/protocol-decisions.md). */
    static final int MAX_DATAGRAM = 2048;

    private final Logger logger = LoggerFactory.getLogger(GroupSocket.class);
    private final InetSocketAddress groupAddress;
    private final DatagramChannel channel;
    private final Thread receiver;

    /**
     * Opens the socket, joins the group on the interface and starts receiving.
     *
     * @param threadName names the receive thread, so that a thread dump shows which device it serves
     */
    GroupSocket(String interfaceName, int port, String threadName, BiConsumer<SocketAddress, String> handler)
            throws IOException {
        NetworkInterface networkInterface = NetworkInterface.getByName(interfaceName);
        if (networkInterface == null) {
            throw new IOException("No network interface named " + interfaceName);
        }
        groupAddress = new InetSocketAddress(InetAddress.getByName(GROUP), port);
        channel = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(port));
            // Set explicitly, so that nothing is ever sent on an interface other than the one chosen.
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, networkInterface);
            channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
            channel.join(groupAddress.getAddress(), networkInterface);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        receiver = new Thread(() -> receiveLoop(handler), threadName);
        receiver.setDaemon(true);
        receiver.start();
    }

    /** Sends text to the group. */
    void sendToGroup(String text) {
        send(text, groupAddress);
    }

    /** Sends text to one address; a failure is logged, the device carries on as a real one would. */
    void send(String text, SocketAddress target) {
        try {
            channel.send(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), target);
        } catch (ClosedChannelException e) {
            logger.trace("Not sent to {}: socket closed", target);
        } catch (IOException e) {
            logger.debug("Could not send to {}: {}", target, e.getMessage());
        }
    }

    private void receiveLoop(BiConsumer<SocketAddress, String> handler) {
        // One byte more than allowed tells an oversized datagram from one of exactly the maximum size.
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM + 1);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                @Nullable
                SocketAddress source = channel.receive(buffer);
                buffer.flip();
                if (source == null || buffer.remaining() > MAX_DATAGRAM) {
                    continue;
                }
                handler.accept(source, StandardCharsets.UTF_8.decode(buffer).toString());
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                logger.debug("Discovery datagram not handled: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            logger.debug("Closing the discovery socket failed: {}", e.getMessage());
        }
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
