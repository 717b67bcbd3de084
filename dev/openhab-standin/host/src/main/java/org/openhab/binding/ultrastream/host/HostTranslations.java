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
package org.openhab.binding.ultrastream.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The host's translation and locale services: texts from a bundle's {@code OH-INF/i18n/<name>.properties} for the
 * host's locale ({@code <name>_<language>.properties} first), formatted with {@link MessageFormat} as openHAB does.
 * The host runs in English unless told otherwise.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HostTranslations implements TranslationProvider, LocaleProvider {

    private final Locale locale;

    public HostTranslations(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale) {
        return getText(bundle, key, defaultText, locale, new Object[0]);
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
        String text = bundle == null || key == null ? null : lookUp(bundle, key, locale != null ? locale : this.locale);
        String pattern = text != null ? text : defaultText;
        return pattern == null ? null : MessageFormat.format(pattern, arguments == null ? new Object[0] : arguments);
    }

    private static @Nullable String lookUp(Bundle bundle, String key, Locale locale) {
        var files = bundle.findEntries("OH-INF/i18n", "*.properties", false);
        if (files == null) {
            return null;
        }
        String found = null;
        while (files.hasMoreElements()) {
            URL file = files.nextElement();
            String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            boolean localized = name.contains("_");
            if (localized && !name.contains("_" + locale.getLanguage())) {
                continue;
            }
            String value = load(file).getProperty(key);
            if (value != null && (localized || found == null)) {
                found = value;
            }
        }
        return found;
    }

    private static Properties load(URL file) {
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // an unreadable file has no texts
        }
        return properties;
    }
}
