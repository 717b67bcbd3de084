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
package org.openhab.binding.ultrastream.internal.firmware;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderFamily;

/**
 * A firmware package ({@code .mwf}) and what it says of itself. The vendor documents no header or content of the
 * file; what it shows is the name its packages carry: {@code ultra_stream_hdmi_rev_c_1_2_123.mwf} for an Ultra
 * Stream, {@code ultra_encode_aio_gen2_rev_b_2_4_288.mwf} for the Ultra Encode family: family, model, generation and
 * hardware revision, version. So family, model and version are read from that name (any case); a file named
 * otherwise is not a package this binding offers. The encoder has the last word: it names the version it read when
 * the package is uploaded, and refuses a package for another model.
 *
 * @param path the file
 * @param family the family the name says
 * @param model the model's token in the name, as {@link EncoderFamily#modelToken} gives it: {@code hdmi},
 *            {@code sdi_plus}, {@code aio}
 * @param version e.g. {@code 1.2.123}
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public record MwfFile(Path path, EncoderFamily family, String model, String version) {

    private static final Pattern NAME = Pattern
            .compile("ultra_(stream_(?:hdmi|sdi)|encode_[a-z]+(?:_plus)?(?:_gen\\d+)?)"
                    + "(?:_rev_[a-z0-9]+)?_(\\d{1,4})_(\\d{1,4})_(\\d{1,6})\\.mwf");

    /** The package a file's name describes, or null when the name is not a vendor package name. */
    public static @Nullable MwfFile of(Path path) {
        Path name = path.getFileName();
        Matcher m = name == null ? null : NAME.matcher(name.toString().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            return null;
        }
        String[] product = m.group(1).replaceFirst("_gen\\d+$", "").split("_", 2);
        return new MwfFile(path, product[0].equals("stream") ? EncoderFamily.ULTRA_STREAM : EncoderFamily.ULTRA_ENCODE,
                product[1], Integer.parseInt(m.group(2)) + "." + Integer.parseInt(m.group(3)) + "."
                        + Integer.parseInt(m.group(4)));
    }

    /** Whether the package is for the device whose get-info {@code module-name} is {@code moduleName}. */
    public boolean suits(@Nullable String moduleName) {
        return model.equals(family.modelToken(moduleName));
    }
}
