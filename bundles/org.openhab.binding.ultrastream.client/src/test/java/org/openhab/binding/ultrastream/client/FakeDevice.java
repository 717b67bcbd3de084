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

import java.io.IOException;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * A tiny local stand-in for a device, on loopback, for what the emulator does not do on purpose: odd replies,
 * counted logins, held replies. It implements {@code login} with a {@code sid} cookie and answers every other
 * method from a programmable reply, {@code -17} when the session is not the current one.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class FakeDevice implements AutoCloseable {

    /** What the device does for one request. */
    @FunctionalInterface
    interface Behaviour {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** One request as received, parameters decoded by the server. */
    record Received(String method, Map<String, String[]> params, @Nullable String cookie, String rawQuery) {
    }

    static final String PASSWORD_MD5 = "e3afed0047b08059d0fada10f400c1e5"; // MD5("Admin")

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger sessionCounter = new AtomicInteger();
    private volatile @Nullable String validSid;
    volatile int loginResult = 0;
    /** When false, programmed behaviours see every request and judge the session themselves. */
    volatile boolean behavioursCheckSessions = true;

    FakeDevice() throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest request,
                    @Nullable HttpServletResponse response) throws IOException {
                if (base == null || request == null || response == null) {
                    return;
                }
                base.setHandled(true);
                FakeDevice.this.handle(request, response);
            }
        });
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    /** The session id of the last successful login. */
    @Nullable
    String validSid() {
        return validSid;
    }

    void expireSession() {
        validSid = null;
    }

    void on(String method, Behaviour behaviour) {
        behaviours.put(method, behaviour);
    }

    void onJson(String method, String json) {
        on(method, (request, response) -> reply(response, json));
    }

    static void reply(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = String.valueOf(request.getParameter("method"));
        received.add(new Received(method, Map.copyOf(request.getParameterMap()), request.getHeader("Cookie"),
                String.valueOf(request.getQueryString())));
        if ("login".equals(method)) {
            logins.incrementAndGet();
            if (loginResult == 0 && PASSWORD_MD5.equals(request.getParameter("pass"))) {
                String sid = "fakesid" + sessionCounter.incrementAndGet() + "x9";
                validSid = sid;
                response.addHeader("Set-Cookie", "sid=" + sid + "; Path=/");
                reply(response, "{\"result\":0}");
            } else {
                reply(response, "{\"result\":" + (loginResult != 0 ? loginResult : -1) + "}");
            }
            return;
        }
        Behaviour behaviour = behaviours.get(method);
        if (behaviour != null && behavioursCheckSessions && !"ping".equals(method) && !hasValidSession(request)) {
            reply(response, "{\"result\":-17}");
            return;
        }
        if (behaviour == null) {
            reply(response, hasValidSession(request) ? "{\"result\":0}" : "{\"result\":-17}");
        } else {
            behaviour.handle(request, response);
        }
    }

    boolean hasValidSession(HttpServletRequest request) {
        String sid = validSid;
        String header = request.getHeader("Cookie");
        if (sid == null || header == null) {
            return false;
        }
        for (String part : header.split(";")) {
            List<HttpCookie> cookies = HttpCookie.parse(part.trim());
            if (!cookies.isEmpty() && "sid".equals(cookies.get(0).getName())
                    && sid.equals(cookies.get(0).getValue())) {
                return true;
            }
        }
        return false;
    }

    int count(String method) {
        return (int) received.stream().filter(r -> r.method().equals(method)).count();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
