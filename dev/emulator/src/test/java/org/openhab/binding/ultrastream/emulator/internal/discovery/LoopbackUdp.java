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
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A test socket pinned to the loopback interface: sends to the group and receives, either unicast answers on an
 * ephemeral port or group traffic when bound to the group port. Never sends on another interface.
 */
@NonNullByDefault
final class LoopbackUdp implements AutoCloseable {

    static final NetworkInterface LOOPBACK = loopback();
    private final MulticastSocket socket;

    /** An ephemeral port, for sending queries and receiving the unicast answers. */
    LoopbackUdp() throws IOException {
        socket = new MulticastSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setNetworkInterface(LOOPBACK);
    }

    /** Bound to the group port and joined, for watching what devices send to the group. */
    LoopbackUdp(int groupPort) throws IOException {
        socket = new MulticastSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(groupPort));
        socket.setNetworkInterface(LOOPBACK);
        socket.joinGroup(new InetSocketAddress(InetAddress.getByName(GroupSocket.GROUP), groupPort), LOOPBACK);
    }

    void sendToGroup(String text, int port) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName(GroupSocket.GROUP), port));
    }

    /** The first datagram that matches, waiting at most {@code timeout} in all; fails when none comes. */
    String receive(Predicate<String> wanted, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[4096];
        while (true) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            socket.setSoTimeout((int) left);
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("No matching datagram within " + timeout);
            }
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (wanted.test(text)) {
                return text;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    private static NetworkInterface loopback() {
        try {
            NetworkInterface lo = NetworkInterface.getByName("lo");
            if (lo == null) {
                throw new IllegalStateException("No loopback interface named lo");
            }
            return lo;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
