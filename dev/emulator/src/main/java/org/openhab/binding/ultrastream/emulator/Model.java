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
package org.openhab.binding.ultrastream.emulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The two products the API document covers. The model decides the product id, the module name and the
 * name of the video input.
 */
@NonNullByDefault
public enum Model {
    HDMI(769, "Ultra Stream HDMI"),
    SDI(770, "Ultra Stream SDI");

    private final int productId;
    private final String moduleName;

    Model(int productId, String moduleName) {
        this.productId = productId;
        this.moduleName = moduleName;
    }

    /** {@code product-id} of {@code get-info} (769 = 0x301 for HDMI, as in the document's example). */
    public int productId() {
        return productId;
    }

    /** {@code module-name} of {@code get-info}. */
    public String moduleName() {
        return moduleName;
    }
}
