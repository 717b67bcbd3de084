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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The firmware faults (refused, stuck download, no space, no return after the reboot) and the two forms of the
 * upload reply.
 */
@NonNullByDefault
class FirmwareFaultsTest extends EmulatorTestBase {

    private JsonObject upgradeStatus() {
        return status().getAsJsonObject("upgrade-status");
    }

    private void findOnlineUpdate() {
        assertEquals(0, api().result("online-update-check"));
        advance(3);
    }

    @Test
    void aRefusedUpdateDoesNotStart() {
        findOnlineUpdate();
        device().faults().firmwareRefused(true);
        assertEquals(-18, api().result("update", "mode", "online"));
        assertEquals(27, upgradeStatus().get("result").getAsInt(), "nothing started");
        device().faults().clear();
        assertEquals(0, api().result("update", "mode", "online"));
    }

    @Test
    void aStuckDownloadStopsMovingAndCanStillBeCancelled() {
        findOnlineUpdate();
        device().faults().firmwareStuckDownload(true);
        assertEquals(0, api().result("update", "mode", "online"));
        advance(600);
        JsonObject u = upgradeStatus();
        assertEquals(2, u.get("result").getAsInt(), "still running");
        assertEquals(1, u.get("step").getAsInt(), "still downloading");
        assertEquals(30, u.get("percent").getAsInt());
        assertEquals(0, api().result("cancel-download"));
        assertEquals(5, upgradeStatus().get("result").getAsInt());
        assertEquals("1.2.122", device().firmwareVersion());
    }

    @Test
    void withoutSpaceTheUpdateFailsAtOnce() {
        findOnlineUpdate();
        device().faults().firmwareNoSpace(true);
        assertEquals(0, api().result("update", "mode", "online"), "accepted, then fails");
        assertEquals(-16, upgradeStatus().get("result").getAsInt());
        assertEquals(0, curStatus() & 0x4000, "no update runs");
        assertEquals(0, api().result("clear-upgrade"));
    }

    @Test
    void aDeviceThatDoesNotReturnComesBackWhenTheFaultIsTurnedOff() {
        findOnlineUpdate();
        device().faults().firmwareNoReturn(true);
        assertEquals(0, api().result("update", "mode", "online"));
        advance(20);
        advance(3600);
        assertThrows(UncheckedIOException.class, () -> new AppClient(device()).call("ping"), "still down");
        device().faults().firmwareNoReturn(false);
        AppClient again = AppClient.loggedIn(device());
        assertEquals("1.2.123", again.call("get-info").getAsJsonObject("product").get("firmware-ver-s").getAsString());
    }

    @Test
    void theUploadReplyCarriesStatusOrResult() {
        JsonObject withStatus = api().upload("ultra_stream_hdmi_1_2_130.mwf", new byte[10]);
        assertEquals(0, withStatus.get("status").getAsInt());
        assertFalse(withStatus.has("result"));
        device().faults().uploadReplyWithResult(true);
        JsonObject withResult = api().upload("ultra_stream_hdmi_rev_c_1_2_131.mwf", new byte[10]);
        assertEquals(0, withResult.get("result").getAsInt());
        assertFalse(withResult.has("status"));
        assertEquals("1.2.131", withResult.get("version").getAsString());
        assertEquals(-34, api().upload("ultra_stream_sdi_1_2_131.mwf", new byte[10]).get("result").getAsInt());
        assertEquals(-15, api().upload("firmware_1_2_131.mwf", new byte[10]).get("result").getAsInt(),
                "a name that does not say its model");
    }

    @Test
    void theUploadPathInstallsAndRebootsIntoTheFilesVersion() {
        assertEquals(0, api().upload("ultra_stream_hdmi_1_2_130.mwf", new byte[10]).get("status").getAsInt());
        assertEquals(0, api().result("update", "mode", "upload"));
        advance(5);
        JsonObject u = upgradeStatus();
        assertEquals(2, u.get("step").getAsInt(), "no download: installing at once");
        assertEquals(50, u.get("percent").getAsInt());
        advance(5);
        assertThrows(UncheckedIOException.class, () -> api().call("get-status"), "rebooting");
        advance(20);
        assertEquals("1.2.130", device().firmwareVersion());
    }
}
