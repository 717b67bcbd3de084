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

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.StringJoiner;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A bare test client for one emulated device, on the JDK's HttpClient: it keeps the {@code sid} cookie itself,
 * like a real app. Not the project's client library, which is tested against the emulator, not the other way.
 */
@NonNullByDefault
final class AppClient {

    static final String ADMIN_MD5 = "e3afed0047b08059d0fada10f400c1e5";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final EmulatedDevice device;
    private @Nullable String sid;

    AppClient(EmulatedDevice device) {
        this.device = device;
    }

    static AppClient loggedIn(EmulatedDevice device) {
        AppClient u = new AppClient(device);
        JsonObject r = u.call("login", "id", "Admin", "pass", ADMIN_MD5);
        if (r.get("result").getAsInt() != 0) {
            throw new IllegalStateException("login failed: " + r);
        }
        return u;
    }

    @Nullable
    String sid() {
        return sid;
    }

    void sid(@Nullable String sid) {
        this.sid = sid;
    }

    /** Calls a method with name/value pairs and returns the JSON reply. */
    JsonObject call(String method, String... params) {
        HttpResponse<String> response = get(method, params);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    int result(String method, String... params) {
        return call(method, params).get("result").getAsInt();
    }

    HttpResponse<String> get(String method, String... params) {
        return send(HttpRequest.newBuilder(uri(method, params)).GET());
    }

    JsonObject postJson(String method, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(method))
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return JsonParser.parseString(send(b).body()).getAsJsonObject();
    }

    JsonObject upload(String fileName, byte[] content) {
        String boundary = "----emulator-test-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), content, tail.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("upload-update-file"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return JsonParser.parseString(send(b).body()).getAsJsonObject();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        String s = sid;
        if (s != null) {
            builder.header("Cookie", "sid=" + s);
        }
        builder.timeout(Duration.ofSeconds(10));
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Optional<String> cookie = response.headers().firstValue("Set-Cookie");
            cookie.filter(c -> c.startsWith("sid=")).ifPresent(c -> sid = c.substring(4).split(";")[0]);
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String method, String... params) {
        StringJoiner query = new StringJoiner("&");
        query.add("method=" + method);
        for (int i = 0; i + 1 < params.length; i += 2) {
            query.add(encode(params[i]) + "=" + encode(params[i + 1]));
        }
        return URI.create(device.baseUri() + "/usapi?" + query);
    }

    /** GET any path of the device's HTTP or download port, as bytes. */
    static HttpResponse<byte[]> fetch(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
