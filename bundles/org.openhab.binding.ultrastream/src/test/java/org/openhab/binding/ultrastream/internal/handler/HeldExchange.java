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
package org.openhab.binding.ultrastream.internal.handler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.util.Fields;

/**
 * A device exchange that hangs for exactly as long as a test wants: the next {@code /usapi} request of one method
 * is held in the thread that sends it (Jetty tells request listeners that a request is queued in the sending
 * thread), before it leaves, until {@link #release()}. The handler's task that sends it waits there, as it would
 * for a slow device, and holds the device lock meanwhile.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HeldExchange extends Request.Listener.Adapter implements AutoCloseable {

    /** How long a held request waits at most, so that a failing test cannot hang the build. */
    private static final long MAX_HOLD_SECONDS = 30;

    private final HttpClient httpClient;
    private final String method;
    private final AtomicBoolean armed = new AtomicBoolean(true);
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private HeldExchange(HttpClient httpClient, String method) {
        this.httpClient = httpClient;
        this.method = method;
    }

    /** Holds the next request of {@code method} (for example {@code get-status}) sent through {@code httpClient}. */
    public static HeldExchange holdNext(HttpClient httpClient, String method) {
        HeldExchange held = new HeldExchange(httpClient, method);
        httpClient.getRequestListeners().add(held);
        return held;
    }

    @Override
    public void onQueued(@Nullable Request request) {
        Fields.Field methodParam = request == null ? null : request.getParams().get("method");
        if (methodParam == null || !method.equals(methodParam.getValue()) || !armed.compareAndSet(true, false)) {
            return;
        }
        reached.countDown();
        try {
            released.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits, bounded, until the request is held; false when it never came. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return reached.await(seconds, TimeUnit.SECONDS);
    }

    /** Whether the request is held right now: it came and was not released. */
    public boolean isHeld() {
        return reached.getCount() == 0 && released.getCount() > 0;
    }

    /** Lets the request go on to the device. */
    public void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        httpClient.getRequestListeners().remove(this);
    }
}
