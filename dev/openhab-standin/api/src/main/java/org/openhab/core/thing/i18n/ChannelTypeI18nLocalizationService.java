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
package org.openhab.core.thing.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.StateOption;
import org.osgi.framework.Bundle;

/**
 * Stand-in: translates a channel type's state pattern and state option labels from a bundle's texts, as openHAB
 * does. The key is {@code channel-type.<binding>.<channel type>.state.pattern} or
 * {@code ...state.option.<value>}; a label of the form {@code @text/<key>} names its key itself. A missing
 * translation keeps the text given. openHAB's channel type, command and event localization is left out.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelTypeI18nLocalizationService {

    private static final String KEY_PREFIX = "@text/";

    private final TranslationProvider i18nProvider;

    public ChannelTypeI18nLocalizationService(final TranslationProvider i18nProvider) {
        this.i18nProvider = i18nProvider;
    }

    public @Nullable String createLocalizedStatePattern(final Bundle bundle, String pattern,
            final ChannelTypeUID channelTypeUID, final @Nullable Locale locale) {
        return i18nProvider.getText(bundle, key(pattern, channelTypeUID, "state.pattern"), pattern, locale);
    }

    public List<StateOption> createLocalizedStateOptions(final Bundle bundle, List<StateOption> stateOptions,
            final ChannelTypeUID channelTypeUID, final @Nullable Locale locale) {
        List<StateOption> localized = new ArrayList<>();
        for (StateOption option : stateOptions) {
            String label = option.getLabel();
            if (label != null) {
                label = i18nProvider.getText(bundle, key(label, channelTypeUID, "state.option." + option.getValue()),
                        label, locale);
            }
            localized.add(new StateOption(option.getValue(), label));
        }
        return localized;
    }

    private static String key(String text, ChannelTypeUID channelTypeUID, String lastSegment) {
        return text.startsWith(KEY_PREFIX)
                ? text.substring(KEY_PREFIX.length())
                : "channel-type." + channelTypeUID.getBindingId() + "." + channelTypeUID.getId() + "." + lastSegment;
    }
}
