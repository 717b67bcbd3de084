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
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ULTRA_ENCODE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.internal.firmware.FirmwareUpdateServiceDouble.RecordingProgress;
import org.openhab.binding.ultrastream.internal.handler.HandlerHarness;
import org.openhab.core.OpenHAB;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.firmware.Firmware;

/**
 * Each Ultra Encode family member is offered only the packages named for its own model, the vendor's way, and
 * installs one through openHAB's firmware update service.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraEncodeFirmwareTest {

    private static final List<String> FAMILY_FILES = List.of("ultra_encode_hdmi_2_4_301.mwf",
            "ultra_encode_sdi_2_4_302.mwf", "ultra_encode_hdmi_plus_2_4_303.mwf", "ultra_encode_sdi_plus_2_4_304.mwf",
            "ultra_encode_aio_gen2_rev_b_2_4_305.mwf", "ultra_stream_hdmi_rev_c_2_4_306.mwf");

    @TempDir
    @Nullable
    Path userData;
    private @Nullable HandlerHarness harness;
    private @Nullable String previousUserData;

    @AfterEach
    void close() throws Exception {
        HandlerHarness h = harness;
        if (h != null) {
            h.close();
        }
        String previous = previousUserData;
        if (previous == null) {
            System.clearProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT);
        } else {
            System.setProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT, previous);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = EnumSource.Mode.MATCH_ANY)
    void onlyTheModelsOwnPackageIsOfferedAndInstalled(Model model) throws Exception {
        previousUserData = System.getProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT);
        System.setProperty(OpenHAB.USERDATA_DIR_PROG_ARGUMENT, String.valueOf(userData));
        HandlerHarness h = new HandlerHarness(options -> options.model(model), THING_TYPE_ULTRA_ENCODE).open();
        harness = h;
        h.start();
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        Path folder = Files.createDirectories(UltraStreamFirmwareProvider.firmwareFolder());
        String own = model == Model.ULTRA_ENCODE_AIO
                ? "ultra_encode_aio_gen2_rev_b_2_4_290.mwf"
                : "ultra_encode_" + model.firmwareToken() + "_2_4_290.mwf";
        for (String name : FAMILY_FILES) {
            Files.write(folder.resolve(name), new byte[4096]);
        }
        Files.write(folder.resolve(own), new byte[4096]);

        Set<String> files = offered(h).stream().map(f -> f.getProperties().get(EncoderFirmware.PROPERTY_FILE))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        String ownOther = FAMILY_FILES.get(List.of(Model.ULTRA_ENCODE_HDMI, Model.ULTRA_ENCODE_SDI,
                Model.ULTRA_ENCODE_HDMI_PLUS, Model.ULTRA_ENCODE_SDI_PLUS, Model.ULTRA_ENCODE_AIO).indexOf(model));
        assertEquals(Set.of(own, ownOther), files, "only the packages named for " + model.moduleName());

        Firmware firmware = offered(h).stream().filter(f -> own.equals(f.getProperties().get("file"))).findFirst()
                .orElseThrow();
        RecordingProgress progress = new FirmwareUpdateServiceDouble().update(h.handler(), firmware);
        for (int i = 0; i < 120 && !progress.isFinished(); i++) {
            h.pass(1_000);
        }
        assertEquals("success", progress.steps().get(progress.steps().size() - 1), String.valueOf(progress.log()));
        assertEquals(1, h.device().requestCount("upload-update-file"));
        for (int i = 0; i < 600 && h.handler().getThing().getStatus() != ThingStatus.ONLINE; i++) {
            h.pass(1_000);
        }
        assertEquals("2.4.290", h.handler().getThing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
    }

    private static Set<Firmware> offered(HandlerHarness h) {
        Thing thing = h.handler().getThing();
        thing.setHandler(h.handler());
        return Objects.requireNonNull(new UltraStreamFirmwareProvider().getFirmwares(thing, null));
    }
}
