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
package org.openhab.binding.ultrastream.client;

import java.util.EnumSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An enum of the document's tables whose constants stand for numbers on the wire, and the one lookup from a number
 * back to its constant.
 * <p>
 * Where the document numbers a table 0, 1, 2, ... the enum lists the entries in that order and the code is the
 * position; an enum whose codes have gaps keeps its own and overrides {@link #code()}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Coded {

    /** The number on the wire. */
    default int code() {
        return ordinal();
    }

    /** The position of the constant; every enum has it. */
    int ordinal();

    /** The constant of {@code type} with this code, or null for a number the document does not list. */
    static <E extends Enum<E> & Coded> @Nullable E of(Class<E> type, int code) {
        for (E constant : EnumSet.allOf(type)) {
            if (constant.code() == code) {
                return constant;
            }
        }
        return null;
    }

    /** The constant of {@code type} with this code, or {@code unknown} for a number the document does not list. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, int code, E unknown) {
        @Nullable
        E constant = of(type, code);
        return constant != null ? constant : unknown;
    }
}
