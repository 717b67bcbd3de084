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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;

/**
 * The calls against the emulator over loopback as the futures they are: the caller gets a future at once, Jetty's I/O
 * completes it, and concurrent callers share one session.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class AsyncCallsTest {

    @RegisterExtension
    final EmulatedDeviceExtension emulated = new EmulatedDeviceExtension();

    @Test
    void repliesAreReadAndFuturesCompletedOnTheGivenExecutor() throws Exception {
        ExecutorService replies = Executors.newSingleThreadExecutor(r -> new Thread(r, "replies"));
        try {
            UltraStreamClient client = new UltraStreamClient(emulated.httpClient,
                    emulated.optionsFor("Admin", "Admin").build(), replies);
            String thread = client.getStatusAsync().thenApply(status -> Thread.currentThread().getName()).get(10,
                    TimeUnit.SECONDS);
            assertEquals("replies", thread);
            UltraStreamException refused = assertThrows(UltraStreamException.class,
                    () -> Await.await(client.setNameAsync(" leading space")));
            assertInstanceOf(UltraStreamPreconditionException.class, refused);
        } finally {
            replies.shutdownNow();
        }
    }

    @Test
    void concurrentCallsOfAFreshClientShareOneLogin() throws Exception {
        UltraStreamClient client = emulated.client();
        List<CompletableFuture<DeviceStatus>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(client.getStatusAsync());
        }
        for (CompletableFuture<DeviceStatus> call : calls) {
            assertNotNull(call.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, emulated.device().requestCount("login"), "one login for every caller");
        assertEquals(1, client.loginCount());
        assertEquals(20, emulated.device().requestCount("get-status"));
    }

    @Test
    void anExpiredSessionIsRenewedOnceForEveryCallerThatSawIt() throws Exception {
        UltraStreamClient client = emulated.client();
        client.loginAsync().get(10, TimeUnit.SECONDS);
        emulated.device().faults().expireSessions();

        List<CompletableFuture<DeviceStatus>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(client.getStatusAsync());
        }
        for (CompletableFuture<DeviceStatus> call : calls) {
            assertNotNull(call.get(10, TimeUnit.SECONDS));
        }
        assertEquals(2, client.loginCount(), "the first login and one re-login");
        assertEquals(2, emulated.device().requestCount("login"));
    }

    @Test
    void aRefusalBeforeSendingIsAFailedFutureNotAnException() throws Exception {
        CompletableFuture<ResultCode> call = emulated.client().setNameAsync(" leading space");
        ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        assertInstanceOf(UltraStreamPreconditionException.class, e.getCause());
        assertEquals(0, emulated.device().requestCount("set-name"));
    }

    @Test
    void aTimeoutCompletesTheFutureFromJettyWhileNoCallerWaits() throws Exception {
        UltraStreamClient client = new UltraStreamClient(emulated.httpClient,
                emulated.optionsFor("Admin", "Admin").requestTimeout(Duration.ofMillis(500)).build());
        client.loginAsync().get(10, TimeUnit.SECONDS);
        emulated.device().faults().latency(Duration.ofSeconds(3));

        AtomicReference<String> completedOn = new AtomicReference<>("");
        CompletableFuture<DeviceStatus> call = client.getStatusAsync();
        assertFalse(call.isDone(), "the call returned before the device answered: the caller was not held");
        CompletableFuture<DeviceStatus> observed = call
                .whenComplete((status, failure) -> completedOn.set(Thread.currentThread().getName()));

        ExecutionException e = assertThrows(ExecutionException.class, () -> observed.get(10, TimeUnit.SECONDS));
        assertInstanceOf(UltraStreamTimeoutException.class, e.getCause());
        assertNotEquals(Thread.currentThread().getName(), completedOn.get());
        assertTrue(completedOn.get().startsWith("HttpClient@"), "completed on " + completedOn.get());
    }
}
