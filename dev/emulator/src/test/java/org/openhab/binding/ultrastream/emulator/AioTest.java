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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The Ultra Encode AIO: its recording channels in rec[], its sessions in live[] with their rates in bytes per
 * second, its encoders, and its input and mixer choice.
 */
@NonNullByDefault
class AioTest extends EmulatorTestBase {

    /** 1080p60 main stream at 4096 kbps, 1024 kbps sub-stream, 128 kbps audio (the emulator's defaults). */
    private static final int MAIN_KBPS = 4096;
    private static final int AUDIO_KBPS = 128;

    @Override
    protected EmulatorOptions.Builder options() {
        return super.options().model(Model.ULTRA_ENCODE_AIO);
    }

    private static JsonObject byId(JsonArray entries, int id) {
        for (JsonElement e : entries) {
            if (e.getAsJsonObject().get("id").getAsInt() == id) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no entry " + id + " in " + entries);
    }

    private static List<String> keys(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }

    @Test
    void recordingMovesTheRecordingChannels() {
        JsonArray channels = settings().getAsJsonArray("rec-channels");
        assertEquals(List.of("id", "type", "is-use", "stream-index", "mode", "dir-name", "file-prefix", "prefix-name",
                "file-suffix", "time-unit", "audio"), keys(channels.get(0).getAsJsonObject()));
        JsonArray idle = status().getAsJsonObject("rec-status").getAsJsonArray("rec");
        assertEquals(3, idle.size(), "one entry per channel: USB, SD, NAS");
        for (int type = 0; type < 3; type++) {
            assertEquals(type, byId(idle, type).get("type").getAsInt());
            assertEquals(27, byId(idle, type).get("result").getAsInt(), "idle");
        }

        assertEquals(0, api().result("start-rec"));
        advance(90);
        JsonObject s = status();
        assertEquals(0x02, s.get("cur-status").getAsInt() & 0x02, "statusRecord");
        JsonObject rec = s.getAsJsonObject("rec-status");
        assertEquals(2, rec.get("result").getAsInt());
        assertEquals(90_000, rec.get("run-ms").getAsLong());
        JsonObject usb = byId(rec.getAsJsonArray("rec"), 0);
        assertEquals(List.of("id", "type", "is-use", "is-skd-runnung", "result", "run-ms", "parted-num",
                "video-frame-count", "audio-frame-count"), keys(usb));
        assertEquals(2, usb.get("result").getAsInt(), "recording");
        assertEquals(90_000, usb.get("run-ms").getAsLong());
        assertEquals(90 * 60, usb.get("video-frame-count").getAsLong(), 1, "60 frames a second");
        assertEquals(2, byId(rec.getAsJsonArray("rec"), 1).get("result").getAsInt(), "SD records too");
        JsonObject nas = byId(rec.getAsJsonArray("rec"), 2);
        assertEquals(27, nas.get("result").getAsInt(), "NAS is not enabled");
        assertEquals(0, nas.get("run-ms").getAsLong());

        JsonArray disks = s.getAsJsonArray("disk-info");
        assertEquals(1, disks.get(0).getAsJsonObject().get("file-count").getAsInt());
        assertEquals((MAIN_KBPS + AUDIO_KBPS) * 1024L / 8, disks.get(0).getAsJsonObject().get("write-bps").getAsLong());
        assertEquals(29, disks.get(2).getAsJsonObject().get("conn-state").getAsInt(), "no NAS set");
        assertEquals(1, api().call("get-media-files", "disk-type", "0").getAsJsonArray("media-files").size());

        assertEquals(0, api().result("stop-rec"));
        rec = status().getAsJsonObject("rec-status");
        assertEquals(0, rec.get("result").getAsInt());
        assertEquals(27, byId(rec.getAsJsonArray("rec"), 0).get("result").getAsInt());
        assertEquals(0, byId(rec.getAsJsonArray("rec"), 0).get("run-ms").getAsLong());
    }

    @Test
    void aPulledDiskStopsItsChannelOnly() {
        assertEquals(0, api().result("start-rec"));
        advance(5);
        device().setUsbInserted(false);
        JsonArray rec = status().getAsJsonObject("rec-status").getAsJsonArray("rec");
        assertEquals(27, byId(rec, 0).get("result").getAsInt());
        assertEquals(2, byId(rec, 1).get("result").getAsInt());
        assertTrue(device().isRecording());
    }

    @Test
    void liveMovesTheSessionsWithTheirRatesInBytesPerSecond() {
        assertEquals(0, api().result("add-server", "type", "120", "url", "srt://10.1.87.140", "port", "7010", "name",
                "SRT main"));
        assertEquals(0, api().result("add-server", "type", "0", "url", "rtmp://10.0.0.1/live", "key", "k",
                "stream-index", "1"));
        assertEquals(0, api().result("add-server", "type", "121", "name", "Listener"));
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "1"));
        assertEquals(0, api().result("enable-server", "id", "1", "is-use", "1"));
        assertEquals(0, api().result("start-live"));
        JsonArray live = status().getAsJsonObject("live-status").getAsJsonArray("live");
        assertEquals(3, live.size(), "one entry per stored server");
        assertEquals(23, byId(live, 0).get("result").getAsInt(), "connecting");
        assertEquals(0, byId(live, 0).get("inst-bps").getAsLong());
        assertEquals(27, byId(live, 2).get("result").getAsInt(), "not enabled");

