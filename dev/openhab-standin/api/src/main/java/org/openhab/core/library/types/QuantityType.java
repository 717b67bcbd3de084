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

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Quantity.Scale;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.quantity.Quantities;

/**
 * Stand-in: a number with a unit, backed by the javax.measure API and indriya as in openHAB. Parsing accepts
 * "&lt;number&gt; &lt;unit&gt;" (with or without the space) and a bare number (unit ONE); conversions use the
 * units' own converters. Arithmetic beyond add/subtract/negate and the duration patterns of {@link #format} are
 * left out.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 *
 * @param <T> the quantity
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements
            PrimitiveType,
            State,
            Command,
            Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;

    /** A number (digits with the locale's separators, optional exponent) and what follows it: the unit. */
    private static final Pattern NUMBER_AND_UNIT = Pattern
            .compile("\\s*([+-]?[\\d.,\\u00a0\\u202f']+(?:[eE][+-]?\\d+)?)(.*)", Pattern.DOTALL);

    /** openHAB's placeholder for the unit symbol in state patterns. */
    private static final String UNIT_PLACEHOLDER = "%unit%";

    static {
        // the labels of openHAB's units must be known before any parsing or printing
        Units.getInstance();
        SIUnits.getInstance();
    }

    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(0, AbstractUnit.ONE);
    public static final QuantityType<Dimensionless> ONE = new QuantityType<>(1, AbstractUnit.ONE);

    private final Quantity<T> quantity;

    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.quantity = (Quantity<T>) ZERO.quantity;
    }

    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        Matcher parts = NUMBER_AND_UNIT.matcher(value);
        if (!parts.matches()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        String numberText = parts.group(1).toUpperCase(locale); // DecimalFormat knows the exponent only as "E"
        DecimalFormat numberFormat = (DecimalFormat) NumberFormat.getInstance(locale);
        numberFormat.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object number = numberFormat.parseObject(numberText, position);
        if (!(number instanceof BigDecimal decimal) || position.getIndex() < numberText.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        String unitText = parts.group(2).trim();
        Unit<?> unit;
        try {
            unit = unitText.isEmpty() ? AbstractUnit.ONE : SimpleUnitFormat.getInstance().parse(unitText);
        } catch (MeasurementParseException e) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
        }
        this.quantity = (Quantity<T>) Quantities.getQuantity(decimal, unit, Scale.RELATIVE);
    }

    public QuantityType(Number value, Unit<T> unit) {
        BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        this.quantity = Quantities.getQuantity(decimal, unit, Scale.RELATIVE);
    }

    private QuantityType(Quantity<T> quantity) {
        this.quantity = Quantities.getQuantity(quantity.getValue(), quantity.getUnit(), Scale.RELATIVE);
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    /** Equal when convertible to each other and equal in the system unit, as in openHAB. */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof QuantityType<?> other && getUnit().isCompatible(other.getUnit())
                && compareInSystemUnit(other) == 0;
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        return compareInSystemUnit(o);
    }

    private int compareInSystemUnit(QuantityType<?> other) {
        if (!getUnit().isCompatible(other.getUnit())) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        QuantityType<?> mine = toUnit(getUnit().getSystemUnit());
        QuantityType<?> theirs = other.toUnit(other.getUnit().getSystemUnit());
        if (mine == null || theirs == null) {
            throw new IllegalArgumentException("Unable to convert to system unit during compare.");
        }
        return Double.compare(mine.doubleValue(), theirs.doubleValue());
    }

    public Unit<T> getUnit() {
        return quantity.getUnit();
    }

    public Dimension getDimension() {
        return getUnit().getDimension();
    }

    /** Converts to the given unit, or returns {@code null} when the units are not convertible. */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            Number converted = getUnit().getConverterToAny(targetUnit).convert(quantity.getValue());
            return new QuantityType<>(converted, (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        Unit<T> unit = (Unit<T>) AbstractUnit.parse(targetUnit);
        return unit == null ? null : toUnit(unit);
    }

    public BigDecimal toBigDecimal() {
        Number value = quantity.getValue();
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    @Override
    public int hashCode() {
        return 31 * getUnit().hashCode() + 31 * quantity.getValue().hashCode();
    }

    /** Formats the number with the pattern; {@code %unit%} stands for the unit symbol, as in openHAB. */
    @Override
    public String format(String pattern) {
        if (pattern.contains("%s") || pattern.contains("%S")) {
            try {
                return String.format(pattern, quantity);
            } catch (IllegalFormatConversionException e) {
                // fall back to formatting the number
            }
        }
        String unitSymbol = getUnit().equals(Units.PERCENT) ? "%%" : getUnit().toString();
        String formatPattern = pattern.replace(UNIT_PLACEHOLDER, unitSymbol);
        try {
            return String.format(formatPattern, toBigDecimal().toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(formatPattern, toBigDecimal());
        }
    }

    @Override
    public int intValue() {
        return quantity.getValue().intValue();
    }

    @Override
    public long longValue() {
        return quantity.getValue().longValue();
    }

    @Override
    public float floatValue() {
        return quantity.getValue().floatValue();
    }

    @Override
    public double doubleValue() {
        return quantity.getValue().doubleValue();
    }

    @Override
    public String toFullString() {
        return quantity.toString();
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            if (intValue() == 0) {
                return target.cast(OnOffType.OFF);
            } else if (Units.PERCENT.equals(getUnit())) {
                return target.cast(OnOffType.from(toBigDecimal().signum() > 0));
            }
            return toBigDecimal().compareTo(BigDecimal.ONE) == 0 ? target.cast(OnOffType.ON) : null;
        } else if (target == OpenClosedType.class) {
            if (doubleValue() == 0) {
                return target.cast(OpenClosedType.CLOSED);
            }
            return toBigDecimal().compareTo(BigDecimal.ONE) == 0 ? target.cast(OpenClosedType.OPEN) : null;
        } else if (target == PercentType.class) {
            QuantityType<T> inPercent = toUnit(Units.PERCENT);
            return inPercent == null ? null : target.cast(new PercentType(inPercent.toBigDecimal()));
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        }
        return State.super.as(target);
    }

    public QuantityType<T> add(QuantityType<T> state) {
        return new QuantityType<>(absolute().add(state.quantity));
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(quantity.negate());
    }

    public QuantityType<T> subtract(QuantityType<T> state) {
        return new QuantityType<>(absolute().subtract(state.quantity));
    }

    /** Arithmetic works on absolute values (°C + 1 K is 1 degree more), as in openHAB. */
    private Quantity<T> absolute() {
        return Quantities.getQuantity(quantity.getValue(), quantity.getUnit(), Scale.ABSOLUTE);
    }
}
