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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * get-info, get-status and get-settings field for field as in the document, and values that evolve with the
 * clock while recording.
 */
@NonNullByDefault
class ReadMethodsTest extends EmulatorTestBase {

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    private static List<Integer> values(JsonArray list) {
        List<Integer> v = new ArrayList<>();
        for (JsonElement e : list) {
            v.add(e.getAsJsonObject().get("value").getAsInt());
        }
        return v;
    }

    @Test
    void getInfoHasTheDocumentsFieldsAndRanges() {
        JsonObject info = api().call("get-info");
        assertEquals(List.of("result", "mac-addr", "snapshot", "product", "audio-range", "codec-cap", "rec-control"),
                keys(info));
        assertEquals(List.of("eth", "wifi", "blue"), keys(info.getAsJsonObject("mac-addr")));
        JsonObject product = info.getAsJsonObject("product");
        assertEquals(List.of("sn", "product-id", "hardware-ver", "firmware-id", "firmware-ver-s",
                "factory-firmware-ver-s", "product-name", "module-name", "manu-name", "features", "max-lock-count"),
                keys(product));
        assertEquals(EmulatorOptions.DEFAULT_SERIAL, product.get("sn").getAsString());
        assertEquals(769, product.get("product-id").getAsInt());
        assertEquals("Ultra Stream HDMI", product.get("module-name").getAsString());
        assertEquals("MAGEWELL", product.get("manu-name").getAsString());
        assertEquals(2, product.get("max-lock-count").getAsInt());
        assertEquals("/tmp/sbox-snapshot/sbox-quarter.jpg", info.get("snapshot").getAsString());
        assertEquals(-100.0, info.getAsJsonObject("audio-range").getAsJsonObject("hdmi").get("min").getAsDouble());
        assertEquals(55.25, info.getAsJsonObject("audio-range").getAsJsonObject("mic").get("max").getAsDouble());

        JsonObject cap = info.getAsJsonObject("codec-cap");
        assertEquals(List.of("resolutions", "durations", "profile", "hevc-profile", "video-kbps", "audio-kbps",
                "gop-sec", "video-range", "stat-sec", "video-codec"), keys(cap));
        assertEquals(17, cap.getAsJsonArray("resolutions").size());
        assertEquals(List.of(666667, 416667, 400000, 333667, 333333, 200000, 166833, 166667),
                values(cap.getAsJsonArray("durations")));
        assertEquals(List.of(256, 512, 768, 1024, 1536, 2048, 3072, 4096, 8192),
                values(cap.getAsJsonArray("video-kbps")));
        assertEquals(List.of(16, 32, 48, 64, 96, 128), values(cap.getAsJsonArray("audio-kbps")));
        assertEquals(List.of(1, 2, 5, 10, 30, 60), values(cap.getAsJsonArray("gop-sec")));
        assertEquals(List.of(1, 5, 10, 30, 60), values(cap.getAsJsonArray("stat-sec")));
        assertEquals(List.of(0, 1), values(cap.getAsJsonArray("video-codec")));
        JsonObject rec = info.getAsJsonObject("rec-control");
        assertEquals(List.of("usb-option", "sd-option", "time-unit", "file-ext"), keys(rec));
        assertEquals(List.of(5, 10, 30, 40, 50, 60, 90, 120), values(rec.getAsJsonArray("time-unit")));
        assertEquals(List.of(0, 1, 2), values(rec.getAsJsonArray("sd-option")));
    }

    @Test
    void sdiModelReportsItsOwnProduct() {
        stopEmulator();
        try (UltraStreamEmulator e = UltraStreamEmulator
                .start(options().model(Model.SDI).serialNumber("A302190719003").build())) {
            JsonObject product = AppClient.loggedIn(e.device()).call("get-info").getAsJsonObject("product");
            assertEquals("Ultra Stream SDI", product.get("module-name").getAsString());
            assertEquals("A302190719003", product.get("sn").getAsString());
        }
    }

