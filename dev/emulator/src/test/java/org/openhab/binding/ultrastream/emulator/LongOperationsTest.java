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
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Format, USB speed test, live server test, firmware check, update, cancel-download and upload: each reports
 * progress and clear-* brings it back to 27. Reboot and reset take the device down for a while.
 */
@NonNullByDefault
class LongOperationsTest extends EmulatorTestBase {

    private JsonObject group(String name) {
        return status().getAsJsonObject(name);
    }

    @Test
    void formatUsbRunsAndClearsBackTo27() {
        assertEquals(0, api().result("start-rec"));
        advance(60);
        assertEquals(0, api().result("stop-rec"));
        assertEquals(0, api().result("start-format-usb"));
        assertEquals(0x100000, curStatus() & 0x100000, "statusFormatDisk");
        assertEquals(1, api().result("start-format-usb"), "repeated");
        advance(2);
        JsonObject f = group("format-status");
        assertEquals(2, f.get("result").getAsInt());
        assertEquals(40, f.get("percent").getAsInt());
        advance(5);
        f = group("format-status");
        assertEquals(0, f.get("result").getAsInt());
        assertEquals(100, f.get("percent").getAsInt());
        assertEquals(0, status().getAsJsonObject("usb").get("file-count").getAsInt(), "formatted");
        assertEquals(1, status().getAsJsonObject("sd").get("file-count").getAsInt(), "SD untouched");
        assertEquals(0, api().result("clear-format-usb"));
        assertEquals(27, group("format-status").get("result").getAsInt());
    }

    @Test
    void aFormatFinishesWhoeverLooksFirst() {
        api().result("start-rec");
        advance(60);
        api().result("stop-rec");
        assertEquals(0, api().result("set-auto-rec", "is-auto-rec", "1"));
        device().setSignalPresent(false);
        assertEquals(0, api().result("start-format-usb"));
        advance(10);
        device().setSignalPresent(true); // auto-rec starts recording: the first to see the format is over
        JsonObject files = api().call("get-media-files", "disk-type", "0");
        assertEquals(1, files.getAsJsonArray("media-files").size(), "only the new recording");
        JsonObject current = files.getAsJsonArray("media-files").get(0).getAsJsonObject();
        assertEquals("VID_1.mp4", current.get("name").getAsString());
        assertEquals(0, current.get("status").getAsInt(), "being recorded");
    }

    @Test
    void formatSdAndItsPreconditions() {
        device().setSdInserted(false);
        assertEquals(-5, api().result("start-format-sd"), "no card");
        device().setSdInserted(true);
        assertEquals(0, api().result("start-format-sd"));
        assertEquals(0x200000, curStatus() & 0x200000, "statusFormatSD");
        advance(10);
        assertEquals(0, group("format-status").get("result").getAsInt());
        assertEquals(0, api().result("clear-format-usb"), "one clear for both");
        assertEquals(27, group("format-status").get("result").getAsInt());
    }

    @Test
    void usbSpeedTestCanBeCancelled() {
        assertEquals(0, api().result("start-test-usb"));
        assertEquals(0x1000, curStatus() & 0x1000, "statusDiskTest");
        advance(3);
        JsonObject t = group("disk-test");
        assertEquals(2, t.get("result").getAsInt());
        assertEquals(30, t.get("percent").getAsInt());
        assertTrue(t.get("write-bps").getAsLong() > 0);
        assertEquals(0, api().result("stop-test-usb"));
        assertEquals(5, group("disk-test").get("result").getAsInt(), "retCancel");
        assertEquals(1, api().result("stop-test-usb"));
        assertEquals(0, api().result("clear-test-usb"));
        assertEquals(27, group("disk-test").get("result").getAsInt());
        assertEquals(0, api().result("start-test-usb"));
        advance(11);
        assertEquals(0, group("disk-test").get("result").getAsInt(), "done");
        device().faults().diskFull(true);
        assertEquals(-16, api().result("start-test-usb"), "no space");
        device().setUsbInserted(false);
        assertEquals(-5, api().result("start-test-usb"));
    }

    @Test
    void liveServerTestStopsItselfAfter20Seconds() {
        assertEquals(0, api().result("start-test-server", "type", "0", "url", "rtmp://10.0.0.1/live", "key", "k"));
        assertEquals(0x8000, curStatus() & 0x8000, "statusNetTest");
        advance(10);
        JsonObject t = group("living-test");
        assertEquals(2, t.get("result").getAsInt());
        assertEquals(50, t.get("percent").getAsInt());
        assertTrue(t.get("upload-bps").getAsLong() > 0);
        advance(10);
        assertEquals(0, group("living-test").get("result").getAsInt());
        assertEquals(0, curStatus() & 0x8000);
        assertEquals(0, api().result("clear-test-server"));
        assertEquals(27, group("living-test").get("result").getAsInt());
        assertEquals(0, api().result("start-test-server", "type", "2", "key", "k"));
        assertEquals(0, api().result("stop-test-server"));
        assertEquals(5, group("living-test").get("result").getAsInt());
        assertEquals(-10, api().result("start-test-server", "type", "0"), "a custom server needs a URL");
    }

