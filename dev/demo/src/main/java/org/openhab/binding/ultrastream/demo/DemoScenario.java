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
package org.openhab.binding.ultrastream.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.host.DiscoveryInbox;
import org.openhab.binding.ultrastream.host.HostServices;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.binding.ultrastream.host.ThingHost;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The demo's script: devices up, discovery, Things ONLINE, recording and live streaming started through the
 * binding's command path, watched, stopped, everything torn down. Returns an exit code: 0 when every step
 * happened for every device, 1 when one did not, 130 when interrupted (Ctrl-C); teardown runs in every case.
 */
@NonNullByDefault
final class DemoScenario {

    static final ThingTypeUID ENCODER = new ThingTypeUID("ultrastream", "encoder");
    private static final String BINDING = "org.openhab.binding.ultrastream";
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(20);
    /** Poll every second, so the view moves; openHAB's default is 5 s. */
    private static final Map<String, Object> DEMO_CONFIGURATION = Map.of("refreshInterval", 1);
    private static final Duration DASHBOARD_EVERY = Duration.ofSeconds(3);

    private final BundleContext context;
    private final DemoSettings settings;
    private final ConsoleView view;
    private final long deadline;

    DemoScenario(BundleContext context, DemoSettings settings, ConsoleView view) {
        this.context = context;
        this.settings = settings;
        this.view = view;
        this.deadline = System.nanoTime() + settings.duration().toNanos();
    }