    @Test
    void getStatusHasEveryDocumentedGroup() {
        JsonObject s = status();
        assertEquals(List.of("result", "cur-status", "last-rec-status", "cur-time", "box-name", "lock-user",
                "rec-status", "live-status", "upgrade-status", "format-status", "disk-test", "living-test",
                "check-upgrade", "input-signal", "usb", "sd", "wifi", "eth", "mobile", "upgrade", "downgrade"),
                keys(s));
        assertEquals(Set.of("result", "run-ms", "cur-bps", "avg-bps", "client-id"),
                s.getAsJsonObject("rec-status").keySet());
        assertEquals(Set.of("result", "run-ms", "cur-bps", "avg-bps", "net", "result2", "cur-bps2", "net2",
                "client-id"), s.getAsJsonObject("live-status").keySet());
        assertEquals(Set.of("upload-bps", "percent", "result", "net", "client-id"),
                s.getAsJsonObject("living-test").keySet());
        assertEquals(Set.of("result", "client-id"), s.getAsJsonObject("check-upgrade").keySet());
        assertEquals(Set.of("ver", "date", "size-byte", "info"), s.getAsJsonObject("upgrade").keySet());
        assertEquals(Set.of("step", "percent", "result", "client-id", "mode"),
                s.getAsJsonObject("upgrade-status").keySet());
        assertEquals(Set.of("percent", "result", "client-id"), s.getAsJsonObject("format-status").keySet());
        assertEquals(Set.of("read-bps", "write-bps", "percent", "result", "client-id"),
                s.getAsJsonObject("disk-test").keySet());
        assertEquals(Set.of("status", "cx", "cy", "interlaced", "frame-rate", "channel-valid", "is-lpcm",
                "bits-per-sample", "sample-rate"), s.getAsJsonObject("input-signal").keySet());
        Set<String> diskFields = Set.of("disk-status", "total-size", "used-size", "free-size", "block-size", "usage",
                "sys-path", "fs-type", "mount-path", "fs-label", "write-bps", "read-bps", "free-sec", "file-count",
                "beign-time", "end-time", "total-cache-time");
        assertEquals(diskFields, s.getAsJsonObject("usb").keySet());
        assertEquals(diskFields, s.getAsJsonObject("sd").keySet());
        assertEquals(Set.of("name", "level", "ip", "mask", "router", "dns"), s.getAsJsonObject("wifi").keySet());
        assertEquals(Set.of("ip", "mask", "router", "dns"), s.getAsJsonObject("eth").keySet());
        assertEquals(Set.of("ip", "mask", "router", "dns"), s.getAsJsonObject("mobile").keySet());
        for (String idle : List.of("upgrade-status", "format-status", "disk-test", "living-test", "check-upgrade")) {
            assertEquals(27, s.getAsJsonObject(idle).get("result").getAsInt(), idle + " idle is retInit");
        }
        assertEquals("127.0.0.1", s.getAsJsonObject("eth").get("ip").getAsString());
        assertEquals("[\"Admin\"]", s.get("lock-user").toString());
        assertEquals("2026-09-21 14:13:20", s.get("cur-time").getAsString(), "the clock in UTC");
    }

    @Test
    void siblingShapeListsPushTargetsAndDisks() {
        stopEmulator();
        try (UltraStreamEmulator e = UltraStreamEmulator.start(options().statusShape(StatusShape.SIBLING).build())) {
            AppClient app = AppClient.loggedIn(e.device());
            assertEquals(0, app.result("add-server", "type", "1", "key", "k"));
            JsonObject s = app.call("get-status");
            assertEquals(List.of("result", "cur-status", "last-rec-status", "cur-time", "box-name", "lock-user",
                    "rec-status", "live-status", "upgrade-status", "format-status", "disk-test", "living-test",
                    "check-upgrade", "input-signal", "disk-info", "wifi", "eth", "mobile", "upgrade", "downgrade"),
                    keys(s));
            assertEquals(List.of("result", "run-ms", "rec"), keys(s.getAsJsonObject("rec-status")));
            JsonObject live = s.getAsJsonObject("live-status");
            assertEquals(List.of("result", "run-ms", "live"), keys(live));
            assertEquals(List.of("id", "type", "is-use", "name", "run-ms", "result", "inst-bps", "net"),
                    keys(live.getAsJsonArray("live").get(0).getAsJsonObject()));
            assertEquals(0, app.result("enable-server", "id", "0", "is-use", "1"));
            assertEquals(0, app.result("start-live"));
            clock.advance(Duration.ofSeconds(3));
            long instBps = app.call("get-status").getAsJsonObject("live-status").getAsJsonArray("live").get(0)
                    .getAsJsonObject().get("inst-bps").getAsLong();
            long encodedBits = (4096 + 128) * 1024L;
            assertEquals(encodedBits * 1.08 / 8, instBps, encodedBits * 0.03 / 8,
                    "bytes per second, as the Ultra Encode reports it, with the session's overhead");
            JsonArray disks = s.getAsJsonArray("disk-info");
            assertEquals(2, disks.size());
            for (int type = 0; type < 2; type++) {
                JsonObject disk = disks.get(type).getAsJsonObject();
                assertEquals(List.of("disk-status", "total-size", "used-size", "free-size", "block-size", "usage",
                        "sys-path", "fs-type", "mount-path", "fs-label", "write-bps", "read-bps", "free-sec",
                        "file-count", "beign-time", "end-time", "total-cache-time", "disk-type", "id"), keys(disk));
                assertEquals(type, disk.get("disk-type").getAsInt(), "0 USB, 1 SD");
            }
        }
    }

