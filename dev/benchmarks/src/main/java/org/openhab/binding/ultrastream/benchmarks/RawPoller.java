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
package org.openhab.binding.ultrastream.benchmarks;

import java.math.BigInteger;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The floor: what any program must at least do to poll one device. It logs in once, then each {@link #poll()}
 * GETs {@code get-status} with the session cookie and parses the reply into a Gson tree, nothing else.
 * <p>
 * The session id is kept here, not in Jetty's cookie store: the store keys cookies by host, not port, so devices on
 * one host (as emulated devices are) would overwrite one another's {@code sid}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RawPoller {

    private static final String SESSION_COOKIE = "sid";

    private final HttpClient httpClient;
    private final URI status;
    private final String sessionId;

    public RawPoller(HttpClient httpClient, int port) throws Exception {
        this.httpClient = httpClient;
        String base = "http://" + Loopback.HOST + ":" + port + "/usapi?method=";
        this.status = URI.create(base + "get-status");
        ContentResponse login = httpClient.newRequest(
                URI.create(base + "login&id=" + Loopback.USER + "&pass=" + md5Hex(Loopback.PASSWORD)))
                .timeout(5, TimeUnit.SECONDS).send();
        JsonElement reply = JsonParser.parseString(login.getContentAsString());
        if (reply.getAsJsonObject().get("result").getAsInt() != 0) {
            throw new IllegalStateException("login refused: " + reply);
        }
        String sid = null;
        for (String setCookie : login.getHeaders().getValuesList(HttpHeader.SET_COOKIE)) {
            for (HttpCookie cookie : HttpCookie.parse(setCookie)) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    sid = cookie.getValue();
                }
            }
        }
        if (sid == null) {
            throw new IllegalStateException("login set no session cookie");
        }
        sessionId = sid;
        httpClient.getCookieStore().removeAll(); // see the class comment
    }

    /**
     * One poll: GET get-status and parse it into a tree. A reply other than success fails loudly, so that an
     * expired session cannot pass for a fast poll.
     */
    public JsonElement poll() throws Exception {
        ContentResponse response = httpClient.newRequest(status).cookie(new HttpCookie(SESSION_COOKIE, sessionId))
                .timeout(5, TimeUnit.SECONDS).send();
        JsonElement reply = JsonParser.parseString(response.getContentAsString());
        JsonElement result = reply.getAsJsonObject().get("result");
        if (result == null || result.getAsInt() != 0) {
            throw new IllegalStateException("get-status answered " + result);
        }
        return reply;
    }

    /** The device's reply to get-status as text, for the in-memory benchmarks. */
    public String statusText() throws Exception {
        return httpClient.newRequest(status).cookie(new HttpCookie(SESSION_COOKIE, sessionId))
                .timeout(5, TimeUnit.SECONDS).send().getContentAsString();
    }

    static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
