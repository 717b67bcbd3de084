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
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

/**
 * login (MD5, sid cookie), logout, idle timeout, users and admin rights, and the two-client limit.
 */
@NonNullByDefault
class SessionTest extends EmulatorTestBase {

    private static final String TEST_MD5 = "0cbc6611f5540bd0809a388dc95a615b"; // MD5("Test")

    @Override
    protected EmulatorOptions.Builder options() {
        return super.options().sessionIdleTimeout(Duration.ofMinutes(10));
    }

    @Test
    void loginSetsSidCookieAndOpensASession() {
        AppClient u = new AppClient(device());
        assertEquals(0, u.result("login", "id", "Admin", "pass", AppClient.ADMIN_MD5));
        String sid = u.sid();
        assertNotNull(sid);
        assertTrue(sid.matches("[0-9a-f]{32}"));
        assertEquals(0, u.result("get-status"));
        assertEquals(2, device().sessionCount());
    }

    @Test
    void wrongPasswordOrUserGets36() {
        AppClient u = new AppClient(device());
        assertEquals(36, u.result("login", "id", "Admin", "pass", TEST_MD5));
        assertEquals(36, u.result("login", "id", "Nobody", "pass", AppClient.ADMIN_MD5));
        assertEquals(36, u.result("login", "id", "Admin", "pass", "Admin"), "the plain password is not the MD5");
        assertNull(u.sid());
    }

    @ParameterizedTest
    @ValueSource(strings = { "get-info", "get-status", "get-settings", "start-rec", "set-name", "logout",
            "get-media-files", "reboot" })
    void callsWithoutSessionGetMinus17(String method) {
        assertEquals(-17, new AppClient(device()).result(method));
        AppClient forged = new AppClient(device());
        forged.sid("00000000000000000000000000000000");
        assertEquals(-17, forged.result(method));
    }

    @Test
    void pingNeedsNoSessionAndReportsTheStatusMask() {
        JsonObject ping = new AppClient(device()).call("ping");
        assertEquals(0, ping.get("result").getAsInt());
        assertEquals(0x10010, ping.get("cur-status").getAsInt(), "statusPasswd | statusDiskReady");
    }

    @Test
    void logoutEndsTheSession() {
        assertEquals(0, api().result("logout"));
        assertEquals(-17, api().result("get-status"));
        assertEquals(0, device().sessionCount());
    }

    @Test
    void logoutByTheDocumentsLiteralUrl() {
        URI literal = URI.create(device().baseUri() + "/usapi?/usapi?method=logout");
        assertEquals(200, AppClient.fetch(literal).statusCode());
        assertEquals(1, device().requestCount("logout"));
    }

    @Test
    void idleSessionsExpireAfterTheTimeout() {
        clock.advance(Duration.ofMinutes(9));
        assertEquals(0, api().result("get-status"), "still within the idle timeout");
        clock.advance(Duration.ofMinutes(9));
        assertEquals(0, api().result("get-status"), "each call restarts the idle time");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertEquals(-17, api().result("get-status"));
    }

    @Test
    void twoUsersOccupyTheDeviceAndAThirdIsRefused() {
        assertEquals(0, api().result("add-user", "id", "Test", "pass", TEST_MD5));
        assertEquals(0, api().result("add-user", "id", "Third", "pass", TEST_MD5));
        AppClient admin2 = AppClient.loggedIn(device());
        assertEquals(0, admin2.result("get-status"), "the same user twice does not count twice");
        assertEquals(0, curStatus() & 0x20000);
        AppClient test = new AppClient(device());
        assertEquals(0, test.result("login", "id", "Test", "pass", TEST_MD5));
        assertEquals(0x20000, curStatus() & 0x20000, "statusOccupied");
        AppClient third = new AppClient(device());
        assertEquals(-2, third.result("login", "id", "Third", "pass", TEST_MD5));
        assertEquals(0, test.result("logout"));
        assertEquals(0, third.result("login", "id", "Third", "pass", TEST_MD5));
    }

