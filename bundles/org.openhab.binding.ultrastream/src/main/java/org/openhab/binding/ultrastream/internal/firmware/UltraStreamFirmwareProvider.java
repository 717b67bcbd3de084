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

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.SUPPORTED_THING_TYPES;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.internal.firmware.EncoderFirmware.OnlineFirmware;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.OpenHAB;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareBuilder;
import org.openhab.core.thing.firmware.FirmwareProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers firmware for each encoder thing:
 * <ul>
 * <li>the version the encoder's online check found, when newer than the installed one; installing it makes the
 * encoder download it itself ({@code update&mode=online}), openHAB transfers nothing;</li>
 * <li>the {@code .mwf} packages in {@code <userdata>/ultrastream/firmware/} whose name says the thing's model
 * ({@link MwfFile}: family and model, e.g. Ultra Stream HDMI, Ultra Encode AIO); a package for another model is
 * never offered. Installing one uploads it.</li>
 * </ul>
 * openHAB calls this on its REST and console threads, for every thing list the UI loads: it only reads what the
 * handler already knows and lists one folder, and never waits for a device.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = FirmwareProvider.class)
public class UltraStreamFirmwareProvider implements FirmwareProvider {

    /** The most packages looked at in the folder, so that a full folder costs little. */
    static final int MAX_FILES = 64;
    private static final String VENDOR = "Magewell";

    private final Logger logger = LoggerFactory.getLogger(UltraStreamFirmwareProvider.class);
    private final Path folder;

    @Activate
    public UltraStreamFirmwareProvider() {
        this(firmwareFolder());
    }

    UltraStreamFirmwareProvider(Path folder) {
        this.folder = folder;
    }

    /** {@code <userdata>/ultrastream/firmware}, where users put {@code .mwf} packages. */
    public static Path firmwareFolder() {
        return Path.of(OpenHAB.getUserDataFolder(), "ultrastream", "firmware");
    }

    @Override
    public @Nullable Firmware getFirmware(Thing thing, String version) {
        return getFirmware(thing, version, null);
    }

    @Override
    public @Nullable Firmware getFirmware(Thing thing, String version, @Nullable Locale locale) {
        for (Firmware firmware : offers(thing)) {
            if (firmware.getVersion().equals(version)) {
                return firmware;
            }
        }
        return null;
    }

    @Override
    public @Nullable Set<Firmware> getFirmwares(Thing thing) {
        return getFirmwares(thing, null);
    }

    @Override
    public @Nullable Set<Firmware> getFirmwares(Thing thing, @Nullable Locale locale) {
        return offers(thing);
    }

    /** Everything offered for the thing; the locale changes nothing (the texts are the device's or file names). */
    private Set<Firmware> offers(Thing thing) {
        Set<Firmware> firmwares = new HashSet<>();
        String modelId = thing.getProperties().get(Thing.PROPERTY_MODEL_ID);
        if (!SUPPORTED_THING_TYPES.contains(thing.getThingTypeUID()) || modelId == null) {
            return firmwares; // the model is known once the encoder answered get-info
        }
        if (thing.getHandler() instanceof UltraStreamHandler handler) {
            OnlineFirmware online = handler.firmware().onlineFirmware();
            if (online != null) {
                firmwares.add(builder(thing, modelId, online.version()).withChangelog(online.changelog())
                        .withDescription("Found online by the encoder")
                        .withProperties(Map.of(EncoderFirmware.PROPERTY_SOURCE, EncoderFirmware.SOURCE_ONLINE))
                        .build());
            }
        }
        for (MwfFile file : packages()) {
            if (file.suits(modelId)) {
                firmwares.add(builder(thing, modelId, file.version())
                        .withDescription("Package " + file.path().getFileName())
                        .withProperties(Map.of(EncoderFirmware.PROPERTY_SOURCE, EncoderFirmware.SOURCE_FILE,
                                EncoderFirmware.PROPERTY_FILE, String.valueOf(file.path().getFileName())))
                        .build());
            }
        }
        return firmwares;
    }

    /** Firmware only for this model: openHAB checks it against the thing's {@code modelId} too. */
    private static FirmwareBuilder builder(Thing thing, String modelId, String version) {
        return FirmwareBuilder.create(thing.getThingTypeUID(), version).withVendor(VENDOR).withModel(modelId)
                .withModelRestricted(true);
    }

    /** The vendor packages in the folder (at most {@link #MAX_FILES} files looked at); none when it is missing. */
    private Set<MwfFile> packages() {
        Set<MwfFile> packages = new HashSet<>();
        if (!Files.isDirectory(folder)) {
            return packages;
        }
        int seen = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{mwf,MWF}")) {
            for (Path path : files) {
                if (++seen > MAX_FILES) {
                    break;
                }
                MwfFile file = MwfFile.of(path);
                if (file != null && Files.isRegularFile(path)) {
                    packages.add(file);
                }
            }
        } catch (IOException e) {
            logger.debug("Cannot list the firmware folder {}: {}", folder, e.getMessage());
        }
        return packages;
    }
}
