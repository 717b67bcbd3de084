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
package org.openhab.core.library.types;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.Locale;

import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.dimension.DataTransferRate;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;

/**
 * Unit conversion, parsing and printing of the {@link QuantityType} stand-in.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class QuantityTypeTest {

    @Test
    void convertsDataRatesBetweenPrefixes() {
        QuantityType<DataTransferRate> rate = new QuantityType<>(6000, Units.KILOBIT_PER_SECOND);

        QuantityType<DataTransferRate> mbit = rate.toUnit(Units.MEGABIT_PER_SECOND);

        assertNotNull(mbit);
        assertEquals(0, new BigDecimal("6").compareTo(mbit.toBigDecimal()));
        assertEquals(Units.MEGABIT_PER_SECOND, mbit.getUnit());
    }

    @Test
    void convertsBytesToBitsAndBinaryPrefixes() {
        QuantityType<?> bytes = new QuantityType<>(2, Units.KIBIBYTE);

        QuantityType<?> bits = bytes.toUnit(Units.BIT);

        assertNotNull(bits);
        assertEquals(2 * 1024 * 8, bits.intValue());
    }

    @Test
    void refusesConversionBetweenIncompatibleUnits() {
        assertNull(new QuantityType<>(1, Units.SECOND).toUnit(Units.BYTE));
    }

    @Test
    void parsesAndPrintsWithOpenHabLabels() {
        QuantityType<?> parsed = new QuantityType<>("12.5 Mbit/s");

        assertEquals(Units.MEGABIT_PER_SECOND, parsed.getUnit());
        assertEquals("12.5 Mbit/s", parsed.toString());
        assertEquals("3 GB", new QuantityType<>(3, Units.GIGABYTE).toFullString());
        assertEquals(Units.PERCENT, new QuantityType<>("40 %").getUnit());
        assertEquals(SIUnits.CELSIUS, new QuantityType<>("21.5 °C").getUnit());
    }

    @Test
    void parsesLocaleNumbersExponentsAndUnitsWithoutSpace() {
        assertEquals(new QuantityType<>(new BigDecimal("1.5"), Units.MEGABIT_PER_SECOND),
                new QuantityType<>("1,5 Mbit/s", Locale.GERMAN));
        assertEquals(new QuantityType<>(1500, Units.HERTZ), new QuantityType<>("1.5e3 Hz"));
        assertEquals(new QuantityType<>(10, Units.MINUTE), new QuantityType<>("10min"));
        assertEquals(new QuantityType<>(-3, Units.SECOND), new QuantityType<>(" -3 s"));
        assertThrows(NumberFormatException.class, () -> new QuantityType<>("fast"));
    }

    @Test
    void parsesBareNumberAsDimensionless() {
        assertEquals(Units.ONE, new QuantityType<>("42").getUnit());
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("12 parsecs per fortnight"));
    }

    @Test
    void equalityComparesConvertedValues() {
        QuantityType<Time> minute = new QuantityType<>(1, Units.MINUTE);

        assertEquals(new QuantityType<>(60, Units.SECOND), minute);
        assertNotEquals(new QuantityType<>(61, Units.SECOND), minute);
        assertTrue(minute.compareTo(new QuantityType<>(59, Units.SECOND)) > 0);
    }

    @Test
    void formatsWithUnitPlaceholder() {
        assertEquals("7 Mbit/s", new QuantityType<>(7, Units.MEGABIT_PER_SECOND).format("%d %unit%"));
        assertEquals("40 %", new QuantityType<>(40, Units.PERCENT).format("%d %unit%"));
        assertEquals("1.50", new QuantityType<>(new BigDecimal("1.5"), Units.HOUR).format("%.2f"));
    }

    @Test
    void convertsPercentToPercentTypeAndOnOff() {
        QuantityType<?> percent = new QuantityType<>(40, Units.PERCENT);

        assertEquals(new PercentType(40), percent.as(PercentType.class));
        assertEquals(OnOffType.ON, percent.as(OnOffType.class));
        assertEquals(OnOffType.OFF, new QuantityType<>(0, Units.PERCENT).as(OnOffType.class));
    }
}