        advance(10);
        JsonObject s = status();
        JsonObject liveStatus = s.getAsJsonObject("live-status");
        assertEquals(2, liveStatus.get("result").getAsInt());
        assertEquals(10_000, liveStatus.get("run-ms").getAsLong());
        live = liveStatus.getAsJsonArray("live");
        JsonObject srt = byId(live, 0);
        assertEquals(List.of("id", "type", "is-use", "is-skd-runnung", "name", "run-ms", "result", "stream-index",
                "rrt-ms", "pkt-sent-total", "pkt-loss-total", "pkt-retrans-total", "buf-ms", "inst-bps", "net",
                "ip-addr", "port", "video-frame-count", "audio-frame-count", "last-video-pts", "last-audio-pts"),
                keys(srt));
        assertEquals(22, srt.get("result").getAsInt(), "connected");
        assertEquals(10_000, srt.get("run-ms").getAsLong());
        assertEquals("10.1.87.140", srt.get("ip-addr").getAsString());
        assertEquals(7010, srt.get("port").getAsInt());
        assertTrue(srt.get("pkt-sent-total").getAsLong() > 0);
        JsonObject codec = s.getAsJsonObject("codec");
        long audioBits = codec.getAsJsonObject("audio").get("cur-bps").getAsLong();
        long mainBits = codec.getAsJsonObject("main-stream").get("cur-bps").getAsLong();
        long subBits = codec.getAsJsonObject("sub-stream").get("cur-bps").getAsLong();
        assertEquals(MAIN_KBPS * 1024L, mainBits, MAIN_KBPS * 1024L * 0.03, "codec cur-bps is bits per second");
        assertOverhead(srt.get("inst-bps").getAsLong() * 8, mainBits + audioBits);
        JsonObject rtmp = byId(live, 1);
        assertEquals(List.of("id", "type", "is-use", "is-skd-runnung", "name", "run-ms", "result", "stream-index",
                "inst-bps", "net"), keys(rtmp));
        assertOverhead(rtmp.get("inst-bps").getAsLong() * 8, subBits + audioBits);
        long eth = s.getAsJsonObject("sysstat").get("eth-tx").getAsLong();
        assertEquals((srt.get("inst-bps").getAsLong() + rtmp.get("inst-bps").getAsLong()) * 8, eth, 0.01 * eth);

