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

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.jupnp.DefaultUpnpServiceConfiguration;
import org.jupnp.UpnpServiceImpl;
import org.jupnp.model.message.header.DeviceTypeHeader;
import org.jupnp.model.meta.RemoteDevice;
import org.jupnp.model.types.DeviceType;
import org.jupnp.registry.DefaultRegistryListener;
import org.jupnp.registry.Registry;
import org.jupnp.transport.Router;
import org.jupnp.transport.impl.NetworkAddressFactoryImpl;
import org.jupnp.transport.spi.NetworkAddressFactory;
import org.jupnp.transport.spi.StreamServer;
import org.jupnp.transport.spi.StreamServerConfiguration;
import org.openhab.binding.ultrastream.client.discovery.SsdpClient;
import org.openhab.binding.ultrastream.internal.discovery.UltraStreamUpnpDiscoveryParticipant;
import org.openhab.core.config.discovery.DiscoveryResult;

/**
 * The UPnP path as openHAB runs it: jupnp (the control point openHAB uses) searches on loopback, fetches the
 * description of what answers, and hands the device to the binding's {@link UltraStreamUpnpDiscoveryParticipant},
 * whose result is timed from the M-SEARCH. Between samples the device is removed from jupnp's registry, so each
 * search finds it anew.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class UpnpDiscovery {

    private static final long WAIT_SECONDS = 15;

    private UpnpDiscovery() {
    }

    static Stats searchToResult(String serial, int samples) throws Exception {
        UltraStreamUpnpDiscoveryParticipant participant = new UltraStreamUpnpDiscoveryParticipant(null);
        AtomicReference<@Nullable CompletableFuture<Long>> waiting = new AtomicReference<>();
        UpnpServiceImpl upnp = new UpnpServiceImpl(new LoopbackOnly());
        upnp.startup();
        try {
            upnp.getRegistry().addListener(new DefaultRegistryListener() {
                @Override
                public void remoteDeviceAdded(@Nullable Registry registry, @Nullable RemoteDevice device) {
                    DiscoveryResult result = device == null ? null : participant.createResult(device);
                    CompletableFuture<Long> w = waiting.get();
                    if (w != null && result != null && serial.equals(result.getThingUID().getId())) {
                        w.complete(System.nanoTime());
                    }
                }
            });
            DeviceTypeHeader ultraStream = new DeviceTypeHeader(DeviceType.valueOf(SsdpClient.DEVICE_TYPE));
            List<Long> nanos = new ArrayList<>();
            for (int n = 0; n < samples; n++) {
                upnp.getRegistry().removeAllRemoteDevices();
                CompletableFuture<Long> seen = new CompletableFuture<>();
                waiting.set(seen);
                long start = System.nanoTime();
                upnp.getControlPoint().search(ultraStream, 1);
                nanos.add(seen.get(WAIT_SECONDS, TimeUnit.SECONDS) - start);
            }
            return Stats.ofNanos(nanos);
        } finally {
            upnp.shutdown();
        }
    }

    /** jupnp on the loopback interface and nothing else (by default it skips loopback altogether). */
    private static final class LoopbackOnly extends DefaultUpnpServiceConfiguration {
        LoopbackOnly() {
            super(0, 0);
        }

        @Override
        protected NetworkAddressFactory createNetworkAddressFactory(int streamListenPort, int multicastResponsePort) {
            return new NetworkAddressFactoryImpl(streamListenPort, multicastResponsePort) {
                @Override
                protected boolean isUsableNetworkInterface(@Nullable NetworkInterface networkInterface) {
                    return networkInterface != null && "lo".equals(networkInterface.getName());
                }

                @Override
                protected boolean isUsableAddress(@Nullable NetworkInterface networkInterface,
                        @Nullable InetAddress address) {
                    return address instanceof Inet4Address && address.isLoopbackAddress();
                }
            };
        }

        /** Searching needs no HTTP server of our own (no local devices, no event subscriptions). */
        @Override
        @SuppressWarnings("rawtypes")
        public StreamServer createStreamServer(@Nullable NetworkAddressFactory networkAddressFactory) {
            return new IdleStreamServer();
        }
    }

    /** A stream server that serves nothing. */
    @SuppressWarnings("rawtypes")
    private static final class IdleStreamServer implements StreamServer {
        @Override
        public void init(@Nullable InetAddress bindAddress, @Nullable Router router) {
        }

        @Override
        public int getPort() {
            return 0;
        }

        @Override
        public void stop() {
        }

        @Override
        public StreamServerConfiguration getConfiguration() {
            return () -> 0;
        }

        @Override
        public void run() {
        }
    }
}
