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

import java.text.MessageFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The labels of the stream-server channels the handler adds at run time, translated like the rest of the binding:
 * from the binding's {@code OH-INF/i18n} files, in the locale openHAB runs in, with the server's id as {@code {0}}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StreamServerLabels {

    /** English, without openHAB's translation service (tests, tools). */
    public static final StreamServerLabels ENGLISH = new StreamServerLabels(null, null, null);

    private final @Nullable TranslationProvider i18n;
    private final @Nullable LocaleProvider localeProvider;
    private final @Nullable Bundle bundle;

    /** Labels in openHAB's locale, from the binding bundle's i18n files. */
    public StreamServerLabels(@Nullable TranslationProvider i18n, @Nullable LocaleProvider localeProvider,
            @Nullable Bundle bundle) {
        this.i18n = i18n;
        this.localeProvider = localeProvider;
        this.bundle = bundle;
    }

    /** {@code Stream Server 3 Enabled}, or its translation. */
    public String enabled(int serverId) {
        return text("channel.ultrastream.stream-server-enabled.label", "Stream Server {0} Enabled", serverId);
    }

    /** {@code Stream Server 3 Name}, or its translation. */
    public String name(int serverId) {
        return text("channel.ultrastream.stream-server-name.label", "Stream Server {0} Name", serverId);
    }

    /** The text of {@code key}, or {@code english} when there is no translation service or no text. */
    private String text(String key, String english, int serverId) {
        TranslationProvider provider = i18n;
        LocaleProvider locales = localeProvider;
        String id = Integer.toString(serverId);
        String text = provider == null || locales == null
                ? null
                : provider.getText(bundle, key, english, locales.getLocale(), id);
        return text != null ? text : MessageFormat.format(english, id);
    }
}
