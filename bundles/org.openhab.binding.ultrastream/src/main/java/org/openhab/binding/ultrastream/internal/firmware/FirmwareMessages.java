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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The English texts of the binding's firmware messages ({@code firmware.update.*} in
 * {@code OH-INF/i18n/ultrastream.properties}), for the log of updates that rules start. Updates started by openHAB
 * get their text from openHAB's translation provider, from the same file.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class FirmwareMessages {

    private static final Properties TEXTS = load();

    private FirmwareMessages() {
    }

    /** The text of {@code key} with its arguments, or null when the file has no such key (as openHAB would). */
    public static @Nullable String text(String key, Object... arguments) {
        String pattern = TEXTS.getProperty(key);
        return pattern == null ? null : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = FirmwareMessages.class.getResourceAsStream("/OH-INF/i18n/ultrastream.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // without texts the log shows the keys
        }
        return properties;
    }
}
