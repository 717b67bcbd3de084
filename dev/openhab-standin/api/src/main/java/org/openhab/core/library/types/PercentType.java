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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * Stand-in: a number from 0 to 100 (inclusive); other values are rejected, as in openHAB.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class PercentType extends DecimalType {

    private static final long serialVersionUID = 1L;

    public static final PercentType ZERO = new PercentType(0);
    public static final PercentType HUNDRED = new PercentType(100);

    public PercentType() {
        this(0);
    }

    public PercentType(int value) {
        super(value);
        checkRange();
    }

    public PercentType(String value) {
        this(value, Locale.ENGLISH);
    }

    public PercentType(String value, Locale locale) {
        super(value, locale);
        checkRange();
    }

    public PercentType(BigDecimal value) {
        super(value);
        checkRange();
    }

    private void checkRange() {
        if (value.signum() < 0 || value.compareTo(BIG_DECIMAL_HUNDRED) > 0) {
            throw new IllegalArgumentException("Value must be between 0 and 100");
        }
    }

    public static PercentType valueOf(String value) {
        return new PercentType(value);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(!equals(ZERO)));
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(value.divide(BIG_DECIMAL_HUNDRED, 8, RoundingMode.UP)));
        } else if (target == OpenClosedType.class) {
            return equals(ZERO)
                    ? target.cast(OpenClosedType.CLOSED)
                    : equals(HUNDRED) ? target.cast(OpenClosedType.OPEN) : null;
        } else if (target == QuantityType.class) {
            return target.cast(new QuantityType<>(value, Units.PERCENT));
        }
        return defaultConversion(target);
    }
}
