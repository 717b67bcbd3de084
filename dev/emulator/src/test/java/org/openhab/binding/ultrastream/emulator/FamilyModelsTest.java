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
package org.openhab.binding.ultrastream.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every model the emulator plays: what get-info identifies, which groups get-status has, which methods exist, the
 * firmware files each takes, how it announces itself, and that the fault switches work on each.
 */
@NonNullByDefault
class FamilyModelsTest {

    private static final long START = 1_790_000_000_000L;
    /** The top level of the plain Ultra Encode page's get-status, in its order. */
    private static final List<String> PLAIN_GROUPS = List.of("result", "cur-status", "cur-time", "box-name",
            "sysstat", "live-status", "upgrade-status", "living-test", "check-upgrade", "conn-wifi", "input-signal",
            "wifi", "softap", "eth", "mobile", "upgrade", "channel-count", "vumeters");
    /** The top level of a real AIO's get-status, in its order. */
    private static final List<String> AIO_GROUPS = List.of("result", "cur-status", "last-rec-status",
            "last-rec-status2", "cur-time", "box-name", "input-source", "input-device", "cpu-temperature",
            "enable-multi-protocol", "enable-ndi-hx3", "web", "3d-output", "codec", "sysstat", "ndi-tally",
            "live-status", "upgrade-status", "enable-auto-rec", "rec-status", "format-status", "disk-test", "nas",
            "living-test", "check-upgrade", "conn-wifi", "send-file-test", "send-file", "input-signal", "disk-info",
            "wifi", "softap", "eth", "mobile", "rndis", "upgrade", "downgrade", "message-infos", "message-warns",
            "message-errors", "channel-count", "vumeters");
    private static final List<String> ULTRA_STREAM_GROUPS = List.of("result", "cur-status", "last-rec-status",
            "cur-time", "box-name", "lock-user", "rec-status", "live-status", "upgrade-status", "format-status",
            "disk-test", "living-test", "check-upgrade", "input-signal", "usb", "sd", "wifi", "eth", "mobile",
            "upgrade", "downgrade");
    private static final Map<Model, String> FIRMWARE_FILES = Map.of(Model.ULTRA_STREAM_HDMI,
            "ultra_stream_hdmi_rev_c_1_2_130.mwf", Model.ULTRA_STREAM_SDI, "ultra_stream_sdi_1_2_130.mwf",
            Model.ULTRA_ENCODE_HDMI, "ultra_encode_hdmi_2_4_300.mwf", Model.ULTRA_ENCODE_SDI,
            "ultra_encode_sdi_rev_a_2_4_300.mwf", Model.ULTRA_ENCODE_HDMI_PLUS, "ultra_encode_hdmi_plus_2_4_300.mwf",
            Model.ULTRA_ENCODE_SDI_PLUS, "ultra_encode_sdi_plus_gen2_2_4_300.mwf", Model.ULTRA_ENCODE_AIO,
            "ultra_encode_aio_gen2_rev_b_2_4_300.mwf");

    private final ManualClock clock = new ManualClock(START);

    private EmulatorOptions.Builder options(Model model) {
        return EmulatorOptions.builder().model(model).clock(clock).multicastEnabled(false).ssdpEnabled(false);
    }

    /** Runs {@code test} against a device of {@code model} with a logged-in client. */
    private void withDevice(EmulatorOptions.Builder options, Consumer<Device> test) {
        try (UltraStreamEmulator e = UltraStreamEmulator.start(options.build())) {
            test.accept(new Device(e.device(), AppClient.loggedIn(e.device())));
        }
    }

    private record Device(EmulatedDevice device, AppClient api) {
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void getInfoIdentifiesTheModel(Model model) {
        withDevice(options(model), d -> {
            JsonObject info = d.api().call("get-info");
            JsonObject product = info.getAsJsonObject("product");
            assertEquals(model.productName(), product.get("product-name").getAsString());
            assertEquals(model.moduleName(), product.get("module-name").getAsString());
            assertEquals(model.defaultSerial(), product.get("sn").getAsString());
            assertEquals(model.productId().isPresent(), product.has("product-id"), "only where a source gives it");
            model.productId().ifPresent(id -> assertEquals(id, product.get("product-id").getAsInt()));
            assertEquals(model.hasInputSelection(), info.has("input-source"));
            assertEquals(model.productName() + " " + model.defaultSerial(),
                    d.api().call("get-settings").get("name").getAsString());
        });
    }

