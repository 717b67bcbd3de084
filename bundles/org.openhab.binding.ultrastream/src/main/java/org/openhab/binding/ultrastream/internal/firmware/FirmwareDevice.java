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
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.FirmwareUploadReply;

/**
 * What a firmware update needs of one encoder. Every exchange returns at once; its future completes when the
 * device answered, exceptionally with an {@code UltraStreamException} when it did not or refused.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface FirmwareDevice {

    /** Whether the thing is ONLINE (connected, and not rebooting or updating). */
    boolean isOnline();

    /** The latest get-status reply the handler read, or null before the first. */
    @Nullable
    DeviceStatus latestStatus();

    /** The latest get-info reply the handler read, or null before the first. */
    @Nullable
    DeviceInfo latestInfo();

    /** {@code online-update-check}. */
    CompletableFuture<ResultCode> checkOnline();

    /** {@code update&mode=online}: download and install the version the online check found. */
    CompletableFuture<ResultCode> startOnlineUpdate();

    /** {@code upload-update-file}. */
    CompletableFuture<FirmwareUploadReply> uploadFile(Path file);

    /** {@code update&mode=upload}: install the uploaded package. */
    CompletableFuture<ResultCode> startUploadedUpdate();

    /** {@code get-status}, for {@code upgrade-status}. */
    CompletableFuture<DeviceStatus> status();

    /** {@code cancel-download}. */
    CompletableFuture<ResultCode> cancelDownload();

    /** {@code clear-upgrade}: back to idle after a failed or cancelled update. */
    CompletableFuture<ResultCode> clearUpgrade();

    /** {@code get-info}, for the version running after the reboot. */
    CompletableFuture<DeviceInfo> info();
}
