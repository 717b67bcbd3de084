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
package org.openhab.core.types;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: how a state is presented (range, pattern, read-only, options). Made via
 * {@link StateDescriptionFragmentBuilder}.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class StateDescription {

    protected @Nullable final BigDecimal minimum;
    protected @Nullable final BigDecimal maximum;
    protected @Nullable final BigDecimal step;
    protected @Nullable final String pattern;
    protected final boolean readOnly;
    protected final List<StateOption> options;

    protected StateDescription(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, @Nullable BigDecimal step,
            @Nullable String pattern, boolean readOnly, @Nullable List<StateOption> options) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.step = step;
        this.pattern = pattern;
        this.readOnly = readOnly;
        this.options = options == null ? List.of() : Collections.unmodifiableList(options);
    }

    public @Nullable BigDecimal getMinimum() {
        return minimum;
    }

    public @Nullable BigDecimal getMaximum() {
        return maximum;
    }

    public @Nullable BigDecimal getStep() {
        return step;
    }

    public @Nullable String getPattern() {
        return pattern;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public List<StateOption> getOptions() {
        return options;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimum, maximum, step, pattern, readOnly, options);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof StateDescription other && Objects.equals(minimum, other.minimum)
                && Objects.equals(maximum, other.maximum) && Objects.equals(step, other.step)
                && Objects.equals(pattern, other.pattern) && readOnly == other.readOnly
                && options.equals(other.options);
    }

    @Override
    public String toString() {
        return "StateDescription [minimum=" + minimum + ", maximum=" + maximum + ", step=" + step + ", pattern="
                + pattern + ", readOnly=" + readOnly + ", channelStateOptions=" + options + "]";
    }
}
