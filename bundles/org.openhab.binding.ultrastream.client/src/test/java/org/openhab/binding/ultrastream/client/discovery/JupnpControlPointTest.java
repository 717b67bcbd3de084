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

import static org.junit.jupiter.api.Assertions.*;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jupnp.DefaultUpnpServiceConfiguration;
import org.jupnp.UpnpService;
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
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.emulator.internal.discovery.DeviceDescription;

/**
 * A real third-party SSDP stack, jupnp (the one openHAB runs), finds the emulated device and reads its
 * description: the check that the emulator's SSDP and description are what a UPnP control point expects.
 */
@NonNullByDefault
class JupnpControlPointTest {

    private @Nullable UpnpService upnp;

    /**
     * jupnp skips loopback interfaces and addresses; this configuration uses loopback and nothing else, so the
     * test never sends on a real network.
     */
    static final class LoopbackOnlyConfiguration extends DefaultUpnpServiceConfiguration {
        LoopbackOnlyConfiguration() {
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

        /**
         * A control point that only discovers serves nothing (no local devices, no event subscriptions), and
         * jupnp's servlet-based stream server would need Jetty's servlet module: use one that does nothing.
         */
        @Override
        @SuppressWarnings("rawtypes")
        public StreamServer createStreamServer(@Nullable NetworkAddressFactory networkAddressFactory) {
            return new StreamServer<StreamServerConfiguration>() {
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
            };
        }
    }

    @AfterEach
    void stop() {
        UpnpService service = upnp;
        if (service != null) {
            service.shutdown();
        }
    }

    @Test
    void jupnpDiscoversTheEmulatedDeviceAndReadsItsDescription() throws Exception {
        String serial = "C301251124601";
        CompletableFuture<RemoteDevice> found = new CompletableFuture<>();
        UpnpServiceImpl service = new UpnpServiceImpl(new LoopbackOnlyConfiguration());
        upnp = service;
        service.startup();
        service.getRegistry().addListener(new DefaultRegistryListener() {
            @Override
            public void remoteDeviceAdded(@Nullable Registry registry, @Nullable RemoteDevice remote) {
                if (remote != null && serial.equals(remote.getDetails().getSerialNumber())) {
                    found.complete(remote);
                }
            }
        });

        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(EmulatorOptions.builder().serialNumber(serial)
                .model(Model.HDMI).boxName("Jupnp test").build())) {
            service.getControlPoint().search(new DeviceTypeHeader(DeviceType.valueOf(DeviceDescription.DEVICE_TYPE)));
            RemoteDevice remote = found.get(15, TimeUnit.SECONDS);
            assertEquals("MAGEWELL", remote.getDetails().getManufacturerDetails().getManufacturer());
            assertEquals("Ultra Stream HDMI", remote.getDetails().getModelDetails().getModelName());
            assertEquals("Jupnp test", remote.getDetails().getFriendlyName());
            assertEquals(DeviceDescription.udn(serial), "uuid:" + remote.getIdentity().getUdn().getIdentifierString());
            assertEquals(DeviceDescription.DEVICE_TYPE, remote.getType().toString());
            assertEquals(emulator.device().httpPort(), remote.getIdentity().getDescriptorURL().getPort());
        }
    }
}
