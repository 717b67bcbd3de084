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
package org.openhab.core.thing.binding.firmware;

import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.internal.firmware.FirmwareImpl;

/**
 * Stand-in: builds a {@link Firmware}. As in openHAB, an empty version, a missing thing type, missing properties or
 * restriction, and a model restriction without a model are refused with {@link IllegalArgumentException}.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class FirmwareBuilder {

    private final ThingTypeUID thingTypeUID;
    private final String version;
    private @Nullable String vendor;
    private @Nullable String model;
    private boolean modelRestricted;
    private @Nullable String description;
    private @Nullable String prerequisiteVersion;
    private @Nullable FirmwareRestriction firmwareRestriction;
    private @Nullable String changelog;
    private @Nullable URL onlineChangelog;
    private @Nullable InputStream inputStream;
    private @Nullable String md5Hash;
    private Map<String, String> properties = new HashMap<>();

    private FirmwareBuilder(ThingTypeUID thingTypeUID, String version) {
        this.thingTypeUID = thingTypeUID;
        this.version = version;
    }

    public static FirmwareBuilder create(ThingTypeUID thingTypeUID, String firmwareVersion) {
        if (isMissing(thingTypeUID)) {
            throw new IllegalArgumentException("ThingTypeUID must not be null.");
        }
        if (isMissing(firmwareVersion) || firmwareVersion.isEmpty()) {
            throw new IllegalArgumentException("Firmware version must not be null or empty.");
        }
        return new FirmwareBuilder(thingTypeUID, firmwareVersion);
    }

    public FirmwareBuilder withVendor(@Nullable String vendor) {
        this.vendor = vendor;
        return this;
    }

    public FirmwareBuilder withModel(@Nullable String model) {
        this.model = model;
        return this;
    }

    public FirmwareBuilder withModelRestricted(boolean modelRestricted) {
        this.modelRestricted = modelRestricted;
        return this;
    }

    public FirmwareBuilder withDescription(@Nullable String description) {
        this.description = description;
        return this;
    }

    public FirmwareBuilder withPrerequisiteVersion(@Nullable String prerequisiteVersion) {
        this.prerequisiteVersion = prerequisiteVersion;
        return this;
    }

    public FirmwareBuilder withChangelog(@Nullable String changelog) {
        this.changelog = changelog;
        return this;
    }

    public FirmwareBuilder withOnlineChangelog(@Nullable URL onlineChangelog) {
        this.onlineChangelog = onlineChangelog;
        return this;
    }

    public FirmwareBuilder withInputStream(@Nullable InputStream inputStream) {
        this.inputStream = inputStream;
        return this;
    }

    public FirmwareBuilder withProperties(Map<String, String> properties) {
        if (isMissing(properties)) {
            throw new IllegalArgumentException("Properties must not be null.");
        }
        this.properties = properties;
        return this;
    }

    public FirmwareBuilder withMd5Hash(@Nullable String md5Hash) {
        this.md5Hash = md5Hash;
        return this;
    }

    public FirmwareBuilder withFirmwareRestriction(FirmwareRestriction firmwareRestriction) {
        if (isMissing(firmwareRestriction)) {
            throw new IllegalArgumentException("Firmware restriction function must not be null.");
        }
        this.firmwareRestriction = firmwareRestriction;
        return this;
    }

    public Firmware build() {
        String restrictedModel = model;
        if (modelRestricted && (restrictedModel == null || restrictedModel.isEmpty())) {
            throw new IllegalArgumentException("Cannot create model restricted firmware without model");
        }
        return new FirmwareImpl(thingTypeUID, vendor, model, modelRestricted, description, version,
                prerequisiteVersion, firmwareRestriction, changelog, onlineChangelog, inputStream, md5Hash,
                properties);
    }

    /** Callers without null analysis may pass null where the signature says they must not. */
    private static boolean isMissing(@Nullable Object value) {
        return value == null;
    }
}
