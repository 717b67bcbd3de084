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

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UpdateMode;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.FirmwareUploadReply;

/**
 * A {@link FirmwareDevice} made of {@link UltraStreamClient} calls, each run as work in the handler's queue of device
 * work ({@link Encoder#submit}), so that they take their turn with the handler's polls and commands.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ClientFirmwareDevice implements FirmwareDevice {

    /** One client call: starts its exchanges and returns their future. */
    @FunctionalInterface
    public interface ClientCall<T> {
        CompletableFuture<T> send(UltraStreamClient client);
    }

    /** What the handler offers: its state, and one way to the device. */
    public interface Encoder {
        boolean isOnline();

        @Nullable
        DeviceStatus getLatestStatus();

        @Nullable
        DeviceInfo getLatestInfo();

        /** Runs the call when the device is free; the future completes with its answer or exception. */
        <T> CompletableFuture<T> submit(ClientCall<T> call);
    }

    private final Encoder encoder;

    public ClientFirmwareDevice(Encoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public boolean isOnline() {
        return encoder.isOnline();
    }

    @Override
    public @Nullable DeviceStatus latestStatus() {
        return encoder.getLatestStatus();
    }

    @Override
    public @Nullable DeviceInfo latestInfo() {
        return encoder.getLatestInfo();
    }

    @Override
    public CompletableFuture<ResultCode> checkOnline() {
        return encoder.submit(UltraStreamClient::onlineUpdateCheckAsync);
    }

    @Override
    public CompletableFuture<ResultCode> startOnlineUpdate() {
        return encoder.submit(client -> client.updateAsync(UpdateMode.ONLINE));
    }

    @Override
    public CompletableFuture<FirmwareUploadReply> uploadFile(Path file) {
        return encoder.submit(client -> client.uploadUpdateFileAsync(file));
    }

    @Override
    public CompletableFuture<ResultCode> startUploadedUpdate() {
        return encoder.submit(client -> client.updateAsync(UpdateMode.UPLOAD));
    }

    @Override
    public CompletableFuture<DeviceStatus> status() {
        return encoder.submit(UltraStreamClient::getStatusAsync);
    }

    @Override
    public CompletableFuture<ResultCode> cancelDownload() {
        return encoder.submit(UltraStreamClient::cancelDownloadAsync);
    }

    @Override
    public CompletableFuture<ResultCode> clearUpgrade() {
        return encoder.submit(UltraStreamClient::clearUpgradeAsync);
    }

    @Override
    public CompletableFuture<DeviceInfo> info() {
        return encoder.submit(UltraStreamClient::getInfoAsync);
    }
}
