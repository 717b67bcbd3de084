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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.internal.types.StateDescriptionFragmentImpl;

/**
 * Stand-in: builds a {@link StateDescriptionFragment}.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class StateDescriptionFragmentBuilder {

    private @Nullable BigDecimal minimum;
    private @Nullable BigDecimal maximum;
    private @Nullable BigDecimal step;
    private @Nullable String pattern;
    private @Nullable Boolean readOnly;
    private @Nullable List<StateOption> options;

    private StateDescriptionFragmentBuilder() {
    }

    public static StateDescriptionFragmentBuilder create() {
        return new StateDescriptionFragmentBuilder();
    }

    public static StateDescriptionFragmentBuilder create(StateDescriptionFragment fragment) {
        StateDescriptionFragmentBuilder builder = new StateDescriptionFragmentBuilder();
        builder.minimum = fragment.getMinimum();
        builder.maximum = fragment.getMaximum();
        builder.step = fragment.getStep();
        builder.pattern = fragment.getPattern();
        builder.readOnly = fragment.isReadOnly();
        List<StateOption> fragmentOptions = fragment.getOptions();
        if (fragmentOptions != null && !fragmentOptions.isEmpty()) {
            builder.options = new ArrayList<>(fragmentOptions);
        }
        return builder;
    }

    public static StateDescriptionFragmentBuilder create(StateDescription legacy) {
        StateDescriptionFragmentBuilder builder = new StateDescriptionFragmentBuilder();
        builder.minimum = legacy.getMinimum();
        builder.maximum = legacy.getMaximum();
        builder.step = legacy.getStep();
        builder.pattern = legacy.getPattern();
        builder.readOnly = legacy.isReadOnly();
        if (!legacy.getOptions().isEmpty()) {
            builder.options = new ArrayList<>(legacy.getOptions());
        }
        return builder;
    }

    public StateDescriptionFragment build() {
        return new StateDescriptionFragmentImpl(minimum, maximum, step, pattern, readOnly, options);
    }

    public StateDescriptionFragmentBuilder withMaximum(BigDecimal maximum) {
        this.maximum = maximum;
        return this;
    }

    public StateDescriptionFragmentBuilder withMinimum(BigDecimal minimum) {
        this.minimum = minimum;
        return this;
    }

    public StateDescriptionFragmentBuilder withStep(BigDecimal step) {
        this.step = step;
        return this;
    }

    public StateDescriptionFragmentBuilder withPattern(String pattern) {
        this.pattern = pattern;
        return this;
    }

    public StateDescriptionFragmentBuilder withReadOnly(Boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    public StateDescriptionFragmentBuilder withOption(StateOption option) {
        List<StateOption> current = options;
        if (current == null) {
            current = new ArrayList<>();
            options = current;
        }
        current.add(option);
        return this;
    }

    public StateDescriptionFragmentBuilder withOptions(List<StateOption> options) {
        this.options = new ArrayList<>(options);
        return this;
    }
}
