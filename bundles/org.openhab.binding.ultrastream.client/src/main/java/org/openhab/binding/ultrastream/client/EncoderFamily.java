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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The Magewell product families that speak this API, by the name a device gives its product: {@code product-name}
 * of {@code get-info} and {@code product} of the multicast announcement. The model within a family is
 * {@code module-name} of {@code get-info} ({@code Ultra Encode AIO}); the announcement does not carry it.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum EncoderFamily {
    /** Ultra Stream HDMI and SDI. */
    ULTRA_STREAM("Ultra Stream"),
    /** Ultra Encode HDMI and SDI, HDMI Plus and SDI Plus, and AIO. */
    ULTRA_ENCODE("Ultra Encode");

    private final String productName;

    EncoderFamily(String productName) {
        this.productName = productName;
    }

    /** The product name as devices of the family send it. */
    public String productName() {
        return productName;
    }

    /** The family of a product name (case and surrounding spaces ignored), or null when it names none. */
    public static @Nullable EncoderFamily of(@Nullable String productName) {
        if (productName == null) {
            return null;
        }
        String name = productName.trim().toLowerCase(Locale.ROOT);
        for (EncoderFamily family : values()) {
            if (family.productName.toLowerCase(Locale.ROOT).equals(name)) {
                return family;
            }
        }
        return null;
    }

    /**
     * The model's part of the vendor's firmware file names: {@code Ultra Encode HDMI Plus} gives {@code hdmi_plus},
     * {@code Ultra Stream SDI} gives {@code sdi}; null when the module name is not one of this family's.
     */
    public @Nullable String modelToken(@Nullable String moduleName) {
        String prefix = productName.toLowerCase(Locale.ROOT) + " ";
        String module = moduleName == null ? "" : moduleName.trim().toLowerCase(Locale.ROOT);
        if (!module.startsWith(prefix) || module.length() == prefix.length()) {
            return null;
        }
        String token = module.substring(prefix.length()).trim().replaceAll("\\s+", "_");
        return token.matches("[a-z0-9_]{1,32}") ? token : null;
    }
}
