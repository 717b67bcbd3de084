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
package org.openhab.core.thing.internal.firmware;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareRestriction;

/**
 * Stand-in: the {@link Firmware} that {@code FirmwareBuilder} builds, with openHAB's rules:
 * <ul>
 * <li>versions are split at {@code .}, {@code -} and {@code _}; parts that are both numbers compare as numbers,
 * others as text; where one version has a part the other lacks, the one with the part is newer
 * ({@code 1.2.0} is newer than {@code 1.2});</li>
 * <li>{@link #compareTo} orders newest first;</li>
 * <li>{@link #isSuitableFor} needs the same thing type, the thing's {@code modelId} when model restricted, a
 * {@code firmwareVersion} not older than the prerequisite version, and the restriction to hold;</li>
 * <li>{@link #getBytes} reads the stream once and checks the MD5 hash when one is given.</li>
 * </ul>
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class FirmwareImpl implements Firmware {

    public static final String PROPERTY_REQUIRES_FACTORY_RESET = "requiresFactoryReset";

    private final ThingTypeUID thingTypeUID;
    private final @Nullable String vendor;
    private final @Nullable String model;
    private final boolean modelRestricted;
    private final @Nullable String description;
    private final String version;
    private final @Nullable String prerequisiteVersion;
    private final FirmwareRestriction firmwareRestriction;
    private final @Nullable String changelog;
    private final @Nullable URL onlineChangelog;
    private final @Nullable InputStream inputStream;
    private final @Nullable String md5Hash;
    private final Map<String, String> properties;
    private byte @Nullable [] bytes;

    public FirmwareImpl(ThingTypeUID thingTypeUID, @Nullable String vendor, @Nullable String model,
            boolean modelRestricted, @Nullable String description, String version, @Nullable String prerequisiteVersion,
            @Nullable FirmwareRestriction firmwareRestriction, @Nullable String changelog,
            @Nullable URL onlineChangelog, @Nullable InputStream inputStream, @Nullable String md5Hash,
            @Nullable Map<String, String> properties) {
        this.thingTypeUID = thingTypeUID;
        this.vendor = vendor;
        this.model = model;
        this.modelRestricted = modelRestricted;
        this.description = description;
        this.version = version;
        this.prerequisiteVersion = prerequisiteVersion;
        this.firmwareRestriction = firmwareRestriction != null ? firmwareRestriction : thing -> true;
        this.changelog = changelog;
        this.onlineChangelog = onlineChangelog;
        this.inputStream = inputStream;
        this.md5Hash = md5Hash;
        this.properties = properties != null ? Map.copyOf(properties) : Map.of();
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    @Override
    public @Nullable String getVendor() {
        return vendor;
    }

    @Override
    public @Nullable String getModel() {
        return model;
    }

    @Override
    public boolean isModelRestricted() {
        return modelRestricted;
    }

    @Override
    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public @Nullable String getPrerequisiteVersion() {
        return prerequisiteVersion;
    }

    @Override
    public FirmwareRestriction getFirmwareRestriction() {
        return firmwareRestriction;
    }

    @Override
    public @Nullable String getChangelog() {
        return changelog;
    }

    @Override
    public @Nullable URL getOnlineChangelog() {
        return onlineChangelog;
    }

    @Override
    public @Nullable InputStream getInputStream() {
        return inputStream;
    }

    @Override
    public @Nullable String getMd5Hash() {
        return md5Hash;
    }

    @Override
    public synchronized byte @Nullable [] getBytes() {
        InputStream in = inputStream;
        if (in == null) {
            return null;
        }
        byte[] read = bytes;
        if (read == null) {
            try {
                read = in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
            String expected = md5Hash;
            String actual = md5(read);
            if (expected != null && !expected.equals(actual)) {
                throw new IllegalStateException(
                        String.format("Invalid MD5 checksum. Expected %s, but was %s.", expected, actual));
            }
            bytes = read;
        }
        return read;
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public boolean isSuccessorVersion(@Nullable String firmwareVersion) {
        return firmwareVersion != null && compareVersions(version, firmwareVersion) > 0;
    }

    @Override
    public boolean isSuitableFor(Thing thing) {
        if (!thingTypeUID.equals(thing.getThingTypeUID())) {
            return false;
        }
        if (modelRestricted && !Objects.equals(model, thing.getProperties().get(Thing.PROPERTY_MODEL_ID))) {
            return false;
        }
        String prerequisite = prerequisiteVersion;
        if (prerequisite != null) {
            String installed = thing.getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION);
            if (installed == null || compareVersions(installed, prerequisite) < 0) {
                return false;
            }
        }
        return Boolean.TRUE.equals(firmwareRestriction.apply(thing));
    }

    @Override
    public int compareTo(Firmware firmware) {
        return -compareVersions(version, firmware.getVersion());
    }

    /** openHAB's version order; see the class comment. */
    private static int compareVersions(String a, String b) {
        String[] x = a.split("[-_.]");
        String[] y = b.split("[-_.]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            int order = isNumber(x[i]) && isNumber(y[i])
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static boolean isNumber(String part) {
        return part.matches("-?\\d+");
    }

    private static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int hashCode() {
        return Objects.hash(thingTypeUID, vendor, model, modelRestricted, description, version, prerequisiteVersion,
                changelog, String.valueOf(onlineChangelog), md5Hash, properties);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof FirmwareImpl other && thingTypeUID.equals(other.thingTypeUID)
                && Objects.equals(vendor, other.vendor) && Objects.equals(model, other.model)
                && modelRestricted == other.modelRestricted && Objects.equals(description, other.description)
                && version.equals(other.version) && Objects.equals(prerequisiteVersion, other.prerequisiteVersion)
                && Objects.equals(changelog, other.changelog)
                && Objects.equals(String.valueOf(onlineChangelog), String.valueOf(other.onlineChangelog))
                && Objects.equals(md5Hash, other.md5Hash) && properties.equals(other.properties);
    }

    @Override
    public String toString() {
        return "FirmwareImpl [thingTypeUID=" + thingTypeUID + ", vendor=" + vendor + ", model=" + model
                + ", modelRestricted=" + modelRestricted + ", version=" + version + "]";
    }
}
