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

import static org.junit.Assert.*;
import static org.openhab.binding.ultrastream.itests.BindingTest.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.host.DiscoveryInbox;
import org.openhab.binding.ultrastream.host.HostServices;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.binding.ultrastream.host.ThingEvents;
import org.openhab.binding.ultrastream.host.ThingHost;
import org.openhab.core.thing.ThingStatus;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Stopping the binding bundle while a Thing is ONLINE and discovery is listening leaves no thread, UDP
 * socket or scheduled job of the binding behind.
 */
@NonNullByDefault
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BindingLifecycleTest {

    @Inject
    @SuppressWarnings("null")
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ItestOptions.withBinding();
    }

    @Test
    public void stoppingTheBindingLeavesNothingBehind() throws Exception {
        Bundle binding = Arrays.stream(context.getBundles()).filter(b -> BINDING.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        try (HostServices services = new HostServices(context);
                UltraStreamEmulator emulator = UltraStreamEmulator
                        .start(EmulatorOptions.builder().serialNumber(uniqueSerial()).build())) {
            String serial = emulator.device().serialNumber();
            binding.stop();
            Leftovers before = Leftovers.take();

            binding.start();
            try (DiscoveryInbox inbox = new DiscoveryInbox(context, (result, isNew) -> {
            }); ThingHost host = new ThingHost(context, new ThingEvents() {
            })) {
                HostedThing thing = host.approve(discover(inbox, serial), TIMEOUT);
                assertTrue("ONLINE, but " + thing.statusInfo(), thing.awaitStatus(ThingStatus.ONLINE, TIMEOUT));

                binding.stop();

                assertEquals("the host disposed the handler when its factory went away", ThingStatus.UNINITIALIZED,
                        thing.statusInfo().getStatus());
                assertEquals(List.of(), awaitNothingLeft(before, Duration.ofSeconds(10)));
            } finally {
                binding.start();
            }
        }
    }

    /** Threads and sockets end a moment after stop returns; wait for that, bounded, then report what is left. */
    private static List<String> awaitNothingLeft(Leftovers before, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> left = before.leftOverSince();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = before.leftOverSince();
        }
        return left;
    }
}
