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
package org.openhab.core.library.unit;

import javax.measure.Unit;
import javax.measure.quantity.Length;
import javax.measure.quantity.Temperature;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Stand-in: the SI units that openHAB adds to its own system (only those the binding may use).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SIUnits extends CustomUnits {

    public static final String MEASUREMENT_SYSTEM_NAME = "SI";

    private static final SIUnits INSTANCE = new SIUnits();

    public static final Unit<Temperature> CELSIUS = addUnit(tech.units.indriya.unit.Units.CELSIUS);
    public static final Unit<Length> METRE = addUnit(tech.units.indriya.unit.Units.METRE);

    static {
        // As openHAB does: degrees Celsius print as °C, and ℃ still parses.
        SimpleUnitFormat.getInstance().label(CELSIUS, "°C");
        SimpleUnitFormat.getInstance().alias(CELSIUS, "℃");
    }

    private SIUnits() {
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    @Override
    public String getName() {
        return MEASUREMENT_SYSTEM_NAME;
    }

    private static <U extends Unit<?>> U addUnit(U unit) {
        INSTANCE.units.add(unit);
        return unit;
    }
}
