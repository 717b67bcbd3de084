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
package org.openhab.binding.ultrastream.internal.firmware;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.ultrastream.internal.handler.HandlerHarness;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.OpenHAB;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.firmware.Firmware;

/**
 * An emulated encoder with its handler (on a manual scheduler and clock), openHAB's user data in a temporary
 * folder, the firmware provider, and openHAB's firmware update service as the handler sees it.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class FirmwareTestBase {

    @RegisterExtension
    final HandlerHarness h = new HandlerHarness();

    static final String INSTALLED = "1.2.122";
    static final String ONLINE = "1.2.123";

    @TempDir
    @Nullable
    Path userData;
    private @Nullable String previousUserData;
    final FirmwareUpdateServiceDouble service = new FirmwareUpdateServiceDouble();

    @BeforeEach
    void startWithTemporaryUserData() throws Exception {
        previousUserData = System.getProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT);
        System.setProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT, String.valueOf(userData));
        h.start();
        assertEquals(ThingStatus.ONLINE, handler().getThing().getStatus());
        assertEquals(INSTALLED, handler().getThing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
    }

    @AfterEach
    void restoreUserData() {
        String previous = previousUserData;
        if (previous == null) {
            System.clearProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT);
        } else {
            System.setProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT, previous);
        }
    }

    UltraStreamHandler handler() {
        return h.handler();
    }

    /** The thing as openHAB's registry holds it: with its handler. */
    Thing thing() {
        Thing thing = handler().getThing();
        thing.setHandler(handler());
        return thing;
    }

    Set<Firmware> offered() {
        return Objects.requireNonNull(new UltraStreamFirmwareProvider().getFirmwares(thing(), null));
    }

    Firmware offered(String version) {
        Firmware firmware = new UltraStreamFirmwareProvider().getFirmware(thing(), version, null);
        assertNotNull(firmware, "not offered: " + version + " among " + offered());
        return firmware;
    }

    /** Puts a file into {@code <userdata>/ultrastream/firmware}. */
    Path drop(String name) throws Exception {
        Path folder = Files.createDirectories(UltraStreamFirmwareProvider.firmwareFolder());
        return Files.write(folder.resolve(name), new byte[4096]);
    }

    /** The encoder checks online (asked for by the provider) and the handler's next poll sees what it found. */
    void findOnlineFirmware() {
        assertTrue(offered().isEmpty(), "nothing known before the check");
        h.scheduler.runDue(); // the check the provider asked for goes out
        assertEquals(1, h.device().requestCount("online-update-check"));
        h.pass(3_000);
        h.nextPoll();
    }

    /** Lets time pass in steps of a second until the update reported its result (at most {@code maxSeconds}). */
    void runUntilFinished(FirmwareUpdateServiceDouble.RecordingProgress progress, int maxSeconds) {
        for (int i = 0; i < maxSeconds && !progress.isFinished(); i++) {
            h.pass(1_000);
        }
        assertTrue(progress.isFinished(), "no result after " + maxSeconds + " s: " + progress.log());
    }

    /** Lets time pass until the thing is ONLINE again (the handler's reconnect back-off is at most 5 minutes). */
    void runUntilOnline() {
        for (int i = 0; i < 600 && handler().getThing().getStatus() != ThingStatus.ONLINE; i++) {
            h.pass(1_000);
        }
        assertEquals(ThingStatus.ONLINE, handler().getThing().getStatus());
    }
}