    @Test
    void theFamilysProductNamesAndIds() {
        assertEquals("Ultra Encode", Model.ULTRA_ENCODE_SDI_PLUS.productName());
        assertEquals("Ultra Encode SDI Plus", Model.ULTRA_ENCODE_SDI_PLUS.moduleName());
        assertEquals(787, Model.ULTRA_ENCODE_AIO.productId().getAsInt());
        assertEquals(769, Model.HDMI.productId().getAsInt(), "the name before the family joined");
        assertSame(Model.ULTRA_STREAM_SDI, Model.SDI);
        assertTrue(Model.ULTRA_ENCODE_HDMI.productId().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void getStatusHasTheModelsGroupsOnly(Model model) {
        withDevice(options(model), d -> {
            JsonObject s = d.api().call("get-status");
            List<String> expected = switch (model.statusShape()) {
                case ULTRA_STREAM -> ULTRA_STREAM_GROUPS;
                case ULTRA_ENCODE -> PLAIN_GROUPS;
                case ULTRA_ENCODE_AIO -> AIO_GROUPS;
                case SIBLING -> fail("no model has the sibling shape of its own");
            };
            assertEquals(expected, keys(s));
        });
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = Mode.MATCH_ALL)
    void theFamilyAnnouncesItselfAsUltraEncode(Model model) {
        withDevice(options(model).ssdpEnabled(true), d -> {
            String xml = new String(
                    AppClient.fetch(URI.create(d.device().baseUri() + "/upnp/description.xml")).body(),
                    StandardCharsets.UTF_8);
            assertTrue(xml.contains("<modelName>" + model.moduleName() + "</modelName>"), xml);
            assertTrue(xml.contains("<manufacturer>MAGEWELL</manufacturer>"), xml);
            assertTrue(xml.contains("<friendlyName>Ultra Encode " + model.defaultSerial() + "</friendlyName>"), xml);
            assertEquals(model.productId().isPresent(), xml.contains("<modelNumber>"), xml);
        });
    }

    @Test
    void thePlainModelsTakeThePlainPagesServerTypes() {
        withDevice(options(Model.ULTRA_ENCODE_SDI), d -> {
            assertEquals(0, d.api().result("add-server", "type", "133", "url", "rtp://239.1.1.1:5000"));
            assertEquals(-10, d.api().result("add-server", "type", "150", "url", "rist://a"), "an AIO type");
        });
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void inputSelectionExistsOnTheAioOnly(Model model) {
        withDevice(options(model), d -> {
            int unknownMethod = d.api().result("no-such-method");
            int select = d.api().result("select-input-source", "input-source", "1");
            int mixer = d.api().result("set-video-mixer-config", "input-device", "1", "is-hdmi-top", "0", "type",
                    "0", "location", "0");
            if (model.hasInputSelection()) {
                assertEquals(0, select);
                assertEquals(0, mixer);
            } else {
                assertEquals(unknownMethod, select, "answered as an unknown method");
                assertEquals(unknownMethod, mixer, "answered as an unknown method");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void eachModelTakesItsOwnFirmwareFiles(Model model) {
        withDevice(options(model), d -> {
            for (Map.Entry<Model, String> file : FIRMWARE_FILES.entrySet()) {
                JsonObject reply = d.api().upload(file.getValue(), new byte[16]);
                int status = reply.get("status").getAsInt();
                if (file.getKey() == model) {
                    assertEquals(0, status, file.getValue());
                    assertTrue(reply.get("up-to-date").getAsBoolean());
                } else if (file.getKey().productName().equals(model.productName())) {
                    assertEquals(-34, status, "another model of the family: " + file.getValue());
                } else {
                    assertEquals(-15, status, "the other family's name: " + file.getValue());
                }
            }
            assertEquals(0, d.api().upload(FIRMWARE_FILES.get(model), new byte[16]).get("status").getAsInt());
            assertEquals(0, d.api().result("update", "mode", "upload"));
            clock.advance(Duration.ofSeconds(11));
            String version = model.isUltraStream() ? "1.2.130" : "2.4.300";
            assertEquals(version, d.device().firmwareVersion(), "rebooted into the uploaded version");
        });
    }

    @ParameterizedTest
    @EnumSource(Model.class)
    void onlineUpdatesFindTheFamilysNextFirmware(Model model) {
        withDevice(options(model), d -> {
            assertEquals(0, d.api().result("online-update-check"));
            clock.advance(Duration.ofSeconds(3));
            String next = d.api().call("get-status").getAsJsonObject("upgrade").get("ver").getAsString();
            assertEquals(model.isUltraStream() ? "1.2.123" : "2.4.288", next);
        });
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = Mode.MATCH_ALL)
    void everyFaultSwitchWorksOnTheFamily(Model model) {
        withDevice(options(model), d -> {
            Faults f = d.device().faults();
            AppClient api = d.api();
            f.latency(Duration.ofMillis(200));
            long start = System.nanoTime();
            assertEquals(0, api.result("ping"));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
            f.latency(Duration.ZERO);
            f.http500(true);
            assertEquals(500, api.get("get-status").statusCode());
            f.http500(false);
            f.malformedJson(MalformedJson.GARBAGE);
            assertThrows(RuntimeException.class, () -> JsonParser.parseString(api.get("get-status").body())
                    .getAsJsonObject().get("result").getAsInt());
            f.malformedJson(MalformedJson.UNKNOWN_AND_MISSING_FIELDS);
            assertTrue(api.call("get-status").has("x-unknown-field"));
            f.malformedJson(MalformedJson.NONE);
            f.dropConnections(true);
            assertThrows(UncheckedIOException.class, () -> api.get("get-status"));
            f.dropConnections(false);

            f.signalLost(true);
            assertEquals(0, api.call("get-status").getAsJsonObject("input-signal").get("status").getAsInt());
            assertEquals(-35, api.result("start-rec"), "errNoSignal");
            f.signalLost(false);
            f.diskFull(true);
            assertEquals(-16, api.result("start-rec"), "errNoSpace");
            f.diskFull(false);
            assertEquals(0, api.result("start-rec"));
            assertEquals(0, api.result("online-update-check"));
            clock.advance(Duration.ofSeconds(3));
            assertEquals(0, api.result("stop-rec"));
            f.firmwareRefused(true);
            assertEquals(-18, api.result("update", "mode", "online"), "errSystem");
            f.clear();

            f.expireSessions();
            assertEquals(-17, api.result("get-status"));
            AppClient again = AppClient.loggedIn(d.device());
            f.reboot();
            assertThrows(UncheckedIOException.class, () -> new AppClient(d.device()).call("ping"));
            clock.advance(Duration.ofSeconds(20));
            assertEquals(0, new AppClient(d.device()).result("ping"));
            assertEquals(-17, again.result("get-status"), "the reboot ended every session");
        });
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = Mode.MATCH_ALL)
    void theSiblingShapeIsAnUltraStreamsOnly(Model model) {
        EmulatorOptions.Builder sibling = options(model).statusShape(StatusShape.SIBLING);
        assertThrows(IllegalArgumentException.class, sibling::build);
        assertEquals(model.statusShape(), options(model).statusShape(model.statusShape()).build().statusShape());
    }

    @Test
    void modelsAreNamedByTheirIds() {
        assertEquals(Model.ULTRA_ENCODE_AIO, Model.of("ultra-encode-aio"));
        assertEquals(Model.ULTRA_ENCODE_HDMI_PLUS, Model.of("ULTRA_ENCODE_HDMI_PLUS"));
        assertEquals(Model.ULTRA_STREAM_SDI, Model.of("sdi"));
        assertEquals(Model.ULTRA_STREAM_HDMI, Model.of("HDMI"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Model.of("ultra-encode"));
        assertTrue(e.getMessage().contains("ultra-encode-sdi-plus"), e.getMessage());
        assertEquals(7, Set.of(Model.values()).stream().map(Model::id).distinct().count());
    }
}
