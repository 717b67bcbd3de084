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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The labels of the stream-server channels the handler adds at run time, translated like the rest of the binding:
 * from the keys {@code channel.ultrastream.stream-server-enabled.label} and
 * {@code channel.ultrastream.stream-server-name.label} of the binding's {@code OH-INF/i18n} files, in the locale
 * openHAB runs in, with the server's id as {@code {0}}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StreamServerLabels {

    static final String ENABLED_KEY = "channel.ultrastream.stream-server-enabled.label";
    static final String NAME_KEY = "channel.ultrastream.stream-server-name.label";
    /** The English texts of the keys, for a handler made without openHAB's translation service (tests, tools). */
    private static final String ENABLED_ENGLISH = "Stream Server {0} Enabled";
    private static final String NAME_ENGLISH = "Stream Server {0} Name";

    /** One label, given its key, its English text and the server id. */
    @FunctionalInterface
    private interface Translation {
        String text(String key, String english, int serverId);
    }

    /** English, without openHAB's translation service. */
    public static final StreamServerLabels ENGLISH = new StreamServerLabels(
            (key, english, id) -> MessageFormat.format(english, Integer.toString(id)));

    private final Translation translation;

    private StreamServerLabels(Translation translation) {
        this.translation = translation;
    }

    /** Labels in openHAB's locale, from the binding bundle's i18n files. */
    public static StreamServerLabels translated(TranslationProvider i18n, LocaleProvider localeProvider,
            @Nullable Bundle bundle) {
        return new StreamServerLabels((key, english, id) -> {
            Locale locale = localeProvider.getLocale();
            String text = i18n.getText(bundle, key, english, locale, Integer.toString(id));
            return text != null ? text : MessageFormat.format(english, Integer.toString(id));
        });
    }

    /** {@code Stream Server 3 Enabled}, or its translation. */
    public String enabled(int serverId) {
        return translation.text(ENABLED_KEY, ENABLED_ENGLISH, serverId);
    }

    /** {@code Stream Server 3 Name}, or its translation. */
    public String name(int serverId) {
        return translation.text(NAME_KEY, NAME_ENGLISH, serverId);
    }
}
