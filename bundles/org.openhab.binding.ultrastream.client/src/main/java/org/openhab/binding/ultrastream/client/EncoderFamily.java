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
import java.util.Set;

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
    ULTRA_STREAM("Ultra Stream", "Ultra Stream HDMI", "Ultra Stream SDI"),
    /** Ultra Encode HDMI and SDI, HDMI Plus and SDI Plus, and AIO. */
    ULTRA_ENCODE("Ultra Encode", "Ultra Encode HDMI", "Ultra Encode SDI", "Ultra Encode HDMI Plus",
            "Ultra Encode SDI Plus", "Ultra Encode AIO");

    private final String productName;
    private final Set<String> knownModels;

    EncoderFamily(String productName, String... knownModels) {
        this.productName = productName;
        this.knownModels = Set.of(knownModels);
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
     * The module names of the family's models that the sources name ({@code Ultra Encode AIO}), as devices spell them.
     */
    public Set<String> knownModels() {
        return knownModels;
    }

    /**
     * The family of a module name ({@code get-info} {@code module-name}, UPnP {@code modelName}): the family whose
     * product name, a space and a model it begins with, so that a model the sources do not name yet still counts
     * ({@code Ultra Encode HDMI 12G}); null when it names no family.
     */
    public static @Nullable EncoderFamily ofModel(@Nullable String moduleName) {
        for (EncoderFamily family : values()) {
            if (family.modelToken(moduleName) != null) {
                return family;
            }
        }
        return null;
    }

    /**
     * The family of a device that describes itself by UPnP with the encoders' device type (both families use it):
     * the Ultra Encode family when {@code modelName} names one of its models, else the Ultra Stream, as every such
     * device was taken before the families were told apart.
     */
    public static EncoderFamily ofUpnpModel(@Nullable String modelName) {
        return ofModel(modelName) == ULTRA_ENCODE ? ULTRA_ENCODE : ULTRA_STREAM;
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
