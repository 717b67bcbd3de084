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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The few helpers the client's calls are built from: a step that may refuse with an {@link UltraStreamException}
 * and starts the next exchange, and the failure a future ended with.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Futures {

    /** The next part of a call, given what the part before it read; may refuse before sending anything. */
    @FunctionalInterface
    public interface Step<A, B> {
        CompletableFuture<B> apply(A value) throws UltraStreamException;
    }

    /** The first part of a call: checks its arguments and starts an exchange. */
    @FunctionalInterface
    public interface Start<B> {
        CompletableFuture<B> get() throws UltraStreamException;
    }

    private Futures() {
    }

    /** Runs {@code start}; a refusal or a bug becomes a failed future instead of an exception to the caller. */
    public static <B> CompletableFuture<B> start(Start<B> start) {
        try {
            return start.get();
        } catch (UltraStreamException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs {@code step} on the value of {@code first} once it is there, on the thread that completed it. */
    public static <A, B> CompletableFuture<B> then(CompletableFuture<A> first, Step<A, B> step) {
        return first.thenCompose(value -> start(() -> step.apply(value)));
    }

    /** The failure itself, without the wrappers that {@link CompletableFuture} puts around it. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException || cause instanceof ExecutionException) {
            Throwable inner = cause.getCause();
            if (inner == null) {
                break;
            }
            cause = inner;
        }
        return cause;
    }
}
