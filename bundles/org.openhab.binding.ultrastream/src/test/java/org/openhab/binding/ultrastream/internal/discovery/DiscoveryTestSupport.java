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
package org.openhab.binding.ultrastream.internal.discovery;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.jupnp.binding.xml.UDA10DeviceDescriptorBinderImpl;
import org.jupnp.model.meta.RemoteDevice;
import org.jupnp.model.meta.RemoteDeviceIdentity;
import org.jupnp.model.types.UDN;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.net.NetworkAddressChangeListener;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Test doubles for the discovery tests: openHAB's network configuration, a discovery listener (the inbox) and a
 * clock the test moves by hand.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class DiscoveryTestSupport {

    private DiscoveryTestSupport() {
    }

    /**
     * The device as jupnp describes it from the description the emulated device serves, exactly as openHAB's UPnP
     * discovery would.
     */
    static RemoteDevice describedByJupnp(EmulatedDevice device) throws Exception {
        URL location = device.baseUri().resolve("/upnp/description.xml").toURL();
        HttpURLConnection connection = (HttpURLConnection) location.openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(5000);
        String xml;
        try (InputStream in = connection.getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            connection.disconnect();
        }
        RemoteDeviceIdentity identity = new RemoteDeviceIdentity(UDN.uniqueSystemIdentifier("undescribed"), 1800,
                location, null, InetAddress.getByName(device.host()));
        return new UDA10DeviceDescriptorBinderImpl().describe(new RemoteDevice(identity), xml);
    }

    /** openHAB's network configuration with a primary address the test chooses. */
    static final class FixedNetworkAddressService implements NetworkAddressService {
        volatile @Nullable String primaryAddress;
        final List<NetworkAddressChangeListener> listeners = new CopyOnWriteArrayList<>();

        FixedNetworkAddressService(@Nullable String primaryAddress) {
            this.primaryAddress = primaryAddress;
        }

        @Override
        public @Nullable String getPrimaryIpv4HostAddress() {
            return primaryAddress;
        }

        @Override
        public @Nullable String getConfiguredBroadcastAddress() {
            return null;
        }

        @Override
        public boolean isUseOnlyOneAddress() {
            return true;
        }

        @Override
        public boolean isUseIPv6() {
            return false;
        }

        @Override
        public void addNetworkAddressChangeListener(NetworkAddressChangeListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeNetworkAddressChangeListener(NetworkAddressChangeListener listener) {
            listeners.remove(listener);
        }
    }

    /** Stands in for the inbox: keeps every result it is given, in order. */
    static final class RecordingListener implements DiscoveryListener {
        private final List<DiscoveryResult> results = new ArrayList<>();
        /** How many results {@link #awaitNext} has handed out. */
        private int taken;

        @Override
        public synchronized void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
            results.add(result);
            notifyAll();
        }

        @Override
        public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
        }

        @Override
        public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
            return null;
        }

        /** The first result so far that matches, waiting up to {@code seconds} for one; null when none came. */
        synchronized @Nullable DiscoveryResult await(Predicate<DiscoveryResult> wanted, long seconds)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                for (DiscoveryResult result : results) {
                    if (wanted.test(result)) {
                        return result;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        /** The result of the device with this serial, waiting up to five seconds; the test fails when none came. */
        DiscoveryResult awaitSerial(String serial) throws InterruptedException {
            DiscoveryResult result = await(
                    found -> serial.equals(found.getProperties().get(Thing.PROPERTY_SERIAL_NUMBER)), 5);
            if (result == null) {
                throw new AssertionError("no result for " + serial);
            }
            return result;
        }

        /** The next result not handed out before, waiting up to {@code seconds}; null when none came. */
        synchronized @Nullable DiscoveryResult awaitNext(long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (results.size() <= taken) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return results.get(taken++);
        }

        /** How many results came in all. */
        synchronized int count() {
            return results.size();
        }
    }

    /** A clock that stands still until the test advances it. */
    static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(@Nullable ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
