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
package org.openhab.binding.ultrastream.internal.mapping;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.internal.TolerantJson;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * No channel ever shows a value its reply did not contain. Every channel the mappers fill is walked, and each state
 * that is not UNDEF must come from a field the reply's JSON carries (not null), in the Ultra Stream's shape or a
 * sibling product's. Recorded replies with missing groups, missing fields, nulls, odd types and the sibling shapes
 * are fed in.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class ValuesFromTheReplyTest {

    /** Where each channel's value may come from: the JSON paths of {@code channel-sources.properties}. */
    private static final Map<String, List<String>> SOURCES = sources();

    private static Map<String, List<String>> sources() {
        Properties table = new Properties();
        try {
            table.load(new StringReader(Fixtures.text("channel-sources.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> sources = new LinkedHashMap<>();
        table.stringPropertyNames()
                .forEach(channel -> sources.put(channel, List.of(table.getProperty(channel).split("\\s*,\\s*"))));
        return sources;
    }

    @ParameterizedTest
    @ValueSource(strings = { "status-idle.json", "status-busy.json", "status-odd.json", "status-sibling.json",
            "status-missing.json" })
    void everyStatusChannelShowsOnlyWhatItsReplyContains(String fixture) {
        assertStatusFromReply(Fixtures.text(fixture));
    }

    @Test
    void anEmptyReplyIsUndefEverywhere() {
        Map<String, State> states = assertStatusFromReply("{\"result\":0}");
        states.forEach((channel, state) -> assertEquals(UnDefType.UNDEF, state, channel));
        Map<String, State> settings = assertSettingsFromReply("{\"result\":0}");
        settings.forEach((channel, state) -> {
            // The document's rule, not a default: the sub stream has no codec field and is always H.264.
            if (!"encoding#sub-codec".equals(channel)) {
                assertEquals(UnDefType.UNDEF, state, channel);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "settings.json", "settings-missing.json" })
    void everySettingsChannelShowsOnlyWhatItsReplyContains(String fixture) {
        assertSettingsFromReply(Fixtures.text(fixture));
    }

    @Test
    void theSiblingShapeIsMappedWhereItsMeaningIsClear() {
        Map<String, State> states = StatusMapper.map(null, Fixtures.read("status-sibling.json", DeviceStatus.class),
                null).states();
        // live[]: the entries in use are the targets, in order (id 5 is not in use)
        assertEquals(new StringType("RET_LIVING_CONNECTED"), states.get(LIVE_TARGET1_STATE));
        assertEquals(new StringType("ETHERNET"), states.get(LIVE_TARGET1_NETWORK));
        // inst-bps counts bytes per second (plan-19 decision 3): the channel shows it times 8
        assertEquals(new QuantityType<>(1400000 * 8, Units.BIT_PER_SECOND), states.get(LIVE_CURRENT_BITRATE));
        assertEquals(new StringType("RET_LIVING_CONNECTED"), states.get(LIVE_TARGET2_STATE));
        assertEquals(new QuantityType<>(1390000 * 8, Units.BIT_PER_SECOND), states.get(LIVE_TARGET2_BITRATE));
        assertEquals(new StringType("WIFI"), states.get(LIVE_TARGET2_NETWORK));
        assertEquals(UnDefType.UNDEF, states.get(LIVE_AVERAGE_BITRATE), "the sibling shape has no average");
        assertEquals(OnOffType.ON, states.get(LIVE_ACTIVE));
        // disk-info[]: told apart by disk-type
        assertEquals(new StringType("DISK_VALID"), states.get("usb#status"));
        assertEquals(new QuantityType<>(25, Units.PERCENT), states.get("usb#usage"));
        assertEquals(new StringType("NOT_DISK"), states.get("sd#status"));
        // rec-status without rates
        assertEquals(UnDefType.UNDEF, states.get(RECORDING_CURRENT_BITRATE));
    }

    @Test
    void twoListEntriesForOneStorageAreAmbiguousAndSoUndef() {
        String json = "{\"disk-info\":[{\"disk-type\":0,\"disk-status\":1},{\"disk-type\":0,\"disk-status\":0}]}";
        Map<String, State> states = StatusMapper.map(null, Fixtures.parse(json, DeviceStatus.class), null).states();
        assertEquals(UnDefType.UNDEF, states.get("usb#status"));
        assertEquals(UnDefType.UNDEF, states.get("sd#status"));
    }

    private static Map<String, State> assertStatusFromReply(String json) {
        Map<String, State> states = StatusMapper.map(null, Fixtures.parse(json, DeviceStatus.class), null).states();
        assertFromReply(json, states, SOURCES);
        return states;
    }

    private static Map<String, State> assertSettingsFromReply(String json) {
        Map<String, State> states = new LinkedHashMap<>(
                SettingsMapper.map(Fixtures.parse(json, DeviceSettings.class)).states());
        Map<String, List<String>> sources = new LinkedHashMap<>(SOURCES);
        // The dynamic stream-server channels: one pair per server id the reply lists.
        states.keySet().stream().filter(channel -> channel.startsWith(GROUP_STREAM_SERVERS + "#")).forEach(
                channel -> sources.put(channel, List.of(channel.endsWith(STREAM_SERVER_ENABLED_SUFFIX)
                        ? "stream-server[].is-use"
                        : "stream-server[].name", "stream-server[].url")));
        sources.put("encoding#sub-codec", List.of()); // the document's rule, checked in anEmptyReplyIsUndefEverywhere
        states.remove("encoding#sub-codec");
        assertFromReply(json, states, sources);
        return states;
    }

    private static void assertFromReply(String json, Map<String, State> states, Map<String, List<String>> sources) {
        JsonElement root = TolerantJson.parse(json);
        assertEquals(sources.keySet().stream().filter(states::containsKey).sorted().toList(),
                states.keySet().stream().sorted().toList(), "every mapped channel has its sources listed");
        states.forEach((channel, state) -> {
            if (state == UnDefType.UNDEF) {
                return;
            }
            List<String> paths = sources.get(channel);
            assertNotNull(paths, "no sources for " + channel);
            assertTrue(paths.stream().anyMatch(path -> present(root, path)),
                    channel + " shows " + state + ", but the reply has none of " + paths + ": " + json);
        });
    }

    /** Whether the reply carries a non-null value at {@code path} ({@code a.b}, {@code a[].b} for any element). */
    private static boolean present(@Nullable JsonElement element, String path) {
        if (element == null || element.isJsonNull()) {
            return false;
        }
        if (path.isEmpty()) {
            return true;
        }
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? "" : path.substring(dot + 1);
        if (!element.isJsonObject()) {
            return false;
        }
        JsonObject object = element.getAsJsonObject();
        if (head.endsWith("[]")) {
            JsonElement list = object.get(head.substring(0, head.length() - 2));
            if (list == null || !list.isJsonArray()) {
                return false;
            }
            JsonArray array = list.getAsJsonArray();
            for (JsonElement item : array) {
                if (present(item, rest)) {
                    return true;
                }
            }
            return false;
        }
        return present(object.get(head), rest);
    }
}
