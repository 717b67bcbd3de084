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
package org.openhab.binding.ultrastream.internal.firmware;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;

/**
 * What the firmware side needs of an encoder's handler: what it last read, and its queue of device work.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface FirmwareDevice {

    /** Whether the thing is ONLINE (connected, and not rebooting or updating). */
    boolean isOnline();

    @Nullable
    DeviceStatus getLatestStatus();

    @Nullable
    DeviceInfo getLatestInfo();

    /**
     * Runs one client call as work in the handler's queue, in turn with its polls and commands; returns at once.
     * The future completes with the device's answer, exceptionally with an {@code UltraStreamException} when it did
     * not answer or refused.
     */
    <T> CompletableFuture<T> submit(Function<UltraStreamClient, CompletableFuture<T>> call);
}
