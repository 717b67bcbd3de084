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

import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

/**
 * Every set-* method: accepted values show up in get-settings, bad ones get -10 (or the document's own code)
 * and change nothing.
 */
@NonNullByDefault
class SettingsTest extends EmulatorTestBase {

    @ParameterizedTest
    @ValueSource(strings = { "A", "Studio 1", "Cam_2.b-c+d'e", "12345678901234567890123456789012" })
    void setNameAcceptsTheAllowedSet(String name) {
        assertEquals(0, api().result("set-name", "name", name));
        assertEquals(name, settings().get("name").getAsString());
        assertEquals(name, status().get("box-name").getAsString());
        assertEquals(name, device().boxName());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " lead", "trail ", "123456789012345678901234567890123", "bad/char", "ümlaut",
            "semi;colon" })
    void setNameRefusesOthersWithMinus10(String name) {
        String before = settings().get("name").getAsString();
        assertEquals(-10, api().result("set-name", "name", name));
        assertEquals(before, settings().get("name").getAsString());
    }

    static Stream<Arguments> recControl() {
        return Stream.of( //
                Arguments.of("root-folder", "a/b", 0), Arguments.of("root-folder", "REC Folder", 0),
                Arguments.of("root-folder", "a/b/c", -10), Arguments.of("root-folder", "/a", -10),
                Arguments.of("root-folder", "a/", -10), Arguments.of("root-folder", " a", -10),
                Arguments.of("root-folder", "a//b", -10), Arguments.of("file-prefix", "CAM-1", 0),
                Arguments.of("file-prefix", "CAM 1 ", -10), Arguments.of("file-prefix", "", -10),
                Arguments.of("usb-option", "0", 0), Arguments.of("usb-option", "2", -10),
                Arguments.of("sd-option", "2", 0), Arguments.of("sd-option", "3", -10),
                Arguments.of("mime-type", "1", 0), Arguments.of("mime-type", "2", -10),
                Arguments.of("time-unit", "120", 0), Arguments.of("time-unit", "7", -10),
                Arguments.of("time-unit", "x", -10));
    }

    @ParameterizedTest
    @MethodSource("recControl")
    void setRecControlChecksEachField(String field, String value, int expected) {
        assertEquals(expected, api().result("set-rec-control", field, value));
        JsonObject rc = settings().getAsJsonObject("rec-control");
        if (expected == 0) {
            assertEquals(value, rc.get(field).getAsString());
        } else {
            assertNotEquals(value, rc.get(field).getAsString());
        }
    }

    @Test
    void timeUnitTimesBitrateMayNotExceedFourGigabytes() {
        // 4096 + 128 kbps: 120 minutes is 3.9 GB, allowed
        assertEquals(0, api().result("set-rec-control", "time-unit", "120"));
        // 8192 + 128 kbps for 120 minutes is 7.4 GB
        assertEquals(-33, api().result("set-video", "stream", "0", "kbps", "8192"));
        assertEquals(0, api().result("set-rec-control", "time-unit", "60"));
        assertEquals(0, api().result("set-video", "stream", "0", "kbps", "8192"));
        assertEquals(-33, api().result("set-rec-control", "time-unit", "90"));
        assertEquals(60, settings().getAsJsonObject("rec-control").get("time-unit").getAsInt());
    }

    static Stream<Arguments> video() {
        return Stream.of( //
                Arguments.of(new String[]{ "cx", "1280", "cy", "720" }, 0),
                Arguments.of(new String[]{ "cx", "1280", "cy", "721" }, -10),
                Arguments.of(new String[]{ "duration", "333333" }, 0),
                Arguments.of(new String[]{ "duration", "333334" }, -10),
                Arguments.of(new String[]{ "kbps", "2048" }, 0), Arguments.of(new String[]{ "kbps", "2000" }, -10),
                Arguments.of(new String[]{ "gop", "5" }, 0), Arguments.of(new String[]{ "gop", "3" }, -10),
                Arguments.of(new String[]{ "profile", "0" }, 0), Arguments.of(new String[]{ "profile", "3" }, -10),
                Arguments.of(new String[]{ "cbrstat", "10" }, 0),
                Arguments.of(new String[]{ "cbrstat", "2" }, -10),
                Arguments.of(new String[]{ "fullrange", "1" }, 0),
                Arguments.of(new String[]{ "fullrange", "2" }, -10),
                Arguments.of(new String[]{ "codec", "2" }, -10), Arguments.of(new String[]{ "is-auto", "2" }, -10),
                Arguments.of(new String[]{ "stream", "2" }, -10));
    }

    @ParameterizedTest
    @MethodSource("video")
    void setVideoChecksGetInfosRanges(String[] params, int expected) {
        String[] all = params[0].equals("stream") ? params : prepend("stream", "0", params);
        JsonObject before = settings().getAsJsonObject("main-stream");
        assertEquals(expected, api().result("set-video", all));
        JsonObject after = settings().getAsJsonObject("main-stream");
        if (expected == 0) {
            assertEquals(params[1], after.get(params[0]).getAsString());
        } else {
            assertEquals(before, after);
        }
    }

    private static String[] prepend(String a, String b, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    @Test
    void hevcOnlyOnAMainStreamThatNeitherLiveNorPreviewUses() {
        assertEquals(-32, api().result("set-video", "stream", "0", "codec", "1", "profile", "0"),
                "live-stream is 0 by default");
        assertEquals(0, api().result("set-stream", "rec", "0", "live", "1", "mws", "1"));
        assertEquals(-10, api().result("set-video", "stream", "0", "codec", "1", "profile", "2"),
                "HEVC takes hevc-profile values");
        assertEquals(0, api().result("set-video", "stream", "0", "codec", "1", "profile", "0"));
        assertEquals(1, settings().getAsJsonObject("main-stream").get("codec").getAsInt());
        assertEquals(-32, api().result("set-stream", "live", "0"));
        assertEquals(-10, api().result("set-video", "stream", "1", "codec", "1", "profile", "0"),
                "the sub-stream is H.264");
        assertEquals(-10, api().result("set-video", "stream", "1", "is-auto", "1"));
    }

    @Test
    void setStreamAndSetAudio() {
        assertEquals(0, api().result("set-stream", "rec", "1", "live", "1", "mws", "0"));
        JsonObject s = settings();
        assertEquals(1, s.get("rec-stream").getAsInt());
        assertEquals(1, s.get("live-stream").getAsInt());
        assertEquals(0, s.get("mws-stream").getAsInt());
        assertEquals(-10, api().result("set-stream", "rec", "2"));
        assertEquals(0, api().result("set-audio", "kbps", "48"));
        assertEquals(48, settings().getAsJsonObject("audio").get("kbps").getAsInt());
        assertEquals(-10, api().result("set-audio", "kbps", "100"));
        assertEquals(-10, api().result("set-audio"));
    }

    @Test
    void setSoftapAndTheAccessPoint() {
        assertEquals(0, api().result("set-softap", "is-softap", "1", "is-visible", "0", "softap-ssid", "Studio AP",
                "softap-passwd", "secret-1"));
        JsonObject softap = settings().getAsJsonObject("softap");
        assertEquals("Studio AP", softap.get("softap-ssid").getAsString());
        assertEquals(0, softap.get("is-visible").getAsInt());
        assertEquals(-10, api().result("set-softap", "softap-ssid", " x"));
        assertEquals(-10, api().result("set-softap", "softap-passwd", ""));
        assertEquals(-10, api().result("set-softap", "is-visible", "5"));

        assertEquals(0, api().result("open-softap"));
        assertEquals(0x40, curStatus() & 0x40, "statusSoftAP");
        assertEquals("Studio AP", status().getAsJsonObject("wifi").get("name").getAsString());
        assertEquals(1, api().result("open-softap"), "repeated");
        assertEquals(0, api().result("close-softap"));
        assertEquals(0, curStatus() & 0x40);
        assertEquals(1, api().result("close-softap"));
        assertEquals(0, api().result("disconn-wifi"));
    }

    @Test
    void setDateTimeTakesTheDocumentsTimezonesAndManualTime() {
        assertEquals(0, api().result("set-date-time", "timezone", "Asia/Shanghai", "is-auto", "1", "time", ""));
        assertEquals("Asia/Shanghai", settings().getAsJsonObject("date-time").get("timezone").getAsString());
        assertEquals("2026-09-21 22:13:20", status().get("cur-time").getAsString());
        assertEquals(-10, api().result("set-date-time", "timezone", "Mars/Olympus", "is-auto", "1"));
        assertEquals(-10, api().result("set-date-time", "timezone", "Europe/Berlin", "is-auto", "0", "time", "soon"));
        assertEquals(0, api().result("set-date-time", "timezone", "UTC", "is-auto", "0", "time",
                "2019-09-10 15:00:00"));
        advance(10);
        assertEquals("2019-09-10 15:00:10", status().get("cur-time").getAsString());
        assertEquals(0, settings().getAsJsonObject("date-time").get("is-auto").getAsInt());
    }

    @Test
    void setEthChecksAddresses() {
        assertEquals(0, api().result("set-eth", "is-dhcp", "0", "ip", "10.10.107.212", "mask", "255.255.0.0",
                "router", "10.10.0.1", "dns", "10.0.0.3"));
        JsonObject eth = settings().getAsJsonObject("eth");
        assertEquals(0, eth.get("is-dhcp").getAsInt());
        assertEquals("10.10.107.212", eth.get("ip").getAsString());
        assertEquals(-10, api().result("set-eth", "is-dhcp", "0", "ip", "10.10.107.300", "mask", "255.255.0.0"));
        assertEquals(-10, api().result("set-eth", "is-dhcp", "0", "mask", "255.255.0.0"));
        assertEquals(0, api().result("set-eth", "is-dhcp", "1"));
        assertEquals(1, settings().getAsJsonObject("eth").get("is-dhcp").getAsInt());
    }

    static Stream<Arguments> switches() {
        return Stream.of(Arguments.of("set-ssdp", "is-ssdp", "is-ssdp"),
                Arguments.of("set-signal-lost-ctrl", "is-signal-lost", "is-signal-lost"),
                Arguments.of("set-auto-rec", "is-auto-rec", "is-auto-rec"),
                Arguments.of("set-app-settings", "is-settings", "is-settings"));
    }

    @ParameterizedTest
    @MethodSource("switches")
    void onOffSettingsTakeZeroOrOne(String method, String param, String field) {
        assertEquals(0, api().result(method, param, "1"));
        assertEquals(1, settings().get(field).getAsInt());
        assertEquals(0, api().result(method, param, "0"));
        assertEquals(0, settings().get(field).getAsInt());
        assertEquals(-10, api().result(method, param, "2"));
        assertEquals(-10, api().result(method));
    }

    @Test
    void setFirstOverEndsTheFirstRun() {
        stopEmulator();
        try (UltraStreamEmulator e = UltraStreamEmulator.start(options().firstRun(true).build())) {
            AppClient u = AppClient.loggedIn(e.device());
            assertEquals(1, u.call("get-status").get("cur-status").getAsInt() & 1, "statusFirst");
            assertEquals(-10, u.result("set-first-over", "name", " bad", "enable-passwd", "0"));
            assertEquals(-10, u.result("set-first-over", "name", "Cam", "enable-passwd", "1"), "needs passwd");
            String md5Test = "0cbc6611f5540bd0809a388dc95a615b";
            assertEquals(0, u.result("set-first-over", "name", "Cam", "enable-passwd", "1", "passwd", md5Test));
            assertEquals(0, u.call("get-status").get("cur-status").getAsInt() & 1);
            assertEquals("Cam", u.call("get-settings").get("name").getAsString());
            assertEquals(0, new AppClient(e.device()).result("login", "id", "Admin", "pass", md5Test));
        }
    }

    @Test
    void unknownMethodGetsMinus10() {
        assertEquals(-10, api().result("no-such-method"));
    }
}
