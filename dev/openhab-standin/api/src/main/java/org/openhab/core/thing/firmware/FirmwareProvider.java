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
package org.openhab.core.thing.firmware;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.firmware.Firmware;

/**
 * Stand-in: offers firmware for things. openHAB's firmware registry collects every OSGi service of this interface
 * and only calls the overloads with a locale, on the caller's thread (REST, console).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface FirmwareProvider {

    @Nullable
    Firmware getFirmware(Thing thing, String version);

    @Nullable
    Firmware getFirmware(Thing thing, String version, @Nullable Locale locale);

    @Nullable
    Set<Firmware> getFirmwares(Thing thing);

    @Nullable
    Set<Firmware> getFirmwares(Thing thing, @Nullable Locale locale);
}
