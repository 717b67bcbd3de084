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
import org.openhab.binding.ultrastream.internal.mapping.DynamicChannel;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * The labels of the channels the handler adds at run time ({@link DynamicChannel}), translated like the rest of the
 * binding: from the binding's {@code OH-INF/i18n} files, in the locale openHAB runs in.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ChannelLabels {

    /** English, without openHAB's translation service (tests, tools). */
    public static final ChannelLabels ENGLISH = new ChannelLabels(null, null, null);

    private final @Nullable TranslationProvider i18n;
    private final @Nullable LocaleProvider localeProvider;
    private final @Nullable Bundle bundle;

    /** Labels in openHAB's locale, from the binding bundle's i18n files. */
    public ChannelLabels(@Nullable TranslationProvider i18n, @Nullable LocaleProvider localeProvider,
            @Nullable Bundle bundle) {
        this.i18n = i18n;
        this.localeProvider = localeProvider;
        this.bundle = bundle;
    }

    /** The channel's label ({@code Stream Server 3 Enabled}), or its translation. */
    public String of(DynamicChannel channel) {
        TranslationProvider provider = i18n;
        LocaleProvider locales = localeProvider;
        String text = provider == null || locales == null
                ? null
                : provider.getText(bundle, channel.labelKey(), channel.label(), locales.getLocale(),
                        channel.argument());
        return text != null ? text : MessageFormat.format(channel.label(), channel.argument());
    }
}