    @Test
    void adminOnlyMethodsAreRefusedToOtherUsers() {
        assertEquals(0, api().result("add-user", "id", "Test", "pass", TEST_MD5));
        AppClient test = new AppClient(device());
        assertEquals(0, test.result("login", "id", "Test", "pass", TEST_MD5));
        assertEquals(-26, test.result("get-users"));
        assertEquals(-26, test.result("add-user", "id", "Other", "pass", TEST_MD5));
        assertEquals(-26, test.result("del-user", "id", "Test"));
        assertEquals(-26, test.result("set-password", "id", "Admin", "pass", TEST_MD5));
        assertEquals(0, test.result("get-status"), "other methods stay open to every user");
    }

    @Test
    void usersCanBeListedAddedDeletedAndTheirPasswordsChanged() {
        assertEquals(0, api().result("add-user", "id", "Test", "pass", TEST_MD5));
        assertEquals(-27, api().result("add-user", "id", "Test", "pass", TEST_MD5), "errSameName");
        assertEquals(-10, api().result("add-user", "id", " bad", "pass", TEST_MD5));
        assertEquals(-10, api().result("add-user", "id", "Plain", "pass", "Test"), "pass must be an MD5");
        JsonObject users = api().call("get-users");
        assertEquals("[{\"id\":\"Admin\",\"type\":1},{\"id\":\"Test\",\"type\":2}]", users.get("users").toString());

        AppClient test = new AppClient(device());
        assertEquals(0, test.result("login", "id", "Test", "pass", TEST_MD5));
        assertEquals(-1, test.result("ch-password", "pass", AppClient.ADMIN_MD5, "new-pass", AppClient.ADMIN_MD5));
        assertEquals(0, test.result("ch-password", "pass", TEST_MD5, "new-pass", AppClient.ADMIN_MD5));
        assertEquals(0, new AppClient(device()).result("login", "id", "Test", "pass", AppClient.ADMIN_MD5));

        assertEquals(0, api().result("set-password", "id", "Test", "pass", TEST_MD5));
        assertEquals(0, new AppClient(device()).result("login", "id", "Test", "pass", TEST_MD5));
        assertEquals(-25, api().result("set-password", "id", "Nobody", "pass", TEST_MD5));

        assertEquals(-26, api().result("del-user", "id", "Admin"), "the administrator stays");
        assertEquals(-25, api().result("del-user", "id", "Nobody"));
        assertEquals(0, api().result("del-user", "id", "Test"));
        assertEquals(-17, test.result("get-status"), "a deleted user's sessions end");
    }

    @Test
    void appPasswordCanBeSwitchedOffAndOn() {
        assertEquals(-1, api().result("set-app-passwd", "is-pass", "0", "pass", TEST_MD5));
        assertEquals(0, api().result("set-app-passwd", "is-pass", "0", "pass", AppClient.ADMIN_MD5));
        assertEquals(0, settings().get("passwd").getAsInt());
        assertEquals(0, curStatus() & 0x10000, "statusPasswd off");
        assertEquals(0, new AppClient(device()).result("login", "id", "Admin", "pass", ""), "no password asked");
        assertEquals(0, api().result("set-app-passwd", "is-pass", "1", "new-pass", TEST_MD5));
        assertEquals(36, new AppClient(device()).result("login", "id", "Admin", "pass", AppClient.ADMIN_MD5));
        assertEquals(0, new AppClient(device()).result("login", "id", "Admin", "pass", TEST_MD5));
        assertEquals(-1, api().result("set-app-passwd", "is-pass", "1", "pass", AppClient.ADMIN_MD5, "new-pass",
                AppClient.ADMIN_MD5), "changing needs the old password");
        assertEquals(0, api().result("set-app-passwd", "is-pass", "1", "pass", TEST_MD5, "new-pass",
                AppClient.ADMIN_MD5));
        assertEquals(-10, api().result("set-app-passwd", "is-pass", "2", "pass", AppClient.ADMIN_MD5));
    }

    @Test
    void expiredSessionsByFaultGetMinus17() {
        device().faults().expireSessions();
        assertEquals(-17, api().result("get-status"));
        assertEquals(0, device().sessionCount());
    }
}