    @Test
    void onlineCheckThenUpdateThenReboot() {
        assertEquals(-14, api().result("update", "mode", "online"), "nothing found yet");
        assertEquals(0, api().result("online-update-check"));
        assertEquals(0x2000000, curStatus() & 0x2000000, "statusCheckUpgrade");
        assertEquals(-9, api().result("update", "mode", "online"), "not while checking");
        advance(3);
        JsonObject s = status();
        assertEquals(0, s.getAsJsonObject("check-upgrade").get("result").getAsInt());
        assertEquals("1.2.123", s.getAsJsonObject("upgrade").get("ver").getAsString());
        assertEquals(0, api().result("clear-check-update"));
        assertEquals(27, group("check-upgrade").get("result").getAsInt());

        assertEquals(0, api().result("update", "mode", "online"));
        assertEquals(0x4000, curStatus() & 0x4000, "statusUpgrade");
        advance(5);
        JsonObject u = group("upgrade-status");
        assertEquals(1, u.get("step").getAsInt(), "downloading");
        assertEquals("online", u.get("mode").getAsString());
        assertEquals(50, u.get("percent").getAsInt(), "of the download");
        assertEquals(-9, api().result("start-rec"), "nothing else during an update");
        advance(7);
        u = group("upgrade-status");
        assertEquals(2, u.get("step").getAsInt(), "installing");
        assertEquals(20, u.get("percent").getAsInt(), "of the install: starts again at 0");
        advance(3);
        assertEquals(-9, api().result("cancel-download"), "too late to cancel");
        advance(5);
        assertThrows(UncheckedIOException.class, () -> api().call("get-status"), "rebooting into the new firmware");
        advance(20);
        AppClient again = AppClient.loggedIn(device());
        assertEquals("1.2.123", again.call("get-info").getAsJsonObject("product").get("firmware-ver-s").getAsString());
        assertEquals(27, again.call("get-status").getAsJsonObject("upgrade-status").get("result").getAsInt());
    }

    @Test
    void cancelDownloadStopsAnOnlineUpdate() {
        api().result("online-update-check");
        advance(3);
        assertEquals(0, api().result("update", "mode", "online"));
        assertEquals(1, api().result("update", "mode", "online"), "repeated");
        advance(2);
        assertEquals(0, api().result("cancel-download"));
        assertEquals(5, group("upgrade-status").get("result").getAsInt());
        assertEquals(1, api().result("cancel-download"));
        assertEquals(0, api().result("clear-upgrade"));
        assertEquals(27, group("upgrade-status").get("result").getAsInt());
        assertEquals(-10, api().result("update", "mode", "usb"));
    }

    @Test
    void uploadUpdateFileAnswersWithStatus() {
        JsonObject r = api().upload("ultra_stream_hdmi_rev_c_1_2_130.mwf", new byte[12345]);
        assertEquals(0, r.get("status").getAsInt());
        assertTrue(r.get("up-to-date").getAsBoolean());
        assertEquals("1.2.130", r.get("version").getAsString());
        assertEquals(12345, r.get("size").getAsLong());
        assertEquals(-15, api().upload("firmware.zip", new byte[10]).get("status").getAsInt(), "errFile");
        assertEquals(-34, api().upload("ultra_stream_sdi_1_2_130.mwf", new byte[10]).get("status").getAsInt(),
                "errMWFUnsupported");
        assertFalse(api().upload("ultra_stream_hdmi_1_2_100.mwf", new byte[10]).get("up-to-date").getAsBoolean());
        api().upload("ultra_stream_hdmi_1_2_130.mwf", new byte[10]);
        assertEquals(0, api().result("update", "mode", "upload"));
        assertEquals("upload", group("upgrade-status").get("mode").getAsString());
        assertEquals(2, group("upgrade-status").get("step").getAsInt());
    }

    @Test
    void rebootMakesTheDeviceUnreachableAndDropsSessions() {
        assertEquals(0, api().result("reboot"));
        assertThrows(UncheckedIOException.class, () -> new AppClient(device()).call("ping"));
        advance(19);
        assertThrows(UncheckedIOException.class, () -> new AppClient(device()).call("ping"));
        advance(1);
        assertEquals(0, new AppClient(device()).result("ping"));
        assertEquals(-17, api().result("get-status"), "sessions were dropped");
        assertEquals(0, device().sessionCount());
    }

    @Test
    void rebootIsRefusedWhileSomethingRuns() {
        api().result("start-rec");
        assertEquals(-9, api().result("reboot"));
        assertEquals(-9, api().result("reset-all-settings"));
        api().result("stop-rec");
        assertEquals(0, api().result("reboot"));
    }

    @Test
    void resetRestoresTheDefaults() {
        api().result("set-name", "name", "Changed");
        api().result("set-rec-control", "time-unit", "30");
        api().result("add-server", "type", "2", "key", "yt");
        api().result("add-user", "id", "Test", "pass", AppClient.ADMIN_MD5);
        assertEquals(0, api().result("reset-all-settings"));
        clock.advance(Duration.ofSeconds(21));
        AppClient u = AppClient.loggedIn(device());
        JsonObject s = u.call("get-settings");
        assertEquals("Ultra Stream " + EmulatorOptions.DEFAULT_SERIAL, s.get("name").getAsString());
        assertEquals(5, s.getAsJsonObject("rec-control").get("time-unit").getAsInt());
        assertEquals(0, s.getAsJsonArray("stream-server").size());
        assertEquals(1, u.call("get-users").getAsJsonArray("users").size());
    }

    @Test
    void rebootEndsByItselfOnTheSystemClock() throws InterruptedException {
        stopEmulator();
        try (UltraStreamEmulator e = UltraStreamEmulator.start(EmulatorOptions.builder().multicastEnabled(false)
                .ssdpEnabled(false).rebootDuration(Duration.ofMillis(300)).build())) {
            AppClient u = AppClient.loggedIn(e.device());
            assertEquals(0, u.result("reboot"));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            boolean up = false;
            while (!up && System.nanoTime() < deadline) {
                try {
                    up = new AppClient(e.device()).result("ping") == 0;
                } catch (UncheckedIOException down) {
                    Thread.sleep(50);
                }
            }
            assertTrue(up, "the device comes back");
        }
    }
}
