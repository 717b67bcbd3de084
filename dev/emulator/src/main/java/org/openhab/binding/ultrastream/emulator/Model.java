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

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The Magewell encoders the emulator plays: the two Ultra Streams of the API document, and the Ultra Encode family
 * (plain, Plus and AIO) that speaks the same protocol. The model decides what get-info identifies, the shape of
 * get-status and get-settings, the methods that exist, and the firmware files the device takes.
 */
@NonNullByDefault
public enum Model {
    ULTRA_STREAM_HDMI("ultra-stream-hdmi", "Ultra Stream", "Ultra Stream HDMI", 769, "hdmi", "C301251124001"),
    ULTRA_STREAM_SDI("ultra-stream-sdi", "Ultra Stream", "Ultra Stream SDI", 770, "sdi", "C301251124001"),
    ULTRA_ENCODE_HDMI("ultra-encode-hdmi", "Ultra Encode", "Ultra Encode HDMI", 0, "hdmi", "C304251124001"),
    ULTRA_ENCODE_SDI("ultra-encode-sdi", "Ultra Encode", "Ultra Encode SDI", 0, "sdi", "C304251124001"),
    ULTRA_ENCODE_HDMI_PLUS("ultra-encode-hdmi-plus", "Ultra Encode", "Ultra Encode HDMI Plus", 0, "hdmi_plus",
            "C313251124001"),
    ULTRA_ENCODE_SDI_PLUS("ultra-encode-sdi-plus", "Ultra Encode", "Ultra Encode SDI Plus", 0, "sdi_plus",
            "C313251124001"),
    ULTRA_ENCODE_AIO("ultra-encode-aio", "Ultra Encode", "Ultra Encode AIO", 787, "aio", "C313251124001");

    /** The Ultra Stream HDMI, under the name it had before the family joined. */
    public static final Model HDMI = ULTRA_STREAM_HDMI;
    /** The Ultra Stream SDI, under the name it had before the family joined. */
    public static final Model SDI = ULTRA_STREAM_SDI;

    private static final String ULTRA_STREAM = "Ultra Stream";

    private final String id;
    private final String productName;
    private final String moduleName;
    private final int productId;
    private final String firmwareToken;
    private final String defaultSerial;

    Model(String id, String productName, String moduleName, int productId, String firmwareToken,
            String defaultSerial) {
        this.id = id;
        this.productName = productName;
        this.moduleName = moduleName;
        this.productId = productId;
        this.firmwareToken = firmwareToken;
        this.defaultSerial = defaultSerial;
    }

    /**
     * The model named {@code name}: its {@link #id()} ({@code ultra-encode-aio}), its constant's name
     * ({@code ULTRA_ENCODE_AIO}), or {@code hdmi} / {@code sdi} for the Ultra Streams; case does not matter.
     *
     * @throws IllegalArgumentException for any other name; the message lists the ids
     */
    public static Model of(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Model m : values()) {
            if (m.id.equals(wanted)) {
                return m;
            }
        }
        return switch (wanted) {
            case "hdmi" -> ULTRA_STREAM_HDMI;
            case "sdi" -> ULTRA_STREAM_SDI;
            default -> throw new IllegalArgumentException("Unknown model " + name + "; one of "
                    + Arrays.stream(values()).map(Model::id).collect(Collectors.joining(", ")));
        };
    }

    /** The name {@code --model} takes, e.g. {@code ultra-encode-aio}. */
    public String id() {
        return id;
    }

    /** {@code product-name} of get-info and {@code product} of the multicast announcement: the family. */
    public String productName() {
        return productName;
    }

    /** {@code module-name} of get-info: the model. */
    public String moduleName() {
        return moduleName;
    }

    /**
     * {@code product-id} of get-info: 769 (0x301) and 770 for the Ultra Streams (the document), 787 for the AIO
     * (public AIO tools and Magewell's Control Hub pages). No source gives the other models' ids: their get-info
     * has none.
     */
    public OptionalInt productId() {
        return productId > 0 ? OptionalInt.of(productId) : OptionalInt.empty();
    }

    public boolean isUltraStream() {
        return ULTRA_STREAM.equals(productName);
    }

    public boolean isUltraEncode() {
        return !isUltraStream();
    }

    /** Whether the model has two inputs and a video mixer to choose from (only the AIO). */
    public boolean hasInputSelection() {
        return this == ULTRA_ENCODE_AIO;
    }

    /** The shape of the model's get-status reply. */
    public StatusShape statusShape() {
        if (isUltraStream()) {
            return StatusShape.ULTRA_STREAM;
        }
        return hasInputSelection() ? StatusShape.ULTRA_ENCODE_AIO : StatusShape.ULTRA_ENCODE;
    }

    /**
     * How the vendor's firmware file names say the model, after {@code ultra_stream_} or {@code ultra_encode_}:
     * {@code hdmi}, {@code sdi}, {@code hdmi_plus}, {@code sdi_plus}, {@code aio}.
     */
    public String firmwareToken() {
        return firmwareToken;
    }

    /**
     * The serial number a device of this model gets when none is given. Its characters 2-4 are the product id in
     * hex where one is known (0x301, 0x313); the plain models take 304 and the Plus models 313 from the serials of
     * the vendor's discovery examples for them.
     */
    public String defaultSerial() {
        return defaultSerial;
    }
}
