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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: one allowed value of a state, with an optional label.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StateOption {

    private final String value;
    private final @Nullable String label;

    public StateOption(String value, @Nullable String label) {
        this.value = value;
        this.label = label;
    }

    public @Nullable String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof StateOption other && value.equals(other.value) && Objects.equals(label, other.label);
    }

    @Override
    public String toString() {
        return "StateOption [value=" + value + ", label=" + label + "]";
    }
}
