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
package org.openhab.binding.ultrastream.internal.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The binding's own English texts (OH-INF/i18n/ultrastream.properties), looked up by key as openHAB's translation
 * provider does; an unknown key gives the default text.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingTexts implements TranslationProvider {

    private final Properties texts = new Properties();

    BindingTexts() {
        try (InputStream in = BindingTexts.class.getResourceAsStream("/OH-INF/i18n/ultrastream.properties")) {
            if (in == null) {
                throw new IllegalStateException("The binding's texts are not on the class path");
            }
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale) {
        return key == null ? defaultText : texts.getProperty(key, defaultText);
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
        return getText(bundle, key, defaultText, locale);
    }
}
