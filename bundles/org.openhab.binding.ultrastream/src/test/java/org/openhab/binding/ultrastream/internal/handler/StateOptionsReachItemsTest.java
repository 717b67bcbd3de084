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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.handler.HandlerHarness.THING_UID;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.events.ChannelDescriptionChangedEvent;
import org.openhab.core.thing.events.ChannelDescriptionChangedEvent.CommonChannelDescriptionField;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateOption;

/**
 * The codec-cap options an emulated encoder reports reach openHAB as they do for openHAB's own providers: a
 * description change event names the items linked to the channel, and the state description carries the options
 * with labels translated from the binding's texts.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class StateOptionsReachItemsTest {

    @RegisterExtension
    final HandlerHarness h = new HandlerHarness();

    private static final ChannelUID MAIN_CODEC = new ChannelUID(THING_UID, "encoding#main-codec");
    private static final ChannelUID SUB_CODEC = new ChannelUID(THING_UID, "encoding#sub-codec");

    @Test
    void optionChangesNameTheLinkedItems() throws Exception {
        h.links.link("Stage_MainCodec", MAIN_CODEC);

        h.start();

        ChannelDescriptionChangedEvent main = optionsEvent(h, MAIN_CODEC);
        assertEquals(Set.of("Stage_MainCodec"), main.getLinkedItemNames());
        assertEquals("openhab/channels/" + MAIN_CODEC + "/descriptionchanged", main.getTopic());
        assertTrue(main.getValue().contains("\"HEVC\""), main.getValue());
        assertEquals(Set.of(), optionsEvent(h, SUB_CODEC).getLinkedItemNames(), "no item is linked to sub-codec");
    }

    @Test
    void theStateDescriptionCarriesTheDevicesOptionsTranslated() throws Exception {
        h.start();
        Channel channel = ChannelBuilder.create(MAIN_CODEC, "String")
                .withType(new ChannelTypeUID("ultrastream", "video-codec")).build();

        StateDescription description = h.provider.getStateDescription(channel, null, Locale.ENGLISH);

        assertNotNull(description);
        List<StateOption> fromDevice = h.provider.options("encoding#main-codec");
        assertEquals(fromDevice.stream().map(StateOption::getValue).toList(),
                description.getOptions().stream().map(StateOption::getValue).toList());
        // the binding's texts name HEVC "HEVC (H.265)" (channel-type.ultrastream.video-codec.state.option.HEVC)
        assertEquals("HEVC (H.265)", description.getOptions().stream().filter(o -> "HEVC".equals(o.getValue()))
                .findFirst().map(StateOption::getLabel).orElse(null));
    }

    private static ChannelDescriptionChangedEvent optionsEvent(HandlerHarness h, ChannelUID channelUID) {
        return h.postedEvents.stream().filter(ChannelDescriptionChangedEvent.class::isInstance)
                .map(ChannelDescriptionChangedEvent.class::cast)
                .filter(e -> e.getField() == CommonChannelDescriptionField.STATE_OPTIONS
                        && e.getChannelUID().equals(channelUID))
                .findFirst().orElseThrow(() -> new AssertionError("no options event for " + channelUID));
    }
}
