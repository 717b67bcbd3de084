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
package org.openhab.core.config.discovery;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The discovery base class reaches its listeners as openHAB's does; results carry what the builder was given.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class AbstractDiscoveryServiceTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("test", "encoder");

    /** A discovery service that reports one device per scan and counts background starts and stops. */
    private static class TestDiscoveryService extends AbstractDiscoveryService {
        final BlockingQueue<String> backgroundCalls = new LinkedBlockingQueue<>();

        TestDiscoveryService(int timeout) {
            super(Set.of(TYPE), timeout, false);
        }

        @Override
        protected void startScan() {
            thingDiscovered(result("a1"));
        }

        @Override
        protected void startBackgroundDiscovery() {
            backgroundCalls.add("start");
        }

        @Override
        protected void stopBackgroundDiscovery() {
            backgroundCalls.add("stop");
        }

        void remove(String id) {
            thingRemoved(new ThingUID(TYPE, id));
        }

        void removeOlder(Instant instant) {
            removeOlderResults(instant);
        }
    }

    /** Records listener calls; discovered results arrive on the scheduler, so they go through a queue. */
    private static class RecordingListener implements DiscoveryListener {
        final BlockingQueue<DiscoveryResult> discovered = new LinkedBlockingQueue<>();
        final BlockingQueue<ThingUID> removed = new LinkedBlockingQueue<>();
        @Nullable
        Collection<ThingTypeUID> removeOlderTypes;

        @Override
        public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
            discovered.add(result);
        }

        @Override
        public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
            removed.add(thingUID);
        }

        @Override
        public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
                @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
            removeOlderTypes = thingTypeUIDs;
            return List.of();
        }
    }

    private static DiscoveryResult result(String id) {
        return DiscoveryResultBuilder.create(new ThingUID(TYPE, id)).withLabel("Encoder " + id)
                .withProperty("serialNumber", id).withProperties(Map.of("ipAddress", "127.0.0.1"))
                .withRepresentationProperty("serialNumber").build();
    }

    @Test
    void builderKeepsLabelPropertiesAndRepresentationAndDerivesTheThingType() {
        DiscoveryResult result = result("a1");

        assertEquals(TYPE, result.getThingTypeUID());
        assertEquals("Encoder a1", result.getLabel());
        assertEquals(Map.of("serialNumber", "a1", "ipAddress", "127.0.0.1"), result.getProperties());
        assertEquals("serialNumber", result.getRepresentationProperty());
        assertEquals(DiscoveryResult.TTL_UNLIMITED, result.getTimeToLive());
        assertEquals(DiscoveryResultFlag.NEW, result.getFlag());
        assertNull(result.getBridgeUID());
        assertEquals("test", result.getBindingId());
    }

    @Test
    void scanReachesListenersAndEndsAfterTheTimeout() throws Exception {
        TestDiscoveryService service = new TestDiscoveryService(1);
        RecordingListener listener = new RecordingListener();
        service.addDiscoveryListener(listener);
        CountDownLatch finished = new CountDownLatch(1);

        service.startScan(new ScanListener() {
            @Override
            public void onFinished() {
                finished.countDown();
            }

            @Override
            public void onErrorOccurred(@Nullable Exception exception) {
            }
        });

        DiscoveryResult result = listener.discovered.poll(5, TimeUnit.SECONDS);
        assertNotNull(result);
        assertEquals(new ThingUID(TYPE, "a1"), result.getThingUID());
        assertTrue(finished.await(5, TimeUnit.SECONDS));
    }

    @Test
    void lateListenerGetsKnownResultsAndRemovalsAreForwarded() throws Exception {
        TestDiscoveryService service = new TestDiscoveryService(0);
        service.startScan((ScanListener) null);
        RecordingListener late = new RecordingListener();

        service.addDiscoveryListener(late);
        service.remove("a1");
        service.removeOlder(Instant.now());

        assertNotNull(late.discovered.poll(5, TimeUnit.SECONDS));
        assertEquals(new ThingUID(TYPE, "a1"), late.removed.poll());
        assertEquals(Set.of(TYPE), late.removeOlderTypes);

        RecordingListener afterRemoval = new RecordingListener();
        service.addDiscoveryListener(afterRemoval);
        assertTrue(afterRemoval.discovered.isEmpty());
    }

    @Test
    void abortTellsTheScanListener() {
        TestDiscoveryService service = new TestDiscoveryService(60);
        BlockingQueue<Exception> errors = new LinkedBlockingQueue<>();
        service.startScan(new ScanListener() {
            @Override
            public void onFinished() {
            }

            @Override
            public void onErrorOccurred(@Nullable Exception exception) {
                if (exception != null) {
                    errors.add(exception);
                }
            }
        });

        service.abortScan();

        assertEquals(1, errors.size());
    }

    @Test
    void backgroundDiscoveryFollowsConfiguration() {
        TestDiscoveryService service = new TestDiscoveryService(0);

        service.activate(null);
        assertTrue(service.backgroundCalls.isEmpty());

        service.modified(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, "true"));
        assertTrue(service.isBackgroundDiscoveryEnabled());
        service.deactivate();

        assertEquals(List.of("start", "stop"), List.copyOf(service.backgroundCalls));
    }
}
