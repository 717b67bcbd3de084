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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.Await.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.StreamServer;

/**
 * Transport and session behaviour against a tiny local server on loopback: encoding, size bounds, failure kinds,
 * re-login, one login for many callers, and no secrets in logs or messages.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class TransportAndSessionTest {

    @AutoClose
    private final FakeDevice device;
    @AutoClose("stop")
    private final HttpClient httpClient = new HttpClient();

    TransportAndSessionTest() throws Exception {
        device = new FakeDevice();
        httpClient.start();
    }

    private UltraStreamClient client(UltraStreamClientOptions.Builder builder) {
        return new UltraStreamClient(httpClient, builder.build());
    }

    private UltraStreamClientOptions.Builder options() {
        return UltraStreamClientOptions.builder("127.0.0.1").port(device.port())
                .requestTimeout(Duration.ofSeconds(5));
    }

    /**
     * The result is read before the rest of the reply; a reply that is not JSON after it is still refused, whether
     * a DTO is read from it or only its result.
     */
    @Test
    void aReplyCutOffAfterItsResultIsMalformed() throws Exception {
        UltraStreamClient client = client(options());
        device.onJson("get-status", "{\"result\":0,\"input-status\":{\"is-signal");
        device.onJson("start-rec", "{\"result\":0,");
        device.onJson("stop-rec", "{\"result\":0} trailing");

        assertThrows(UltraStreamMalformedReplyException.class, () -> await(client.getStatusAsync()));
        assertThrows(UltraStreamMalformedReplyException.class, () -> await(client.startRecAsync()));
        assertThrows(UltraStreamMalformedReplyException.class, () -> await(client.stopRecAsync()));
        device.onJson("start-rec", "{\"result\":0}");
        assertEquals(ResultCode.RET_SUCCEED, await(client.startRecAsync()));
    }

    @Test
    void parametersReachTheDeviceAsData() throws Exception {
        UltraStreamClient client = client(options());
        await(client.addUserAsync("x&method=reboot%26", "pw"));
        StreamServer server = new StreamServer();
        server.type = StreamServerType.CUSTOM.code();
        server.url = "rtmp://h/app?a=1&method=reboot#frag";
        await(client.startTestServerAsync(server));

        FakeDevice.Received addUser = device.received.stream().filter(r -> r.method().equals("add-user"))
                .findFirst().orElseThrow();
        assertArrayEquals(new String[]{ "add-user" }, addUser.params().get("method"));
        assertArrayEquals(new String[]{ "x&method=reboot%26" }, addUser.params().get("id"));
        FakeDevice.Received test = device.received.stream().filter(r -> r.method().equals("start-test-server"))
                .findFirst().orElseThrow();
        assertArrayEquals(new String[]{ "rtmp://h/app?a=1&method=reboot#frag" }, test.params().get("url"));
        assertEquals(0, device.count("reboot"));
    }

    @Test
    void loginSendsTheMd5AndKeepsTheSidCookie() throws Exception {
        UltraStreamClient client = client(options());
        await(client.getStatusAsync());
        FakeDevice.Received login = device.received.get(0);
        assertEquals("login", login.method());
        assertArrayEquals(new String[]{ "Admin" }, login.params().get("id"));
        assertArrayEquals(new String[]{ FakeDevice.PASSWORD_MD5 }, login.params().get("pass"));
        FakeDevice.Received status = device.received.get(1);
        assertEquals("sid=" + device.validSid(), status.cookie());
        // the shared HttpClient's cookie store must not keep the session for others
        for (HttpCookie cookie : httpClient.getCookieStore().get(URI.create("http://127.0.0.1:" + device.port()))) {
            assertNotEquals("sid", cookie.getName());
        }
    }

    @Test
    void expiredSessionLogsInOnceAndRepeatsTheCall() throws Exception {
        device.onJson("get-status", "{\"result\":0,\"box-name\":\"Box\"}");
        UltraStreamClient client = client(options());
        await(client.getStatusAsync());
        device.expireSession();
        assertEquals("Box", await(client.getStatusAsync()).boxName);
        assertEquals(2, device.logins.get());
        assertEquals(3, device.count("get-status"));
    }

    @Test
    void aSessionRefusedRightAfterLoginIsAnAuthenticationFailure() throws Exception {
        device.onJson("get-status", "{\"result\":-17}");
        UltraStreamClient client = client(options());
        UltraStreamAuthenticationException e = assertThrows(UltraStreamAuthenticationException.class,
                () -> await(client.getStatusAsync()));
        assertEquals("get-status", e.method());
        assertEquals(ResultCode.ERR_NEED_AUTH, e.resultCode());
        assertEquals(2, device.count("get-status"), "one retry, no more");
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureForBothCodes() throws Exception {
        UltraStreamClient wrong = client(options().password("nope"));
        UltraStreamAuthenticationException e = assertThrows(UltraStreamAuthenticationException.class,
                () -> await(wrong.getStatusAsync()));
        assertEquals("login", e.method());
        assertEquals(ResultCode.ERR_PASSWD, e.resultCode());
        device.loginResult = 36;
        e = assertThrows(UltraStreamAuthenticationException.class, () -> await(client(options()).loginAsync()));
        assertEquals(ResultCode.ERR_LOGIN_FAILED, e.resultCode());
        assertEquals(0, device.count("get-status"));
    }

    @Test
    void manyCallersWithAnExpiredSessionShareOneLogin() throws Exception {
        int callers = 12;
        UltraStreamClient client = client(options());
        await(client.loginAsync());
        device.expireSession();
        // hold every -17 until all callers have been refused with the stale session, so they all renew at once
        CountDownLatch allRefused = new CountDownLatch(callers);
        device.on("get-status", (request, response) -> {
            if (!device.hasValidSession(request)) {
                allRefused.countDown();
                try {
                    allRefused.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                FakeDevice.reply(response, "{\"result\":-17}");
            } else {
                FakeDevice.reply(response, "{\"result\":0}");
            }
        });
        device.behavioursCheckSessions = false;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<DeviceStatus>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> await(client.getStatusAsync())));
            }
            for (Future<DeviceStatus> result : results) {
                assertNotNull(result.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, allRefused.getCount());
        assertEquals(2, device.logins.get(), "first login plus exactly one re-login");
        assertEquals(2, client.loginCount());
    }

    @Test
    void oversizedReplyIsMalformedNotBuffered() throws Exception {
        device.onJson("get-settings", "{\"result\":0,\"name\":\"" + "x".repeat(200_000) + "\"}");
        UltraStreamClient client = client(options().maxResponseBytes(64 * 1024));
        UltraStreamMalformedReplyException e = assertThrows(UltraStreamMalformedReplyException.class,
                () -> await(client.getSettingsAsync()));
        assertEquals("get-settings", e.method());
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void garbageEmptyNonObjectAndResultlessRepliesAreMalformed() throws Exception {
        UltraStreamClient client = client(options());
        for (String body : List.of("{\"result\":0,\"cur-", "<html>", "", "[1,2]", "{\"name\":\"x\"}",
                "{\"result\":\"zero\"}")) {
            device.onJson("get-settings", body);
            assertThrows(UltraStreamMalformedReplyException.class, () -> await(client.getSettingsAsync()), body);
        }
    }

    @Test
    void httpErrorIsANetworkFailure() throws Exception {
        device.on("get-status", (request, response) -> response.sendError(500));
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class,
                () -> await(client(options()).getStatusAsync()));
        assertFalse(e instanceof UltraStreamTimeoutException);
        assertTrue(e.getMessage().contains("500"));
    }

    @Test
    void refusedConnectionIsANetworkFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        UltraStreamClient client = client(UltraStreamClientOptions.builder("127.0.0.1").port(closedPort));
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class,
                () -> await(client.pingAsync()));
        assertFalse(e instanceof UltraStreamTimeoutException);
        assertEquals("ping", e.method());
    }

    @Test
    void slowReplyIsATimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        device.on("ping", (request, response) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeDevice.reply(response, "{\"result\":0}");
        });
        UltraStreamClient client = client(options().requestTimeout(Duration.ofMillis(300)));
        try {
            assertThrows(UltraStreamTimeoutException.class, () -> await(client.pingAsync()));
        } finally {
            release.countDown();
        }
    }

    @Test
    void deviceRefusalCarriesTheCodeAndPositiveCodesAreReturned() throws Exception {
        device.onJson("stop-rec", "{\"result\":-9}");
        device.onJson("clear-test-usb", "{\"result\":1}");
        device.onJson("stop-live", "{\"result\":-77}");
        UltraStreamClient client = client(options());
        UltraStreamDeviceException e = assertThrows(UltraStreamDeviceException.class,
                () -> await(client.stopRecAsync()));
        assertEquals(ResultCode.ERR_BUSY, e.resultCode());
        assertEquals("stop-rec", e.method());
        assertEquals(ResultCode.RET_REPEAT, await(client.clearTestUsbAsync()));
        e = assertThrows(UltraStreamDeviceException.class, () -> await(client.stopLiveAsync()));
        assertEquals(ResultCode.UNKNOWN, e.resultCode());
        assertEquals(-77, e.rawResult());
    }

    @Test
    void secretsNeverAppearInLogsOrMessages() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> messages = new ArrayList<>();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            UltraStreamClient client = client(options());
            await(client.getStatusAsync());
            device.expireSession();
            await(client.getStatusAsync());
            await(client.chPasswordAsync("Admin", "Secret-Pw-1"));
            device.onJson("get-settings", "{\"result\":-17}");
            messages.add(assertThrows(UltraStreamException.class, () -> await(client.getSettingsAsync())).getMessage());
            messages.add(assertThrows(UltraStreamException.class,
                    () -> await(client(options().password("Wrong-Pw-2")).loginAsync())).getMessage());
            messages.add(client.options().toString());
        } finally {
            System.setErr(originalErr);
        }
        String everything = captured.toString(StandardCharsets.UTF_8) + String.join("\n", messages);
        assertTrue(everything.contains("Logging in"), "the capture must see the client's debug log");
        for (String secret : List.of(FakeDevice.PASSWORD_MD5, "fakesid", "Secret-Pw-1", "Wrong-Pw-2",
                org.openhab.binding.ultrastream.client.internal.Md5.hex("Secret-Pw-1"))) {
            assertFalse(everything.contains(secret), "leaked: " + secret);
        }
    }
}
