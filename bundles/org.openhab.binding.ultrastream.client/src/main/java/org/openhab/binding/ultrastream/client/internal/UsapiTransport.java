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
import java.net.ConnectException;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.client.util.MultiPartContentProvider;
import org.eclipse.jetty.client.util.PathContentProvider;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.openhab.binding.ultrastream.client.Futures;
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
 * about what a method means. Every exchange returns at once with a future that completes with the reply, or a failure
 * at the latest when the request's total timeout fires: no thread waits for a device. Jetty's I/O buffers the reply
 * and hands it to the {@code replies} executor, in whose task the future completes and the reply is read.
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
    private final Logger logger = LoggerFactory.getLogger(UsapiTransport.class);
    private final HttpClient httpClient;
    private final UltraStreamClientOptions options;
    private final Executor replies;

    /** @param replies where the futures of exchanges complete (see the class comment) */
    public UsapiTransport(HttpClient httpClient, UltraStreamClientOptions options, Executor replies) {
        this.httpClient = httpClient;
        this.options = options;
        this.replies = replies;
    }

    /** A GET of {@code /usapi?method=...&name=value...}; parameters in the given order. */
    public CompletableFuture<UsapiReply> get(String method, Map<String, String> params, @Nullable String sessionId) {
        return Futures.start(() -> {
            Request request = newApiRequest(method, sessionId).method(HttpMethod.GET);
            params.forEach(request::param);
            return exchangeJson(method, request, options.requestTimeout());
        });
    }

    /** A POST of a JSON body to {@code /usapi?method=...} ({@code del-media-files}). */
    public CompletableFuture<UsapiReply> postJson(String method, String json, @Nullable String sessionId) {
        return Futures.start(() -> {
            Request request = newApiRequest(method, sessionId).method(HttpMethod.POST).content(
                    new StringContentProvider("application/json;charset=UTF-8", json, StandardCharsets.UTF_8));
            return exchangeJson(method, request, options.requestTimeout());
        });
    }

    /**
     * A multipart POST of a file ({@code upload-update-file}). The file is streamed from disk in chunks as Jetty
     * sends it, never read into memory as a whole.
     */
    public CompletableFuture<UsapiReply> postFile(String method, String partName, Path file,
            @Nullable String sessionId) {
        return Futures.start(() -> {
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
        });
    }

    /** Bytes of a resource on the API port that needs no session (the snapshot), bounded. */
    public CompletableFuture<BoundedContent> fetch(String what, String path, int maxBytes) {
        return Futures.start(() -> exchange(what,
                httpClient.newRequest(uri(what, options.port(), path)).method(HttpMethod.GET),
                options.requestTimeout(), maxBytes));
    }

    /**
     * Streams a file from the download port to {@code target}, written as Jetty hands over the bytes. They go to a
     * temporary file beside it first, so a failed download leaves no partial file under the final name.
     *
     * @return the future number of bytes written
     */
    public CompletableFuture<Long> download(String what, String path, Path target, long maxBytes) {
        return Futures.start(() -> {
            Request request = httpClient.newRequest(uri(what, options.downloadPort(), path)).method(HttpMethod.GET)
                    .timeout(options.transferTimeout().toMillis(), TimeUnit.MILLISECONDS);
            FileDownload download = new FileDownload(what, target, maxBytes);
            request.send(download);
            return download.done;
        });
    }

    /** Writes a download's bytes to a file as they come; aborts past the bound or on an HTTP error. */
    private final class FileDownload extends Response.Listener.Adapter {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private final String what;
        private final Path target;
        private final Path partial;
        private final long maxBytes;
        private @Nullable FileChannel channel;
        private long written;

        FileDownload(String what, Path target, long maxBytes) {
            this.what = what;
            this.target = target;
            this.partial = target.resolveSibling(target.getFileName() + ".part");
            this.maxBytes = maxBytes;
        }

        @Override
        public void onHeaders(@Nullable Response response) {
            if (response == null) {
                return;
            }
            if (response.getStatus() != HttpStatus.OK_200) {
                response.abort(new UltraStreamNetworkException(what, "HTTP status " + response.getStatus()));
                return;
            }
            long declared = response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH.asString());
            if (declared > maxBytes) {
                response.abort(new UltraStreamMalformedReplyException(what,
                        "file of " + declared + " bytes exceeds the bound of " + maxBytes));
                return;
            }
            try {
                channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                response.abort(e);
            }
        }

        @Override
        public void onContent(@Nullable Response response, @Nullable ByteBuffer content) {
            FileChannel out = channel;
            if (response == null || content == null || out == null) {
                return;
            }
            written += content.remaining();
            if (written > maxBytes) {
                response.abort(
                        new UltraStreamMalformedReplyException(what, "file exceeds the bound of " + maxBytes));
                return;
            }
            try {
                while (content.hasRemaining()) {
                    out.write(content);
                }
            } catch (IOException e) {
                response.abort(e);
            }
        }

        @Override
        public void onComplete(@Nullable Result result) {
            FileChannel out = channel;
            try {
                if (out != null) {
                    out.close();
                }
                Throwable failure = result == null ? new IOException("no result") : result.getFailure();
                if (failure != null) {
                    done.completeExceptionally(translate(what, failure, maxBytes));
                    return;
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                done.complete(written);
            } catch (IOException e) {
                done.completeExceptionally(translate(what, e, maxBytes));
            } finally {
                deleteQuietly(partial);
            }
        }
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

    private CompletableFuture<UsapiReply> exchangeJson(String method, Request request, Duration timeout) {
        return Futures.then(exchange(method, request, timeout, options.maxResponseBytes()), content -> {
            String sessionId = takeSessionCookie(request.getURI(), content.response());
            return CompletableFuture.completedFuture(
                    UsapiReply.of(method, new String(content.bytes(), StandardCharsets.UTF_8), sessionId));
        });
    }

    /**
     * Sends {@code request} and buffers its reply up to {@code maxBytes}. The future completes in a task of the
     * {@code replies} executor, at the latest when Jetty's total timeout for the request fires; nothing waits for it.
     */
    private CompletableFuture<BoundedContent> exchange(String what, Request request, Duration timeout, int maxBytes) {
        request.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<BoundedContent> future = new CompletableFuture<>();
        request.send(new BufferingResponseListener(maxBytes) {
            @Override
            public void onComplete(@Nullable Result result) {
                Throwable failure = result == null ? new IOException("no result") : result.getFailure();
                if (result == null || failure != null) {
                    UltraStreamException e = translate(what, failure, maxBytes);
                    handOver(() -> future.completeExceptionally(e));
                } else if (result.getResponse().getStatus() != HttpStatus.OK_200) {
                    UltraStreamException e = new UltraStreamNetworkException(what,
                            "HTTP status " + result.getResponse().getStatus());
                    handOver(() -> future.completeExceptionally(e));
                } else {
                    BoundedContent content = new BoundedContent(result.getResponse(), getContent(), getMediaType());
                    handOver(() -> future.complete(content));
                }
            }
        });
        return future;
    }

    /** Completes a future in a task of the {@code replies} executor; here, when it takes no more tasks. */
    private void handOver(Runnable completion) {
        try {
            replies.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run(); // the executor is shutting down: the caller still learns how the exchange ended
        }
    }

    private UltraStreamException translate(String what, @Nullable Throwable failure, long maxBytes) {
        if (failure == null) {
            return new UltraStreamNetworkException(what, "failed without a cause");
        }
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
