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

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.AbstractSystemOfUnits;
import tech.units.indriya.function.Calculus;
import tech.units.indriya.function.DefaultNumberSystem;

/**
 * Stand-in: the common base of openHAB's systems of units.
 *
 * <p>
 * indriya finds its number system with {@link java.util.ServiceLoader}. openHAB's Karaf runtime mediates that for
 * OSGi bundles (SPI Fly); a bare Felix without a service loader mediator does not, and every unit operation then
 * fails with "NumberSystem ... not found". Only in that case the stand-in installs indriya's default number system
 * itself, so that units work in both settings as they do in openHAB.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class CustomUnits extends AbstractSystemOfUnits {

    static {
        try {
            Calculus.currentNumberSystem();
        } catch (IllegalArgumentException serviceLoaderNotMediated) {
            Calculus.setCurrentNumberSystem(new DefaultNumberSystem());
        }
    }

    @Override
    public String getName() {
        return getClass().getSimpleName();
    }
}
