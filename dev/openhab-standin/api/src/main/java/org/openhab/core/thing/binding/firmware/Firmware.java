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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Stand-in: one firmware version for a thing type, as a {@code FirmwareProvider} offers it. Built with
 * {@link FirmwareBuilder}. Ordered newest first.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Firmware extends Comparable<Firmware> {

    String PROPERTY_REQUIRES_FACTORY_RESET = "requiresFactoryReset";

    ThingTypeUID getThingTypeUID();

    @Nullable
    String getVendor();

    @Nullable
    String getModel();

    boolean isModelRestricted();

    @Nullable
    String getDescription();

    String getVersion();

    @Nullable
    String getPrerequisiteVersion();

    FirmwareRestriction getFirmwareRestriction();

    @Nullable
    String getChangelog();

    @Nullable
    URL getOnlineChangelog();

    @Nullable
    InputStream getInputStream();

    @Nullable
    String getMd5Hash();

    byte @Nullable [] getBytes();

    Map<String, String> getProperties();

    boolean isSuccessorVersion(@Nullable String firmwareVersion);

    boolean isSuitableFor(Thing thing);
}
