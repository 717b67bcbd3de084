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

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * start-rec / stop-rec, the files they leave on the enabled disks, paging, deleting and downloading them,
 * the snapshot, and the device stopping a recording by itself.
 */
@NonNullByDefault
class RecordingTest extends EmulatorTestBase {

    private List<String> names(int diskType, int start, int count) {
        JsonObject r = api().call("get-media-files", "disk-type", String.valueOf(diskType), "start",
                String.valueOf(start), "count", String.valueOf(count));
        assertEquals(0, r.get("result").getAsInt());
        List<String> names = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("media-files")) {
            names.add(e.getAsJsonObject().get("name").getAsString());
        }
        return names;
    }

    /** Records {@code minutes} minutes with 5-minute files. */
    private void record(int minutes) {
        assertEquals(0, api().result("start-rec"));
        advance(minutes * 60L);
        assertEquals(0, api().result("stop-rec"));
    }

    @Test
    void startAndStopRecording() {
        assertEquals(0, api().result("start-rec"));
        assertTrue(device().isRecording());
        assertEquals(0x02, curStatus() & 0x02, "statusRecord");
        assertEquals(1, api().result("start-rec"), "repeated command");
        advance(3);
        assertEquals(0, api().result("stop-rec"));
        assertFalse(device().isRecording());
        assertEquals(0, curStatus() & 0x02);
        assertEquals(1, api().result("stop-rec"), "nothing to stop");
        assertEquals(0, status().getAsJsonObject("rec-status").get("run-ms").getAsInt());
    }

    @Test
    void filesAreCreatedOnEnabledDisksAndPagedNewestFirst() {
        assertEquals(0, api().result("set-rec-control", "sd-option", "0"));
        record(12); // files of 5, 5 and 2 minutes
        assertEquals(List.of("VID_3.mp4", "VID_2.mp4", "VID_1.mp4"), names(0, 0, 10));
        assertEquals(List.of("VID_2.mp4"), names(0, 1, 1));
        assertEquals(List.of(), names(0, 3, 10));
        assertEquals(List.of(), names(1, 0, 10), "SD recording is off");
        JsonObject r = api().call("get-media-files", "disk-type", "0", "start", "0", "count", "1");
        assertEquals("/media/disk0/REC_Folder", r.get("path").getAsString());
        assertEquals("thumbnail", r.get("thumbnail").getAsString());
        JsonObject newest = r.getAsJsonArray("media-files").get(0).getAsJsonObject();
        assertEquals(List.of("name", "thumbnail-name", "status", "create-time", "size-bytes", "duration", "width",
                "height", "interval", "codec"), new ArrayList<>(newest.keySet()));
        assertEquals(1, newest.get("status").getAsInt());
        assertEquals(120_000, newest.get("duration").getAsLong());
        assertEquals((4096 + 128) * 1024L / 8 * 120, newest.get("size-bytes").getAsLong());
        assertEquals(166667, newest.get("interval").getAsInt());
        assertEquals(-10, api().result("get-media-files", "disk-type", "2"));
        assertEquals(-10, api().result("get-media-files", "disk-type", "0", "start", "-1"));
    }

    @Test
    void prefixFolderAndContainerComeFromRecControl() {
        assertEquals(0, api().result("set-rec-control", "root-folder", "Show/Day 1", "file-prefix", "CAM",
                "mime-type", "1"));
        record(1);
        assertEquals(List.of("CAM_1.mov"), names(1, 0, 10));
        assertEquals("/media/disk1/Show/Day 1",
                api().call("get-media-files", "disk-type", "1").get("path").getAsString());
    }

    @Test
    void delMediaFilesTakesAJsonBody() {
        record(11);
        assertEquals(0,
                api().postJson("del-media-files", "{\"disk-type\":0,\"media-files\":[\"VID_1.mp4\",\"VID_3.mp4\"]}")
                        .get("result").getAsInt());
        assertEquals(List.of("VID_2.mp4"), names(0, 0, 10));
        assertEquals(3, names(1, 0, 10).size(), "the SD card keeps its own files");
        assertEquals(-14, api().postJson("del-media-files", "{\"disk-type\":0,\"media-files\":[\"VID_9.mp4\"]}")
                .get("result").getAsInt());
        assertEquals(0, api().postJson("del-media-files", "{ disk-type: 0, media-files: [\"VID_2.mp4\"] }")
                .get("result").getAsInt(), "the document's own example, with bare names, is taken too");
        assertEquals(List.of(), names(0, 0, 10));
        assertEquals(-10, api().postJson("del-media-files", "not json").get("result").getAsInt());
        assertEquals(-10, api().postJson("del-media-files", "{\"disk-type\":5,\"media-files\":[]}").get("result")
                .getAsInt());
    }

    @Test
    void filesAndThumbnailsDownloadFromTheDownloadPort() {
        record(1);
        JsonObject r = api().call("get-media-files", "disk-type", "0");
        JsonObject file = r.getAsJsonArray("media-files").get(0).getAsJsonObject();
        String base = "http://127.0.0.1:" + device().downloadPort() + "/download" + r.get("path").getAsString() + "/";
        HttpResponse<byte[]> video = AppClient.fetch(URI.create(base + file.get("name").getAsString()));
        assertEquals(200, video.statusCode());
        assertEquals(file.get("size-bytes").getAsLong(), video.body().length);
        HttpResponse<byte[]> thumb = AppClient
                .fetch(URI.create(base + "thumbnail/" + file.get("thumbnail-name").getAsString() + ".jpg"));
        assertEquals(200, thumb.statusCode());
        assertJpeg(thumb.body());
        assertEquals(404, AppClient.fetch(URI.create(base + "VID_99.mp4")).statusCode());
        assertEquals(404, AppClient.fetch(URI.create(device().baseUri() + "/download" + r.get("path").getAsString()
                + "/" + file.get("name").getAsString())).statusCode(), "not on the HTTP port");
    }

    @Test
    void snapshotNeedsNoSession() {
        HttpResponse<byte[]> snap = AppClient
                .fetch(URI.create(device().baseUri() + "/tmp/sbox-snapshot/sbox-quarter.jpg"));
        assertEquals(200, snap.statusCode());
        assertEquals("image/jpeg", snap.headers().firstValue("Content-Type").orElse(""));
        assertJpeg(snap.body());
    }

    private static void assertJpeg(byte[] body) {
        assertTrue(body.length > 100);
        assertEquals((byte) 0xFF, body[0]);
        assertEquals((byte) 0xD8, body[1]);
    }

    @Test
    void noEnabledDiskOrAFullOneRefusesToRecord() {
        device().setUsbInserted(false);
        device().setSdInserted(false);
        assertEquals(-5, api().result("start-rec"), "errDisk");
        assertEquals(-5, api().result("get-media-files", "disk-type", "0"));
        assertEquals(0, status().getAsJsonObject("usb").get("disk-status").getAsInt(), "NotDisk");
        device().setUsbInserted(true);
        device().setSdInserted(true);
        device().faults().diskFull(true);
        assertEquals(-16, api().result("start-rec"), "errNoSpace");
        JsonObject usb = status().getAsJsonObject("usb");
        assertEquals(3, usb.get("disk-status").getAsInt(), "NotSpace");
        assertEquals(0, usb.get("free-size").getAsLong());
        assertEquals(0, usb.get("free-sec").getAsLong());
        assertEquals(0, curStatus() & 0x10, "statusDiskReady off");
    }

    @Test
    void aFullDiskStopsARunningRecording() {
        assertEquals(0, api().result("start-rec"));
        advance(10);
        device().faults().diskFull(true);
        JsonObject s = status();
        assertFalse(device().isRecording());
        assertEquals(-16, s.get("last-rec-status").getAsInt());
        assertEquals(2, names(0, 0, 10).size() + names(1, 0, 10).size(), "the files written are kept");
    }

    @Test
    void loopRecordingOnSdDropsTheOldestFilesInsteadOfStopping() {
        assertEquals(0, api().result("set-rec-control", "usb-option", "0", "sd-option", "2", "time-unit", "60"));
        assertEquals(0, api().result("set-video", "stream", "0", "kbps", "8192"));
        assertEquals(0, api().result("start-rec"));
        for (int step = 0; step < 30; step++) { // 10 hours at about 1 MB/s: more than the 32 GB card holds
            advance(1200);
            status(); // polling keeps the session alive
        }
        assertTrue(device().isRecording(), "loop recording goes on");
        List<String> files = names(1, 0, 100);
        assertFalse(files.contains("VID_1.mp4"), "the oldest file made room");
        assertTrue(files.contains("VID_11.mp4"), "the current file");
        assertTrue(status().getAsJsonObject("sd").get("free-size").getAsLong() >= 0);
    }

    @Test
    void autoRecFollowsTheSignalAndSignalLostStopsRecording() {
        assertEquals(0, api().result("set-auto-rec", "is-auto-rec", "1"));
        device().setSignalPresent(false);
        assertFalse(device().isRecording());
        device().setSignalPresent(true);
        assertTrue(device().isRecording(), "signal back starts recording");
        device().setSignalPresent(false);
        assertFalse(device().isRecording(), "signal lost stops it");

        assertEquals(0, api().result("set-auto-rec", "is-auto-rec", "0"));
        device().setSignalPresent(true);
        assertEquals(0, api().result("start-rec"));
        device().setSignalPresent(false);
        assertTrue(device().isRecording(), "neither auto-rec nor is-signal-lost: keeps recording");
        device().setSignalPresent(true);
        assertEquals(0, api().result("set-signal-lost-ctrl", "is-signal-lost", "1"));
        advance(5);
        device().faults().signalLost(true);
        assertFalse(device().isRecording());
        JsonArray files = api().call("get-media-files", "disk-type", "0").getAsJsonArray("media-files");
        assertFalse(files.isEmpty());
    }
}