    int run() {
        banner();
        List<String> missing = new ArrayList<>();
        boolean interrupted = false;
        @Nullable
        UltraStreamEmulator emulator = null;
        try (HostServices services = new HostServices(context);
                DiscoveryInbox inbox = new DiscoveryInbox(context, view);
                ThingHost host = new ThingHost(context, view)) {
            List<HostedThing> things;
            if (settings.emulated()) {
                emulator = startEmulators();
                things = discoverAndApprove(emulator, inbox, host, missing);
            } else {
                things = List.of(createRealThing(host));
            }
            for (HostedThing thing : things) {
                view.step("Waiting for " + thing.uid() + " to go ONLINE");
                if (!thing.awaitStatus(ThingStatus.ONLINE, STEP_TIMEOUT)) {
                    missing.add(thing.uid() + " ONLINE (is " + thing.statusInfo() + ")");
                }
            }
            if (settings.firmware()) {
                FirmwareStep firmware = new FirmwareStep(context, view);
                for (HostedThing thing : things) {
                    firmware.run(thing).ifPresent(problem -> missing.add(thing.uid() + " " + problem));
                }
            }
            if (settings.sendCommands()) {
                drive(things, emulator, missing);
            } else {
                view.step("Watching only (add --commands to start recording and live streaming on a real device)");
                watch(things, remaining());
            }
            view.step("Stopping: removing the Things, closing discovery, stopping the emulated devices");
        } catch (InterruptedException e) {
            // resources are closed by now; the interrupt is reported, not passed on, so teardown finishes
            view.step("Interrupted: stopped everything");
            interrupted = true;
        } catch (Exception e) {
            view.step("Failed: " + e);
            missing.add("no failure (" + e.getMessage() + ")");
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
        return summary(missing, interrupted);
    }

    private void banner() {
        Bundle binding = bundle(BINDING);
        view.step("Ultra Stream console demo");
        view.note("This console host stands in for openHAB's framework. It is NOT openHAB: no items, rules, UI or");
        view.note("persistence. It runs the shipped binding bundle in an embedded Apache Felix with Felix SCR:");
        view.note(binding == null
                ? "(binding bundle not found!)"
                : binding.getSymbolicName() + " " + binding.getVersion() + " from " + binding.getLocation());
        view.note(settings.emulated()
                ? settings.devices() + " emulated device(s) on 127.0.0.1; multicast discovery on loopback only"
                : "the device at " + settings.host() + ":" + settings.port());
        view.note("Lines below are what openHAB would receive from the binding, in its event log's words.");
    }

    private UltraStreamEmulator startEmulators() {
        List<EmulatorOptions> options = new ArrayList<>();
        for (int i = 0; i < settings.devices(); i++) {
            // a serial of our own: other emulators on this machine share the loopback multicast group
            String serial = String.format("D%03d251124%03d", ThreadLocalRandom.current().nextInt(1000), i + 1);
            options.add(EmulatorOptions.builder().serialNumber(serial).model(model(i))
                    .boxName("Studio " + (char) ('A' + i % 26)).build());
        }
        UltraStreamEmulator emulator = UltraStreamEmulator.start(options);
        view.step("Started " + emulator.devices().size()
                + " emulated device(s); they announce on 239.255.255.250:2538 and answer SSDP, on loopback only");
        for (EmulatedDevice device : emulator.devices()) {
            view.note(device.serialNumber() + " \"" + device.boxName() + "\": API " + device.baseUri()
                    + "/usapi, downloads http://" + device.host() + ":" + device.downloadPort()
                    + "/download/..., UPnP description " + device.baseUri() + "/upnp/description.xml");
        }
        return emulator;
    }

    /** The model of the i-th emulated device: the one asked for (--model), else Ultra Stream HDMI and SDI in turn. */
    private Model model(int i) {
        String asked = settings.model();
        if (asked.isEmpty()) {
            return i % 2 == 0 ? Model.HDMI : Model.SDI;
        }
        try {
            return Model.of(asked);
        } catch (IllegalArgumentException e) {
            return Model.of("ultra-encode-" + asked); // the short form: aio, hdmi-plus, ...
        }
    }

    private List<HostedThing> discoverAndApprove(UltraStreamEmulator emulator, DiscoveryInbox inbox, ThingHost host,
            List<String> missing) throws InterruptedException {
        view.step("Discovery: the binding's multicast discovery scans 239.255.255.250:2538");
        inbox.startScan(ENCODER);
        List<HostedThing> things = new ArrayList<>();
        for (EmulatedDevice device : emulator.devices()) {
            String serial = device.serialNumber();
            DiscoveryResult result = inbox
                    .await(r -> serial.equals(r.getProperties().get(Thing.PROPERTY_SERIAL_NUMBER)), STEP_TIMEOUT)
                    .orElse(null);
            if (result == null) {
                missing.add(serial + " discovered");
                continue;
            }
            view.step("Approving " + result.getThingUID() + " from the inbox (refreshInterval=1 s for the demo)");
            things.add(host.approve(result, DEMO_CONFIGURATION, STEP_TIMEOUT));
        }
        return things;
    }

    private HostedThing createRealThing(ThingHost host) throws InterruptedException {
        String id = String.valueOf(settings.host()).replaceAll("[^\\w-]", "-");
        Map<String, Object> configuration = new LinkedHashMap<>(DEMO_CONFIGURATION);
        configuration.put("hostname", String.valueOf(settings.host()));
        configuration.put("port", settings.port());
        configuration.put("username", settings.user());
        configuration.put("password", settings.password());
        view.step("Creating a Thing for " + settings.host() + " (no discovery: it runs on loopback only here)");
        return host.createThing(ENCODER, new ThingUID(ENCODER, id), "Ultra Stream at " + settings.host(),
                configuration, Map.of(), STEP_TIMEOUT);
    }

    private void drive(List<HostedThing> things, @Nullable UltraStreamEmulator emulator, List<String> missing)
            throws InterruptedException {
        try {
            startAndWatch(things, emulator != null, missing);
        } catch (InterruptedException e) {
            // Ctrl-C: what the demo started on a device, it stops, even in a hurry
            view.step("Interrupted: switching recording and live streaming off before leaving");
            stopRecordingAndLive(things, Duration.ofSeconds(5), new ArrayList<>());
            throw e;
        }
        view.step("Stopping recording and live streaming: command OFF to both");
        stopRecordingAndLive(things, STEP_TIMEOUT, missing);
        if (emulator != null) {
            for (EmulatedDevice device : emulator.devices()) {
                view.note(device.serialNumber() + ": the emulated device says recording=" + device.isRecording()
                        + ", live=" + device.isLive());
            }
        }
    }

    private void startAndWatch(List<HostedThing> things, boolean emulated, List<String> missing)
            throws InterruptedException {
        Duration phase = remaining().minusSeconds(6).dividedBy(2);
        view.step("Starting recording: command ON to recording#active");
        things.forEach(t -> t.sendCommand("recording#active", OnOffType.ON));
        expect(things, "recording#active", missing);
        watch(things, phase);

        List<HostedThing> live = new ArrayList<>(things);
        if (emulated) {
            // an emulated device starts without a stream server; live streaming needs one
            StreamServerSetup setup = new StreamServerSetup(context, view);
            for (HostedThing thing : things) {
                Optional<String> problem = setup.addAndEnable(thing, STEP_TIMEOUT);
                if (problem.isPresent()) {
                    view.note("No live streaming for " + thing.uid() + ": " + problem.get());
                    missing.add("live streaming (" + problem.get() + ")");
                    live.remove(thing);
                }
            }
        }
        view.step("Starting live streaming: command ON to live#active");
        live.forEach(t -> t.sendCommand("live#active", OnOffType.ON));
        expect(live, "live#active", missing);
        watch(things, phase);
    }

    private void stopRecordingAndLive(List<HostedThing> things, Duration timeout, List<String> missing)
            throws InterruptedException {
        for (HostedThing thing : things) {
            thing.sendCommand("recording#active", OnOffType.OFF);
            thing.sendCommand("live#active", OnOffType.OFF);
        }
        for (HostedThing thing : things) {
            if (thing.awaitState("recording#active", OnOffType.OFF::equals, timeout).isEmpty()
                    || thing.awaitState("live#active", OnOffType.OFF::equals, timeout).isEmpty()) {
                missing.add(thing.uid() + " recording and live stopped");
            }
        }
    }

    private void expect(List<HostedThing> things, String channelId, List<String> missing) throws InterruptedException {
        for (HostedThing thing : things) {
            if (thing.awaitState(channelId, OnOffType.ON::equals, STEP_TIMEOUT).isEmpty()) {
                missing.add(thing.uid() + " " + channelId + " ON");
            }
        }
    }

    /** Lets the events flow for a while, with a dashboard line per Thing every few seconds. */
    private void watch(List<HostedThing> things, Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        view.note("(watching for " + duration.toSeconds() + " s)");
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(DASHBOARD_EVERY.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            things.forEach(thing -> view.dashboard(Dashboard.line(thing)));
        }
    }

    private Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private int summary(List<String> missing, boolean interrupted) {
        if (interrupted) {
            view.step("Stopped at your request; nothing left running.");
            return 130;
        }
        if (missing.isEmpty()) {
            String flow = (settings.emulated() ? "discovered, " : "") + "ONLINE, states, "
                    + (settings.firmware() ? "firmware updated, " : "")
                    + (settings.sendCommands() ? "recording, live, " : "") + "stopped";
            view.step("Done: " + flow + ". Nothing left running.");
            return 0;
        }
        view.step("Done, but these did not happen: " + String.join("; ", missing));
        return 1;
    }

    private @Nullable Bundle bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }
}