    @Test
    void getSettingsHasEveryDocumentedField() {
        JsonObject s = settings();
        assertEquals(List.of("result", "name", "passwd", "is-settings", "is-ssdp", "is-startup-rec",
                "is-startup-live", "is-signal-lost", "is-hdmi-rec-ctrl", "is-auto-rec", "softap", "date-time",
                "rec-control", "video-color", "volume", "rec-stream", "live-stream", "mws-stream", "main-stream",
                "sub-stream", "audio", "eth", "stream-server"), keys(s));
        assertEquals(Set.of("is-softap", "is-visible", "softap-ssid", "softap-passwd"),
                s.getAsJsonObject("softap").keySet());
        assertEquals(Set.of("timezone", "is-auto"), s.getAsJsonObject("date-time").keySet());
        assertEquals(Set.of("mime-type", "usb-option", "sd-option", "root-folder", "file-prefix", "time-unit"),
                s.getAsJsonObject("rec-control").keySet());
        assertEquals(Set.of("contrast", "brightness", "saturation", "hue"), s.getAsJsonObject("video-color").keySet());
        assertEquals(Set.of("is-mic", "mic-gain", "is-spi", "spi-gain", "is-phone", "phone-gain"),
                s.getAsJsonObject("volume").keySet());
        assertEquals(List.of("is-auto", "codec", "cx", "cy", "duration", "kbps", "gop", "fourcc", "profile",
                "cbrstat", "fullrange"), keys(s.getAsJsonObject("main-stream")), "the document's order");
        assertEquals(Set.of("cx", "cy", "duration", "kbps", "gop", "fourcc", "profile", "cbrstat", "fullrange"),
                s.getAsJsonObject("sub-stream").keySet());
        assertEquals(Set.of("sample-rate", "channels", "kbps"), s.getAsJsonObject("audio").keySet());
        assertEquals(Set.of("is-dhcp", "ip", "mask", "router", "dns"), s.getAsJsonObject("eth").keySet());
        assertEquals("Ultra Stream " + EmulatorOptions.DEFAULT_SERIAL, s.get("name").getAsString());
        assertEquals(4096, s.getAsJsonObject("main-stream").get("kbps").getAsInt());
        assertEquals("REC_Folder", s.getAsJsonObject("rec-control").get("root-folder").getAsString());
        assertEquals(0, s.getAsJsonArray("stream-server").size());
    }

    @Test
    void recordingValuesEvolveWithTheClock() {
        JsonObject before = status().getAsJsonObject("usb");
        assertEquals(0, before.get("file-count").getAsInt());
        assertEquals(0, api().result("start-rec"));
        advance(60);
        JsonObject s = status();
        JsonObject rec = s.getAsJsonObject("rec-status");
        assertEquals(60_000, rec.get("run-ms").getAsLong());
        long expectedBps = (4096 + 128) * 1024L;
        assertEquals(expectedBps, rec.get("avg-bps").getAsLong());
        assertEquals(expectedBps, rec.get("cur-bps").getAsLong(), expectedBps * 0.03);
        JsonObject usb = s.getAsJsonObject("usb");
        long written = expectedBps / 8 * 60;
        assertEquals(before.get("free-size").getAsLong() - written, usb.get("free-size").getAsLong());
        assertEquals(before.get("used-size").getAsLong() + written, usb.get("used-size").getAsLong());
        assertEquals(expectedBps / 8, usb.get("write-bps").getAsLong());
        assertTrue(usb.get("free-sec").getAsLong() < before.get("free-sec").getAsLong());
        assertEquals(1, usb.get("file-count").getAsInt(), "the file being recorded");
        assertEquals(1, s.getAsJsonObject("sd").get("file-count").getAsInt(), "SD records too by default");

        advance(5 * 60); // past one time-unit of 5 minutes
        usb = status().getAsJsonObject("usb");
        assertEquals(2, usb.get("file-count").getAsInt(), "a new file every time-unit");
        assertEquals(before.get("free-size").getAsLong() - expectedBps / 8 * 360, usb.get("free-size").getAsLong());
        assertEquals("2026-09-21 14:13:20", usb.get("beign-time").getAsString());
        assertEquals("2026-09-21 14:19:20", usb.get("end-time").getAsString());
    }

    @Test
    void inputSignalCanBePresentOrLost() {
        JsonObject signal = status().getAsJsonObject("input-signal");
        assertEquals(1920, signal.get("cx").getAsInt());
        device().setSignalPresent(false);
        signal = status().getAsJsonObject("input-signal");
        assertEquals(0, signal.get("status").getAsInt());
        assertEquals(0, signal.get("cx").getAsInt());
        assertEquals(-35, api().result("start-rec"), "errNoSignal");
    }
}
