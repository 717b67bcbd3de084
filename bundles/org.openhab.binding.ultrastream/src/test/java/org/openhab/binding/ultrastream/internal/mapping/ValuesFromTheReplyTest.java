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
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncodeSettings;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.internal.TolerantJson;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
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
    private static final Map<String, List<String>> SOURCES = sources("channel-sources.properties");
    /** The same for the channels of {@code ultra-encode}: {@code encode-channel-sources.properties}. */
    private static final Map<String, List<String>> ENCODE_SOURCES = sources("encode-channel-sources.properties");
    /** Where the stream-server channels of {@code ultra-encode} may take their values from, by channel suffix. */
    private static final Map<DynamicChannel.Server, List<String>> SERVER_SOURCES = Map.of( //
            DynamicChannel.Server.ENABLED, List.of("live-status.live[].is-use", "get-settings.stream-server[].is-use"),
            DynamicChannel.Server.NAME,
            List.of("live-status.live[].name", "get-settings.stream-server[].name",
                    "get-settings.stream-server[].url"),
            DynamicChannel.Server.STATE, List.of("live-status.live[].result"), //
            DynamicChannel.Server.BITRATE, List.of("live-status.live[].inst-bps"),
            DynamicChannel.Server.ELAPSED_TIME, List.of("live-status.live[].run-ms"),
            DynamicChannel.Server.PACKETS_LOST, List.of("live-status.live[].pkt-loss-total"),
            DynamicChannel.Server.PACKETS_RETRANSMITTED, List.of("live-status.live[].pkt-retrans-total"),
            DynamicChannel.Server.ROUND_TRIP_TIME, List.of("live-status.live[].rrt-ms"));

    private static Map<String, List<String>> sources(String file) {
        Properties table = new Properties();
        try {
            table.load(new StringReader(Fixtures.text(file)));
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
        // inst-bps counts bytes per second: the channel shows it times 8
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

    // ---------------------------------------------------------------------------------------------------------
    // The Ultra Encode family: every member's replies as the emulator sends them, idle and busy, whole and with
    // half of their fields gone

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = EnumSource.Mode.MATCH_ANY)
    void everyUltraEncodeChannelShowsOnlyWhatItsRepliesContain(Model model) throws Exception {
        ManualClock clock = new ManualClock(1_700_000_000_000L);
        HttpClient http = new HttpClient();
        http.start();
        try (UltraStreamEmulator emulator = UltraStreamEmulator.start(EmulatorOptions.builder().model(model)
                .clock(clock).multicastEnabled(false).ssdpEnabled(false).build())) {
            URI base = emulator.device().baseUri();
            reply(http, base, "login&id=Admin&pass=e3afed0047b08059d0fada10f400c1e5");
            assertEncodeFromReplies(http, base, model);
            reply(http, base, "add-server&type=0&name=Stage&url=rtmp%3A%2F%2F127.0.0.1%2Flive&key=k");
            reply(http, base, "enable-server&id=0&is-use=1");
            reply(http, base, "start-rec");
            reply(http, base, "start-live");
            clock.advance(Duration.ofSeconds(5));
            Map<String, State> busy = assertEncodeFromReplies(http, base, model);
            assertEquals(OnOffType.ON, busy.get(LIVE_ACTIVE), "the busy replies are busy");
        } finally {
            http.stop();
        }
    }

    @Test
    void anEmptyUltraEncodeReplyIsUndefEverywhere() {
        JsonObject root = TolerantJson.parse("{\"result\":0}").getAsJsonObject();
        root.add("get-settings", new JsonObject());
        Map<String, State> states = assertEncodeFromReply(root, null);
        states.forEach((channel, state) -> assertEquals(UnDefType.UNDEF, state, channel));
    }

    /** Reads get-info, get-settings and get-status and checks them whole, then with every other field null. */
    private static Map<String, State> assertEncodeFromReplies(HttpClient http, URI base, Model model)
            throws Exception {
        DeviceInfo info = Fixtures.parse(reply(http, base, "get-info"), DeviceInfo.class);
        assertEquals(model == Model.ULTRA_ENCODE_AIO, EncodeStatusMapper.hasInputs(info));
        JsonObject root = TolerantJson.parse(reply(http, base, "get-status")).getAsJsonObject();
        root.add("get-settings", TolerantJson.parse(reply(http, base, "get-settings")));
        Map<String, State> states = assertEncodeFromReply(root, info);
        nullEveryOther(root, new int[1]);
        assertEncodeFromReply(root, info);
        return states;
    }

    private static Map<String, State> assertEncodeFromReply(JsonObject root, @Nullable DeviceInfo info) {
        EncodeStatus status = Fixtures.parse(root.toString(), EncodeStatus.class);
        EncodeSettings settings = Fixtures.parse(String.valueOf(root.get("get-settings")), EncodeSettings.class);
        Map<String, State> states = new LinkedHashMap<>(
                EncodeStatusMapper.map(null, status, info, settings).states());
        states.putAll(EncodeStatusMapper.mapSettings(settings, info, status).states());
        Map<String, List<String>> sources = new LinkedHashMap<>(ENCODE_SOURCES);
        states.keySet().stream().filter(channel -> channel.startsWith(GROUP_STREAM_SERVERS + "#"))
                .forEach(channel -> sources.put(channel, SERVER_SOURCES.get(Stream.of(DynamicChannel.Server.values())
                        .filter(server -> channel
                                .equals(server.id(Objects.requireNonNull(SettingsMapper.streamServerId(channel)))))
                        .findFirst().orElseThrow())));
        assertFromReply(root, states, sources);
        return states;
    }

    /** Nulls every other primitive field of the tree, depth first: a reply that lacks half of what it had. */
    private static void nullEveryOther(JsonElement element, int[] count) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
                if (member.getValue().isJsonPrimitive()) {
                    if (count[0]++ % 2 == 0) {
                        member.setValue(JsonNull.INSTANCE);
                    }
                } else {
                    nullEveryOther(member.getValue(), count);
                }
            }
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> nullEveryOther(item, count));
        }
    }

    private static String reply(HttpClient http, URI base, String method) throws Exception {
        String body = http.GET(base.resolve("/usapi?method=" + method)).getContentAsString();
        assertTrue(body.matches("(?s).*\"(result|status)\"\\s*:\\s*0\\b.*"), method + ": " + body);
        return body;
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
        assertFromReply(TolerantJson.parse(json), states, sources);
    }

    private static void assertFromReply(JsonElement root, Map<String, State> states,
            Map<String, List<String>> sources) {
        String json = root.toString();
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
