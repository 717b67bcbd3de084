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
package org.openhab.binding.ultrastream.client.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.client.util.InputStreamResponseListener;
import org.eclipse.jetty.client.util.MultiPartContentProvider;
import org.eclipse.jetty.client.util.PathContentProvider;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.openhab.binding.ultrastream.client.UltraStreamClientOptions;
import org.openhab.binding.ultrastream.client.UltraStreamException;
import org.openhab.binding.ultrastream.client.UltraStreamMalformedReplyException;
import org.openhab.binding.ultrastream.client.UltraStreamNetworkException;
import org.openhab.binding.ultrastream.client.UltraStreamTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves bytes between the client and one device, and turns every way that can fail into a typed exception. It
 * knows the URL scheme of the API, the {@code sid} cookie and the size bounds; it knows nothing about sessions or
 * about what a method means.
 * <p>
 * Parameters go through Jetty's query parameters, which URL-encode names and values, so a value such as
 * {@code a&method=reboot} reaches the device as data. Replies are read through a listener that aborts past
 * {@link UltraStreamClientOptions#maxResponseBytes()}. The session id is sent as a request cookie and removed
 * from the (possibly shared) HttpClient's cookie store as soon as it arrives, so that clients of different devices
 * or users never pick up each other's session.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class UsapiTransport {

    public static final String SESSION_COOKIE = "sid";

    private static final String API_PATH = "/usapi";
    /** Extra wait on top of Jetty's own total timeout, which normally fires first. */
    private static final long GRACE_MILLIS = 2000;

    private final Logger logger = LoggerFactory.getLogger(UsapiTransport.class);
    private final HttpClient httpClient;
    private final UltraStreamClientOptions options;

    public UsapiTransport(HttpClient httpClient, UltraStreamClientOptions options) {
        this.httpClient = httpClient;
        this.options = options;
    }

    /** A GET of {@code /usapi?method=...&name=value...}; parameters in the given order. */
    public UsapiReply get(String method, Map<String, String> params, @Nullable String sessionId)
            throws UltraStreamException {
        Request request = newApiRequest(method, sessionId).method(HttpMethod.GET);
        params.forEach(request::param);
        return exchangeJson(method, request, options.requestTimeout());
    }

    /** A POST of a JSON body to {@code /usapi?method=...} ({@code del-media-files}). */
    public UsapiReply postJson(String method, String json, @Nullable String sessionId) throws UltraStreamException {
        Request request = newApiRequest(method, sessionId).method(HttpMethod.POST)
                .content(new StringContentProvider("application/json;charset=UTF-8", json, StandardCharsets.UTF_8));
        return exchangeJson(method, request, options.requestTimeout());
    }

    /**
     * A multipart POST of a file ({@code upload-update-file}). The file is streamed from disk in chunks, never read
     * into memory as a whole.
     */
    public UsapiReply postFile(String method, String partName, Path file, @Nullable String sessionId)
            throws UltraStreamException {
        MultiPartContentProvider multiPart = new MultiPartContentProvider();
        try {
            multiPart.addFilePart(partName, String.valueOf(file.getFileName()),
                    new PathContentProvider("application/octet-stream", file), null);
        } catch (IOException e) {
            throw new UltraStreamNetworkException(method, "cannot read " + file + ": " + e.getMessage(), e);
        }
        multiPart.close();
        Request request = newApiRequest(method, sessionId).method(HttpMethod.POST).content(multiPart);
        return exchangeJson(method, request, options.transferTimeout());
    }

    /** Bytes of a resource on the API port that needs no session (the snapshot), bounded. */
    public BoundedContent fetch(String what, String path, int maxBytes) throws UltraStreamException {
        Request request = httpClient.newRequest(uri(what, options.port(), path)).method(HttpMethod.GET);
        return exchange(what, request, options.requestTimeout(), maxBytes);
    }

    /**
     * Streams a file from the download port to {@code target}. The bytes go to a temporary file beside it first, so
     * a failed download leaves no partial file under the final name.
     */
    public long download(String what, String path, Path target, long maxBytes) throws UltraStreamException {
        Request request = httpClient.newRequest(uri(what, options.downloadPort(), path)).method(HttpMethod.GET)
                .timeout(options.transferTimeout().toMillis(), TimeUnit.MILLISECONDS);
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Response response = await(what, request, options.requestTimeout(), maxBytes, listener::get);
            if (response.getStatus() != HttpStatus.OK_200) {
                request.abort(new IOException("HTTP " + response.getStatus()));
                throw new UltraStreamNetworkException(what, "HTTP status " + response.getStatus());
            }
            long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH.asString());
            if (declared > maxBytes) {
                request.abort(new IOException("too large"));
                throw new UltraStreamMalformedReplyException(what,
                        "file of " + declared + " bytes exceeds the bound of " + maxBytes);
            }
            long written = copyBounded(what, listener.getInputStream(), partial, maxBytes, request);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw translate(what, e, maxBytes);
        } finally {
            deleteQuietly(partial);
        }
    }

    private long copyBounded(String what, InputStream in, Path partial, long maxBytes, Request request)
            throws IOException, UltraStreamException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream input = in; OutputStream out = Files.newOutputStream(partial)) {
            int read;
            while ((read = input.read(buffer)) >= 0) {
                written += read;
                if (written > maxBytes) {
                    request.abort(new IOException("too large"));
                    throw new UltraStreamMalformedReplyException(what, "file exceeds the bound of " + maxBytes);
                }
                out.write(buffer, 0, read);
            }
        }
        return written;
    }

    private Request newApiRequest(String method, @Nullable String sessionId) throws UltraStreamException {
        Request request = httpClient.newRequest(uri(method, options.port(), API_PATH)).param("method", method);
        if (sessionId != null) {
            request.cookie(new HttpCookie(SESSION_COOKIE, sessionId));
        }
        return request;
    }

    /** An http URI on the device; the multi-argument URI constructor percent-encodes the path. */
    private URI uri(String what, int port, String path) throws UltraStreamException {
        try {
            return new URI("http", null, options.host(), port, path, null, null);
        } catch (URISyntaxException e) {
            throw new UltraStreamNetworkException(what, "invalid address: " + e.getMessage(), e);
        }
    }

    private UsapiReply exchangeJson(String method, Request request, Duration timeout) throws UltraStreamException {
        BoundedContent content = exchange(method, request, timeout, options.maxResponseBytes());
        String sessionId = takeSessionCookie(request.getURI(), content.response());
        return UsapiReply.of(method, new String(content.bytes(), StandardCharsets.UTF_8), sessionId);
    }

    private BoundedContent exchange(String what, Request request, Duration timeout, int maxBytes)
            throws UltraStreamException {
        request.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<BoundedContent> future = new CompletableFuture<>();
        request.send(new BufferingResponseListener(maxBytes) {
            @Override
            public void onComplete(@Nullable Result result) {
                if (result == null) {
                    future.completeExceptionally(new IOException("no result"));
                } else if (result.isFailed()) {
                    Throwable failure = result.getFailure();
                    future.completeExceptionally(failure != null ? failure : new IOException("failed"));
                } else {
                    future.complete(new BoundedContent(result.getResponse(), getContent(), getMediaType()));
                }
            }
        });
        BoundedContent content = await(what, request, timeout, maxBytes, future::get);
        int status = content.response().getStatus();
        if (status != HttpStatus.OK_200) {
            throw new UltraStreamNetworkException(what, "HTTP status " + status);
        }
        return content;
    }

    /** Something that delivers a result within a time, as Jetty's listeners and futures do. */
    @FunctionalInterface
    private interface Waiter<T> {
        T get(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException, ExecutionException;
    }

    /** Waits for {@code waiter} a little longer than Jetty's own timeout, translating every way it can fail. */
    private <T> T await(String what, Request request, Duration timeout, long maxBytes, Waiter<T> waiter)
            throws UltraStreamException {
        try {
            return waiter.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.abort(e);
            throw new UltraStreamNetworkException(what, "interrupted", e);
        } catch (TimeoutException e) {
            request.abort(e);
            throw new UltraStreamTimeoutException(what, "no reply within " + timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw translate(what, cause != null ? cause : e, maxBytes);
        }
    }

    private UltraStreamException translate(String what, Throwable failure, long maxBytes) {
        if (failure instanceof UltraStreamException e) {
            return e;
        }
        if (failure instanceof TimeoutException) {
            return new UltraStreamTimeoutException(what, "no reply in time", failure);
        }
        String message = String.valueOf(failure.getMessage());
        if (failure instanceof IllegalArgumentException && message.contains("Buffering capacity")) {
            return new UltraStreamMalformedReplyException(what, "reply larger than " + maxBytes + " bytes", failure);
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            return new UltraStreamNetworkException(what, "cannot connect to " + options.host() + ": " + message,
                    failure);
        }
        if (failure instanceof EOFException) {
            // Jetty's message here is a dump of its connection objects, unfit for a thing status the user reads.
            return new UltraStreamNetworkException(what,
                    "the device closed the connection before the reply was complete", failure);
        }
        return new UltraStreamNetworkException(what, failure.getClass().getSimpleName() + ": " + message, failure);
    }

    /** The {@code sid} the device set, removed from the HttpClient's cookie store (see the class comment). */
    private @Nullable String takeSessionCookie(URI uri, Response response) {
        String sessionId = null;
        for (String header : response.getHeaders().getValuesList(HttpHeader.SET_COOKIE)) {
            try {
                for (HttpCookie cookie : HttpCookie.parse(header)) {
                    if (SESSION_COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                        sessionId = cookie.getValue();
                    }
                }
            } catch (IllegalArgumentException e) {
                logger.debug("Ignoring an unparsable Set-Cookie header from {}", options.host());
            }
        }
        CookieStore store = httpClient.getCookieStore();
        if (sessionId != null && store != null) {
            for (HttpCookie stored : store.get(uri)) {
                if (SESSION_COOKIE.equals(stored.getName())) {
                    store.remove(uri, stored);
                }
            }
        }
        return sessionId;
    }

    private void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            logger.debug("Cannot delete {}: {}", file, e.getMessage());
        }
    }

    /** A buffered reply: the response head, its bytes (at most the bound) and its media type. */
    public record BoundedContent(Response response, byte[] bytes, @Nullable String mediaType) {
    }
}
