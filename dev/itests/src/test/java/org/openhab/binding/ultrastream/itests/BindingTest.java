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

import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.jupnp.model.meta.DeviceDetails;
import org.jupnp.model.meta.ManufacturerDetails;
import org.jupnp.model.meta.ModelDetails;
import org.jupnp.model.meta.RemoteDevice;
import org.jupnp.model.meta.RemoteDeviceIdentity;
import org.jupnp.model.meta.RemoteService;
import org.jupnp.model.types.DeviceType;
import org.jupnp.model.types.UDN;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.host.DiscoveryInbox;
import org.openhab.binding.ultrastream.host.HostServices;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.binding.ultrastream.host.ThingEvents;
import org.openhab.binding.ultrastream.host.ThingHost;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.config.discovery.upnp.UpnpDiscoveryParticipant;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.firmware.FirmwareUpdateHandler;
import org.openhab.core.thing.firmware.FirmwareProvider;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The shipped binding in Apache Felix with Felix SCR: Declarative Services wires its components to the
 * services openHAB provides (here the console host's), multicast discovery finds an emulated device on
 * loopback, a Thing made from that discovery result goes ONLINE and publishes states, and a command on the
 * recording channel starts recording on the device.
 */
@NonNullByDefault
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BindingTest {

    static final String BINDING = "org.openhab.binding.ultrastream";
    static final String INTERNAL = BINDING + ".internal.";
    static final ThingTypeUID ENCODER = new ThingTypeUID("ultrastream", "encoder");
    static final ThingTypeUID ULTRA_ENCODE = new ThingTypeUID("ultrastream", "ultra-encode");
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    @SuppressWarnings("null")
    private BundleContext context;

    @Inject
    @SuppressWarnings("null")
    private ServiceComponentRuntime scr;

    private @Nullable HostServices services;
    private @Nullable UltraStreamEmulator emulator;

    @Configuration
    public Option[] configuration() {
        return ItestOptions.withBinding();
    }

    @Before
    public void provideOpenhabServices() throws Exception {
        services = new HostServices(context);
    }

    @After
    public void stopEverything() throws Exception {
        UltraStreamEmulator running = emulator;
        if (running != null) {
            running.close();
        }
        HostServices provided = services;
        if (provided != null) {
            provided.close();
        }
    }

    @Test
    public void declarativeServicesRegistersTheBindingsComponents() throws InterruptedException {
        Bundle binding = bundle(BINDING);
        assertEquals("binding bundle state", Bundle.ACTIVE, binding.getState());

        Map<String, String> expected = new TreeMap<>(Map.of( //
                INTERNAL + "UltraStreamHandlerFactory", ThingHandlerFactory.class.getName(),
                INTERNAL + "discovery.UltraStreamMulticastDiscoveryService", DiscoveryService.class.getName(),
                INTERNAL + "discovery.UltraStreamUpnpDiscoveryParticipant", UpnpDiscoveryParticipant.class.getName(),
                INTERNAL + "firmware.UltraStreamFirmwareProvider", FirmwareProvider.class.getName()));
        for (Map.Entry<String, String> component : expected.entrySet()) {
            assertTrue(component.getKey() + " is not satisfied: " + componentStates(binding),
                    awaitComponent(binding, component.getKey()));
            assertTrue(component.getKey() + " registers " + component.getValue(),
                    isRegisteredBy(binding, component.getValue()));
        }
    }

    @Test
    public void aDiscoveredEncoderGoesOnlineAndRecordsOnCommand() throws Exception {
        UltraStreamEmulator started = UltraStreamEmulator
                .start(EmulatorOptions.builder().serialNumber(uniqueSerial()).build());
        emulator = started;
        String serial = started.device().serialNumber();
        BlockingQueue<String> triggers = new LinkedBlockingQueue<>();

        try (DiscoveryInbox inbox = new DiscoveryInbox(context, (result, isNew) -> {
        }); ThingHost host = new ThingHost(context, new ThingEvents() {
            @Override
            public void channelTriggered(ChannelUID channelUID, String event) {
                triggers.add(channelUID.getId() + " " + event);
            }
        })) {
            DiscoveryResult result = discover(inbox, serial);
            assertEquals(ENCODER, result.getThingTypeUID());
            assertEquals("127.0.0.1", result.getProperties().get("hostname"));

            HostedThing thing = host.approve(result, TIMEOUT);
            assertTrue("ONLINE, but " + thing.statusInfo(), thing.awaitStatus(ThingStatus.ONLINE, TIMEOUT));
            assertTrue("recording#active published",
                    thing.awaitState("recording#active", OnOffType.OFF::equals, TIMEOUT).isPresent());
            assertTrue("input#signal published", thing.awaitState("input#signal", s -> true, TIMEOUT).isPresent());
            assertFalse(started.device().isRecording());

            thing.sendCommand("recording#active", OnOffType.ON);

            assertTrue("the emulated device records", awaitRecording(started, TIMEOUT));
            assertTrue("recording#active follows the device",
                    thing.awaitState("recording#active", OnOffType.ON::equals, TIMEOUT).isPresent());
            assertTrue("trigger RECORDING_STARTED", awaitTrigger(triggers, "device#event RECORDING_STARTED"));
        }
    }

    /**
     * An Ultra Encode AIO, found by the same multicast discovery, is proposed as the family's thing type, goes ONLINE
     * with its model, shows the family's readings (the CPU temperature), gets the AIO's input channel from its
     * get-info, and switches input and records on command.
     */
    @Test
    public void aDiscoveredUltraEncodeAioGoesOnlineWithItsOwnThingType() throws Exception {
        UltraStreamEmulator started = UltraStreamEmulator
                .start(EmulatorOptions.builder().model(Model.ULTRA_ENCODE_AIO).serialNumber(uniqueSerial()).build());
        emulator = started;
        String serial = started.device().serialNumber();

        try (DiscoveryInbox inbox = new DiscoveryInbox(context, (result, isNew) -> {
        }); ThingHost host = new ThingHost(context, new ThingEvents() {
        })) {
            DiscoveryResult result = discover(inbox, serial);
            assertEquals(ULTRA_ENCODE, result.getThingTypeUID());

            HostedThing thing = host.approve(result, TIMEOUT);
            assertTrue("ONLINE, but " + thing.statusInfo(), thing.awaitStatus(ThingStatus.ONLINE, TIMEOUT));
            assertEquals("Ultra Encode AIO", thing.thing().getProperties().get(Thing.PROPERTY_MODEL_ID));
            assertTrue("device#cpu-temperature published in °C, but " + thing.state("device#cpu-temperature"),
                    thing.awaitState("device#cpu-temperature", state -> state.toFullString().endsWith(" °C"), TIMEOUT)
                            .isPresent());
            assertTrue("input#source published",
                    thing.awaitState("input#source", state -> state instanceof StringType, TIMEOUT).isPresent());

            thing.sendCommand("input#source", new StringType("SDI"));
            assertTrue("input#source follows the device",
                    thing.awaitState("input#source", new StringType("SDI")::equals, TIMEOUT).isPresent());
            thing.sendCommand("recording#active", OnOffType.ON);
            assertTrue("the emulated AIO records", awaitRecording(started, TIMEOUT));
        }
    }

    @Test
    public void theUpnpParticipantTurnsTheDevicesDescriptionIntoAWorkingThing() throws Exception {
        UltraStreamEmulator started = UltraStreamEmulator
                .start(EmulatorOptions.builder().serialNumber(uniqueSerial()).build());
        emulator = started;
        EmulatedDevice emulated = started.device();
        // What jUPnP would make of the device's SSDP answer and description (see docs/protocol-decisions.md)
        URL location = new URL("http://127.0.0.1:" + emulated.httpPort() + "/upnp/description.xml");
        RemoteDevice device = new RemoteDevice(
                new RemoteDeviceIdentity(new UDN(UUID.randomUUID()), 1800, location, null,
                        InetAddress.getLoopbackAddress()),
                DeviceType.valueOf("urn:schemas-magewell-com:device:UltraStream:1"),
                new DeviceDetails(emulated.boxName(), new ManufacturerDetails("MAGEWELL"),
                        new ModelDetails("Ultra Stream HDMI"), emulated.serialNumber(), null),
                (RemoteService) null);
        UpnpDiscoveryParticipant participant = bindingService(UpnpDiscoveryParticipant.class);

        DiscoveryResult result = participant.createResult(device);

        assertNotNull("the participant maps the device", result);
        assertEquals("ultrastream:encoder:" + emulated.serialNumber(), result.getThingUID().getAsString());
        try (ThingHost host = new ThingHost(context, new ThingEvents() {
        })) {
            HostedThing thing = host.approve(result, TIMEOUT);
            assertTrue("ONLINE, but " + thing.statusInfo(), thing.awaitStatus(ThingStatus.ONLINE, TIMEOUT));
        }
    }

    private <T> T bindingService(Class<T> type) throws Exception {
        for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
            if (BINDING.equals(reference.getBundle().getSymbolicName())) {
                T service = context.getService(reference);
                if (service != null) {
                    return service;
                }
            }
        }
        throw new AssertionError("the binding registers no " + type.getSimpleName());
    }

    @Test
    public void theHandlersRuleActionsAreRegistered() throws Exception {
        UltraStreamEmulator started = UltraStreamEmulator
                .start(EmulatorOptions.builder().serialNumber(uniqueSerial()).build());
        emulator = started;
        try (DiscoveryInbox inbox = new DiscoveryInbox(context, (result, isNew) -> {
        }); ThingHost host = new ThingHost(context, new ThingEvents() {
        })) {
            HostedThing thing = host.approve(discover(inbox, started.device().serialNumber()), TIMEOUT);
            assertActionsRegisteredFor(thing);
        }
    }

    /**
     * The handler is registered as a FirmwareUpdateHandler service while its thing lives, as openHAB's
     * BaseThingHandlerFactory does (openHAB's firmware update service finds handlers that way), and the binding's
     * FirmwareProvider answers for the thing without waiting for the device.
     */
    @Test
    public void theHandlersFirmwareInterfaceAndTheFirmwareProviderAreRegistered() throws Exception {
        UltraStreamEmulator started = UltraStreamEmulator
                .start(EmulatorOptions.builder().serialNumber(uniqueSerial()).build());
        emulator = started;
        HostedThing hosted;
        try (DiscoveryInbox inbox = new DiscoveryInbox(context, (result, isNew) -> {
        }); ThingHost host = new ThingHost(context, new ThingEvents() {
        })) {
            hosted = host.approve(discover(inbox, started.device().serialNumber()), TIMEOUT);
            assertTrue("ONLINE, but " + hosted.statusInfo(), hosted.awaitStatus(ThingStatus.ONLINE, TIMEOUT));
            FirmwareUpdateHandler handler = firmwareUpdateHandlerOf(hosted.uid());
            assertNotNull("no FirmwareUpdateHandler service for " + hosted.uid(), handler);
            assertSame(hosted.handler(), handler);
            assertTrue("an idle ONLINE encoder may update", handler.isUpdateExecutable());
            FirmwareProvider provider = bindingService(FirmwareProvider.class);
            assertNotNull(provider.getFirmwares(handler.getThing(), Locale.ENGLISH));
        }
        assertNull("unregistered with its thing", firmwareUpdateHandlerOf(hosted.uid()));
    }

    private @Nullable FirmwareUpdateHandler firmwareUpdateHandlerOf(ThingUID uid) throws Exception {
        for (ServiceReference<FirmwareUpdateHandler> reference : context
                .getServiceReferences(FirmwareUpdateHandler.class, null)) {
            FirmwareUpdateHandler handler = context.getService(reference);
            context.ungetService(reference);
            if (handler != null && handler.getThing().getUID().equals(uid)
                    && BINDING.equals(reference.getBundle().getSymbolicName())) {
                return handler;
            }
        }
        return null;
    }

    private static boolean awaitTrigger(BlockingQueue<String> triggers, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (long left = TIMEOUT.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            if (expected.equals(triggers.poll(left, TimeUnit.NANOSECONDS))) {
                return true;
            }
        }
        return false;
    }

    /** Scans, and waits until the binding's multicast discovery reports the device with this serial. */
    static DiscoveryResult discover(DiscoveryInbox inbox, String serial) throws InterruptedException {
        inbox.startScan(ENCODER);
        return inbox.await(r -> serial.equals(r.getProperties().get(Thing.PROPERTY_SERIAL_NUMBER)), TIMEOUT)
                .orElseThrow(() -> new AssertionError("multicast discovery did not report " + serial));
    }

    /**
     * The handler's rule actions are registered as a ThingActions service for this very handler, the way openHAB's
     * BaseThingHandlerFactory registers a handler's services.
     */
    private void assertActionsRegisteredFor(HostedThing thing) throws Exception {
        ServiceReference<?>[] references = context.getServiceReferences(ThingActions.class.getName(), null);
        assertNotNull("no ThingActions registered", references);
        boolean found = false;
        for (ServiceReference<?> reference : references) {
            Object service = context.getService(reference);
            found |= service instanceof ThingActions actions && actions.getThingHandler() == thing.handler()
                    && reference.getBundle().getSymbolicName().equals(BINDING);
            context.ungetService(reference);
        }
        assertTrue("the binding's ThingActions for " + thing.uid(), found);
    }

    /**
     * A valid serial that no other emulator on this machine is likely to announce: every process's emulators
     * share the loopback multicast group, and they all default to the same serial.
     */
    static String uniqueSerial() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("T%03d251124%03d", random.nextInt(1000), random.nextInt(1000));
    }

    private static boolean awaitRecording(UltraStreamEmulator emulator, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!emulator.device().isRecording()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50); // the emulator offers no notification; a bounded poll
        }
        return true;
    }

    private boolean awaitComponent(Bundle bundle, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle, name);
            if (description != null && scr.getComponentConfigurationDTOs(description).stream()
                    .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE
                            || c.state == ComponentConfigurationDTO.SATISFIED)) {
                return true;
            }
            Thread.sleep(50); // SCR activates asynchronously and has no listener API for this
        }
        return false;
    }

    private String componentStates(Bundle bundle) {
        StringBuilder states = new StringBuilder();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                states.append(description.name).append('=').append(configuration.state).append(" unsatisfied:")
                        .append(Arrays.stream(configuration.unsatisfiedReferences).map(r -> r.name).toList())
                        .append("; ");
            }
        }
        return states.toString();
    }

    private boolean isRegisteredBy(Bundle bundle, String serviceName) {
        ServiceReference<?>[] registered = bundle.getRegisteredServices();
        return registered != null && Arrays.stream(registered).anyMatch(
                r -> List.of((String[]) r.getProperty(org.osgi.framework.Constants.OBJECTCLASS)).contains(serviceName));
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }
}
