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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: a partial state description; unset parts are {@code null}.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface StateDescriptionFragment {

    @Nullable
    BigDecimal getMinimum();

    @Nullable
    BigDecimal getMaximum();

    @Nullable
    BigDecimal getStep();

    @Nullable
    String getPattern();

    @Nullable
    Boolean isReadOnly();

    @Nullable
    List<StateOption> getOptions();

    @Nullable
    StateDescription toStateDescription();
}
