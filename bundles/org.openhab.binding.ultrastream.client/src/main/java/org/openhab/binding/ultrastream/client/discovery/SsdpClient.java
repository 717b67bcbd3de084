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
package org.openhab.binding.ultrastream.client.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.BufferingResponseListener;
import org.eclipse.jetty.http.HttpMethod;
import org.openhab.binding.ultrastream.client.SerialNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds Ultra Streams and Ultra Encodes by SSDP, for programs outside openHAB (inside it the binding uses openHAB's
 * UPnP discovery): sends an M-SEARCH for the encoders' device type (the Ultra Stream's, which the Ultra Encode family
 * is taken to share: no source shows its description; {@link SsdpDevice#family()} tells them apart) on one interface,
 * collects the answers for a
 * while, then fetches each description with the given Jetty client and keeps the devices whose serial number is
 * valid. No thread of its own: a short task on the caller's scheduler drains a non-blocking socket.
 */
@NonNullByDefault
public final class SsdpClient {

    public static final String DEVICE_TYPE = "urn:schemas-magewell-com:device:UltraStream:1";
    public static final String GROUP = "239.255.255.250";
    public static final int PORT = 1900;

    /** Descriptions larger than this are refused; the real one is about 1 KB. */
    public static final int MAX_DESCRIPTION_BYTES = 64 * 1024;
    /** Distinct answering devices kept per search, so that a flood cannot grow memory without bound. */
    public static final int MAX_DEVICES = 512;

    private static final int MAX_DATAGRAM = 2048;
    private static final int MAX_DATAGRAMS_PER_TICK = 64;
    private static final long POLL_MILLIS = 20;

    private final Logger logger = LoggerFactory.getLogger(SsdpClient.class);
    private final NetworkInterface networkInterface;
    private final ScheduledExecutorService scheduler;
    private final HttpClient httpClient;
    private final Duration requestTimeout;

    /**
     * @param networkInterface the interface to search on, and no other
     * @param scheduler runs the short tasks of a search
     * @param httpClient a started Jetty client, for the descriptions
     * @param requestTimeout how long one description fetch may take
     */
    public SsdpClient(NetworkInterface networkInterface, ScheduledExecutorService scheduler, HttpClient httpClient,
            Duration requestTimeout) {
        this.networkInterface = networkInterface;
        this.scheduler = scheduler;
        this.httpClient = httpClient;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Searches for {@code window}, then fetches the descriptions. The future completes with the devices found
     * (possibly none), or exceptionally when the socket cannot be opened. Cancelling it ends the search.
     */
    public CompletableFuture<List<SsdpDevice>> search(Duration window) {
        CompletableFuture<List<SsdpDevice>> result = new CompletableFuture<>();
        Search search;
        try {
            search = new Search(window);
        } catch (IOException e) {
            result.completeExceptionally(e);
            return result;
        }
        // A cancelled search fetches no descriptions.
        search.answers.thenCompose(answers -> result.isDone()
                ? CompletableFuture.completedFuture(List.of())
                : describeAll(answers)).whenComplete((devices, error) -> {
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(devices);
                    }
                });
        result.whenComplete((devices, error) -> search.finish()); // cancelled by the caller: stop at once
        return result;
    }

    /** Fetches and reads one description; bounded in size and time. */
    public CompletableFuture<UpnpDeviceDescription> fetchDescription(URI location) {
        CompletableFuture<UpnpDeviceDescription> result = new CompletableFuture<>();
        httpClient.newRequest(location).method(HttpMethod.GET).followRedirects(false)
                .timeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .send(new BufferingResponseListener(MAX_DESCRIPTION_BYTES) {
                    @Override
                    public void onComplete(@Nullable Result done) {
                        if (done == null || done.isFailed()) {
                            Throwable failure = done == null ? null : done.getFailure();
                            result.completeExceptionally(new IOException("Description not fetched from " + location
                                    + ": " + (failure == null ? "unknown" : failure.getMessage()), failure));
                        } else if (done.getResponse().getStatus() != 200) {
                            result.completeExceptionally(new IOException(
                                    "Description at " + location + " answered HTTP " + done.getResponse().getStatus()));
                        } else {
                            try {
                                result.complete(UpnpDescriptionParser.parse(getContent()));
                            } catch (IOException e) {
                                result.completeExceptionally(e);
                            }
                        }
                    }
                });
        return result;
    }

    private CompletableFuture<List<SsdpDevice>> describeAll(List<SsdpResponse> answers) {
        List<CompletableFuture<@Nullable SsdpDevice>> fetches = new ArrayList<>();
        for (SsdpResponse answer : answers) {
            fetches.add(fetchDescription(answer.location()).handle((description, error) -> {
                if (error != null) {
                    logger.debug("Skipping SSDP answer from {}: {}", answer.source().getHostAddress(),
                            error.getMessage());
                    return null;
                }
                return toDevice(answer, description);
            }));
        }
        return CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<SsdpDevice> devices = new ArrayList<>();
            for (CompletableFuture<@Nullable SsdpDevice> fetch : fetches) {
                // allOf has completed every fetch, and each turned its failure into null: nothing waits here
                SsdpDevice device = fetch.getNow(null);
                if (device != null) {
                    devices.add(device);
                }
            }
            return devices;
        });
    }

    /** The serial is taken from the description's {@code serialNumber}; without a valid one, no match. */
    private @Nullable SsdpDevice toDevice(SsdpResponse answer, UpnpDeviceDescription description) {
        if (!DEVICE_TYPE.equals(description.deviceType()) || !SerialNumber.isValid(description.serialNumber())
                || description.udn().isEmpty()) {
            logger.debug("Description at {} is not a Magewell encoder with a valid serial number", answer.location());
            return null;
        }
        return new SsdpDevice(description.serialNumber(), description.friendlyName(), description.modelName(),
                description.modelNumber(), description.udn(), answer.location(), answer.source());
    }

    /** One M-SEARCH and the answers to it, until the window closes. */
    private final class Search {
        final CompletableFuture<List<SsdpResponse>> answers = new CompletableFuture<>();
        private final DatagramChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM + 1);
        private final Map<URI, SsdpResponse> byLocation = new LinkedHashMap<>();
        private final ScheduledFuture<?> poller;
        private final ScheduledFuture<?> resend;
        private final ScheduledFuture<?> end;

        Search(Duration window) throws IOException {
            channel = DatagramChannel.open(StandardProtocolFamily.INET);
            try {
                channel.bind(new InetSocketAddress(0));
                // Explicitly, so that the search goes out on the chosen interface and no other.
                channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, networkInterface);
                channel.configureBlocking(false);
                sendSearch(window);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            long windowMillis = Math.max(POLL_MILLIS, window.toMillis());
            poller = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
            // UDP may lose the first search; a second one a third into the window is common practice.
            resend = scheduler.schedule(() -> sendSearch(window), windowMillis / 3, TimeUnit.MILLISECONDS);
            end = scheduler.schedule(this::finish, windowMillis, TimeUnit.MILLISECONDS);
        }

        private void sendSearch(Duration window) {
            long mx = Math.max(1, Math.min(5, window.toSeconds()));
            String search = "M-SEARCH * HTTP/1.1\r\nHOST: " + GROUP + ":" + PORT + "\r\nMAN: \"ssdp:discover\"\r\n"
                    + "MX: " + mx + "\r\nST: " + DEVICE_TYPE + "\r\n\r\n";
            try {
                channel.send(ByteBuffer.wrap(search.getBytes(StandardCharsets.US_ASCII)),
                        new InetSocketAddress(InetAddress.getByName(GROUP), PORT));
            } catch (IOException e) {
                logger.debug("M-SEARCH not sent via {}: {}", networkInterface.getName(), e.getMessage());
            }
        }

        private synchronized void poll() {
            try {
                for (int i = 0; i < MAX_DATAGRAMS_PER_TICK && channel.isOpen(); i++) {
                    buffer.clear();
                    SocketAddress source = channel.receive(buffer);
                    if (!(source instanceof InetSocketAddress sender)) {
                        return;
                    }
                    buffer.flip();
                    if (buffer.remaining() <= MAX_DATAGRAM) {
                        accept(StandardCharsets.ISO_8859_1.decode(buffer).toString(), sender.getAddress());
                    }
                }
            } catch (IOException | RuntimeException e) {
                logger.debug("SSDP receive failed: {}", e.getMessage());
            }
        }

        private void accept(String text, InetAddress sender) {
            SsdpResponse answer = SsdpResponse.parse(text, sender);
            if (answer != null && DEVICE_TYPE.equals(answer.searchTarget()) && byLocation.size() < MAX_DEVICES) {
                byLocation.putIfAbsent(answer.location(), answer);
            }
        }

        synchronized void finish() {
            poller.cancel(false);
            resend.cancel(false);
            end.cancel(false);
            try {
                channel.close();
            } catch (IOException e) {
                logger.debug("Closing the SSDP socket failed: {}", e.getMessage());
            }
            answers.complete(List.copyOf(byLocation.values()));
        }
    }
}