        assertEquals(0, api().result("enable-server", "id", "2", "is-use", "1"));
        assertEquals(23, byId(status().getAsJsonObject("live-status").getAsJsonArray("live"), 2).get("result")
                .getAsInt(), "a server enabled while live joins");
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "0"));
        advance(3);
        live = status().getAsJsonObject("live-status").getAsJsonArray("live");
        assertEquals(27, byId(live, 0).get("result").getAsInt(), "a disabled server leaves");
        assertEquals(0, byId(live, 0).get("run-ms").getAsLong());
        assertEquals(22, byId(live, 2).get("result").getAsInt());
        assertEquals(3_000, byId(live, 2).get("run-ms").getAsLong());

        assertEquals(0, api().result("stop-live"));
        JsonObject stopped = status().getAsJsonObject("live-status");
        assertEquals(0, stopped.get("run-ms").getAsLong());
        for (JsonElement e : stopped.getAsJsonArray("live")) {
            assertEquals(27, e.getAsJsonObject().get("result").getAsInt());
        }
    }

    /** A session sends its encoders' bits and some 8 % of protocol overhead. */
    private static void assertOverhead(long sentBits, long encodedBits) {
        double ratio = (double) sentBits / encodedBits;
        assertTrue(ratio > 1.05 && ratio < 1.11, "inst-bps x 8 / encoded bits = " + ratio);
    }

    @Test
    void addServerTakesTheAiosTypes() {
        for (String type : List.of("4", "122", "140", "143", "144", "150")) {
            assertEquals(0, api().result("add-server", "type", type, "url", "srt://host-" + type, "key", "k"), type);
        }
        assertEquals(0, api().result("add-server", "type", "130"), "NDI|HX needs neither URL nor key");
        assertEquals(0, api().result("add-server", "type", "151"), "a listener needs nothing");
        assertEquals(-10, api().result("add-server", "type", "5", "url", "x"), "not a type of the page");
        assertEquals(-10, api().result("add-server", "type", "2"), "YouTube needs a key");
        assertEquals(-10, api().result("add-server", "type", "120"), "a caller needs a URL");
        assertEquals(-10, api().result("add-server", "type", "120", "url", "srt://a", "aes", "8"));
        assertEquals(0, api().result("add-server", "type", "100"));
        JsonObject rtsp = byId(settings().getAsJsonArray("stream-server"), 8);
        assertEquals(554, rtsp.get("port").getAsInt(), "RTSP listens on 554 unless told");
        assertEquals(List.of("id", "type", "url", "key", "is-auth", "user", "passwd", "is-use", "token", "net-mode",
                "name", "stream-index", "port", "latency", "bandwidth", "aes", "aes-word", "stream-id",
                "max-connections", "mtu", "audio", "audio-streams", "is-media-hub"), keys(rtsp));
        for (int id = 0; id < 6; id++) {
            assertEquals(0, api().result("enable-server", "id", String.valueOf(id), "is-use", "1"));
        }
        assertEquals(-29, api().result("enable-server", "id", "6", "is-use", "1"), "six sessions at most");
    }

    @Test
    void theInputSourceIsSelectedFromGetInfosList() {
        JsonObject inputs = api().call("get-info").getAsJsonObject("input-source");
        List<Integer> values = new ArrayList<>();
        inputs.getAsJsonArray("sources").forEach(e -> values.add(e.getAsJsonObject().get("value").getAsInt()));
        assertEquals(List.of(1, 2, 3), values);
        assertEquals(List.of("types", "pip", "sbs"), keys(inputs.getAsJsonObject("video-mixer")));
        for (int value : values) {
            assertEquals(0, api().result("select-input-source", "input-source", String.valueOf(value)));
            assertEquals(value, status().get("input-source").getAsInt());
            assertEquals(value, settings().getAsJsonObject("input-source").get("source").getAsInt());
        }
        assertEquals(-10, api().result("select-input-source", "input-source", "4"), "not in sources[]");
        assertEquals(-10, api().result("select-input-source"), "the source is required");
        assertEquals(3, status().get("input-source").getAsInt(), "unchanged by a refusal");
    }

    @Test
    void theMixerIsSetWithinGetInfosLists() {
        assertEquals(0, api().result("set-video-mixer-config", "input-device", "1", "is-hdmi-top", "1", "type", "1",
                "location", "1"));
        JsonObject mixer = settings().getAsJsonObject("input-source").getAsJsonObject("mixer");
        assertEquals(List.of("input-device", "is-hdmi-top", "type", "location"), keys(mixer));
        assertEquals(1, mixer.get("input-device").getAsInt());
        assertEquals(1, mixer.get("is-hdmi-top").getAsInt());
        assertEquals(1, mixer.get("type").getAsInt());
        assertEquals(1, mixer.get("location").getAsInt());
        assertEquals(1, status().get("input-device").getAsInt(), "get-status follows the mix's format");

        assertEquals(-10, api().result("set-video-mixer-config", "location", "3"), "side by side has no position 3");
        assertEquals(0, api().result("set-video-mixer-config", "type", "0", "location", "3"), "picture in picture has");
        assertEquals(-10, api().result("set-video-mixer-config", "input-device", "3"));
        assertEquals(-10, api().result("set-video-mixer-config", "is-hdmi-top", "2"));
        assertEquals(-10, api().result("set-video-mixer-config", "type", "2"));
        mixer = settings().getAsJsonObject("input-source").getAsJsonObject("mixer");
        assertEquals(0, mixer.get("type").getAsInt());
        assertEquals(3, mixer.get("location").getAsInt());
    }

    @Test
    void resetRestoresTheInput() {
        api().result("select-input-source", "input-source", "1");
        assertEquals(0, api().result("reset-all-settings"));
        advance(20);
        setUpSessionAgain();
        assertEquals(2, settings().getAsJsonObject("input-source").get("source").getAsInt());
    }

    private void setUpSessionAgain() {
        api = AppClient.loggedIn(device());
    }

    @Test
    void theEncodersAndTheSystemFollowTheClock() {
        JsonObject before = status();
        advance(10);
        JsonObject s = status();
        JsonObject main = s.getAsJsonObject("codec").getAsJsonObject("main-stream");
        assertEquals(166667, main.get("duration").getAsInt(), "100 ns units: 60 frames a second");
        assertEquals(600, main.get("i-frame-count").getAsLong()
                - before.getAsJsonObject("codec").getAsJsonObject("main-stream").get("i-frame-count").getAsLong(), 1);
        assertEquals(0, main.get("drop-count").getAsLong());
        assertEquals(10, s.getAsJsonObject("sysstat").get("uptime").getAsLong());
        int temperature = s.get("cpu-temperature").getAsInt();
        assertTrue(temperature > 55_000 && temperature < 75_000, "milli-degrees: " + temperature);
        JsonArray meters = s.getAsJsonArray("vumeters");
        assertEquals(8, s.get("channel-count").getAsInt());
        assertEquals(8, meters.size());
        assertNotEquals(before.getAsJsonArray("vumeters"), meters, "the meters move with the clock");
        device().setSignalPresent(false);
        s = status();
        for (JsonElement level : s.getAsJsonArray("vumeters")) {
            assertEquals(0, level.getAsInt(), "silence without a signal");
        }
        JsonObject signal = s.getAsJsonObject("input-signal");
        assertEquals(0, signal.getAsJsonObject("hdmi").get("status").getAsInt());
        assertEquals(0, signal.getAsJsonObject("sdi").get("status").getAsInt());
    }
}
