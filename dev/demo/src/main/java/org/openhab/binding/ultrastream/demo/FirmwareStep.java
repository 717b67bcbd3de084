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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareUpdateHandler;
import org.openhab.core.thing.binding.firmware.ProgressCallback;
import org.openhab.core.thing.binding.firmware.ProgressStep;
import org.openhab.core.thing.firmware.FirmwareProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The demo's {@code --firmware} step, as openHAB's firmware update service would run it from Main UI or
 * {@code openhab:firmware update}: ask the binding's firmware provider what it offers (which makes the encoder check
 * online), start the update of the version found online through the handler's {@link FirmwareUpdateHandler}, show
 * the steps and percentages as they come, and wait until the Thing is ONLINE again with the new firmware version.
 */
@NonNullByDefault
final class FirmwareStep {

    private static final Duration FIND_TIMEOUT = Duration.ofSeconds(20);
    /** Download, install and reboot of an emulated encoder take about 40 s, plus the reconnect. */
    private static final Duration UPDATE_TIMEOUT = Duration.ofSeconds(120);

    private final BundleContext context;
    private final ConsoleView view;

    FirmwareStep(BundleContext context, ConsoleView view) {
        this.context = context;
        this.view = view;
    }

    /** Updates the thing's encoder to the version found online; the problem when that did not happen. */
    Optional<String> run(HostedThing hosted) throws InterruptedException {
        if (!(hosted.handler() instanceof FirmwareUpdateHandler handler)) {
            return Optional.of("the handler is not a FirmwareUpdateHandler");
        }
        String installed = hosted.thing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION);
        view.step("Firmware: " + hosted.uid() + " runs " + installed + "; asking the binding's firmware provider");
        Firmware offered = awaitOnlineFirmware(hosted);
        if (offered == null) {
            return Optional.of("no newer firmware offered within " + FIND_TIMEOUT.toSeconds() + " s");
        }
        view.note("offered: " + offered.getVersion() + " (" + offered.getDescription() + ")");
        if (!handler.isUpdateExecutable()) {
            return Optional.of("the update is not executable now");
        }
        view.step("Firmware: updating " + hosted.uid() + " to " + offered.getVersion());
        ConsoleProgress progress = new ConsoleProgress(hosted.uid().toString());
        handler.updateFirmware(offered, progress);
        String result = progress.await(UPDATE_TIMEOUT);
        if (!"success".equals(result)) {
            return Optional.of("firmware update: " + result);
        }
        if (!hosted.await(() -> hosted.thing().getStatus() == ThingStatus.ONLINE
                && offered.getVersion().equals(hosted.thing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION)),
                UPDATE_TIMEOUT)) {
            return Optional.of("ONLINE with firmware " + offered.getVersion() + " (is " + hosted.statusInfo() + ")");
        }
        view.step("Firmware: " + hosted.uid() + " is ONLINE again and runs " + offered.getVersion());
        return Optional.empty();
    }

    /** Asks the provider until it offers a version newer than the installed one (the online check takes a moment). */
    private @Nullable Firmware awaitOnlineFirmware(HostedThing hosted) throws InterruptedException {
        AtomicReference<@Nullable Firmware> found = new AtomicReference<>();
        hosted.await(() -> {
            String installed = hosted.thing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION);
            for (Firmware firmware : firmwares(hosted.thing())) {
                if (firmware.isSuccessorVersion(installed) && firmware.isSuitableFor(hosted.thing())) {
                    found.set(firmware);
                    return true;
                }
            }
            return false;
        }, FIND_TIMEOUT);
        return found.get();
    }

    private Collection<Firmware> firmwares(Thing thing) {
        try {
            for (ServiceReference<FirmwareProvider> reference : context.getServiceReferences(FirmwareProvider.class,
                    null)) {
                FirmwareProvider provider = context.getService(reference);
                if (provider != null) {
                    try {
                        Collection<Firmware> firmwares = provider.getFirmwares(thing, Locale.ENGLISH);
                        if (firmwares != null && !firmwares.isEmpty()) {
                            return firmwares;
                        }
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            // no filter given
        }
        return List.of();
    }

    /** Shows what openHAB would publish as firmware progress and result events. */
    private final class ConsoleProgress implements ProgressCallback {
        private final String thing;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile String result = "no result";
        private ProgressStep[] sequence = new ProgressStep[0];
        private int step = -1;

        ConsoleProgress(String thing) {
            this.thing = thing;
        }

        @Override
        public void defineSequence(ProgressStep... sequence) {
            this.sequence = sequence;
        }

        @Override
        public void next() {
            step++;
            if (step < sequence.length) {
                view.note(thing + " firmware: " + sequence[step].name().toLowerCase(Locale.ROOT));
            }
        }

        @Override
        public void update(int progress) {
            view.dashboard(thing + " firmware: " + progress + " %");
        }

        @Override
        public void pending() {
        }

        @Override
        public void success() {
            finish("success");
        }

        @Override
        public void failed(String errorMessageKey, Object... arguments) {
            finish("failed (" + errorMessageKey + ")");
        }

        @Override
        public void canceled() {
            finish("canceled");
        }

        private void finish(String outcome) {
            result = outcome;
            view.note(thing + " firmware update: " + outcome);
            done.countDown();
        }

        String await(Duration timeout) throws InterruptedException {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? result : "no result in time";
        }
    }
}
