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
package org.openhab.core.internal.types;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateDescriptionFragment;
import org.openhab.core.types.StateOption;

/**
 * Stand-in: the plain fragment that {@code StateDescriptionFragmentBuilder} builds (internal, not exported).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class StateDescriptionFragmentImpl implements StateDescriptionFragment {

    private final @Nullable BigDecimal minimum;
    private final @Nullable BigDecimal maximum;
    private final @Nullable BigDecimal step;
    private final @Nullable String pattern;
    private final @Nullable Boolean readOnly;
    private final @Nullable List<StateOption> options;

    public StateDescriptionFragmentImpl(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum,
            @Nullable BigDecimal step, @Nullable String pattern, @Nullable Boolean readOnly,
            @Nullable List<StateOption> options) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.step = step;
        this.pattern = pattern;
        this.readOnly = readOnly;
        this.options = options == null ? null : List.copyOf(options);
    }

    @Override
    public @Nullable BigDecimal getMinimum() {
        return minimum;
    }

    @Override
    public @Nullable BigDecimal getMaximum() {
        return maximum;
    }

    @Override
    public @Nullable BigDecimal getStep() {
        return step;
    }

    @Override
    public @Nullable String getPattern() {
        return pattern;
    }

    @Override
    public @Nullable Boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public @Nullable List<StateOption> getOptions() {
        return options;
    }

    @Override
    public @Nullable StateDescription toStateDescription() {
        if (minimum == null && maximum == null && step == null && readOnly == null && pattern == null
                && options == null) {
            return null;
        }
        return new Description(minimum, maximum, step, pattern, Boolean.TRUE.equals(readOnly), options);
    }

    /** Opens the protected constructor, as openHAB does with its own internal subclass. */
    private static class Description extends StateDescription {
        Description(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, @Nullable BigDecimal step,
                @Nullable String pattern, boolean readOnly, @Nullable List<StateOption> options) {
            super(minimum, maximum, step, pattern, readOnly, options);
        }
    }
}
