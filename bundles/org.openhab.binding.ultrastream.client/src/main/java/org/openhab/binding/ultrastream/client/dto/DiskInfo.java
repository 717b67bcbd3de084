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
package org.openhab.binding.ultrastream.client.dto;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.StorageStatus;

import com.google.gson.annotations.SerializedName;

/**
 * {@code usb} or {@code sd} of {@code get-status}. Real firmware and the document spell {@code begin-time} as
 * {@code beign-time}; both are read.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class DiskInfo {
    /** A storage status code; see {@link #storageStatus()}. */
    @SerializedName("disk-status")
    public @Nullable Integer diskStatus;
    @SerializedName("total-size")
    public @Nullable Long totalSize;
    @SerializedName("used-size")
    public @Nullable Long usedSize;
    @SerializedName("free-size")
    public @Nullable Long freeSize;
    @SerializedName("block-size")
    public @Nullable Long blockSize;
    /** Used space in percent. */
    public @Nullable Integer usage;
    @SerializedName("sys-path")
    public String sysPath = "";
    @SerializedName("fs-type")
    public String fsType = "";
    @SerializedName("mount-path")
    public String mountPath = "";
    @SerializedName("fs-label")
    public String fsLabel = "";
    @SerializedName("write-bps")
    public @Nullable Long writeBps;
    @SerializedName("read-bps")
    public @Nullable Long readBps;
    /** Recording time left in seconds, as the device estimates it. */
    @SerializedName("free-sec")
    public @Nullable Long freeSec;
    @SerializedName("file-count")
    public @Nullable Integer fileCount;
    @SerializedName(value = "begin-time", alternate = { "beign-time" })
    public String beginTime = "";
    @SerializedName("end-time")
    public String endTime = "";
    @SerializedName("total-cache-time")
    public @Nullable Long totalCacheTime;

    /** In {@code disk-info[]} of the Ultra Encode family: which storage the entry describes, 0 USB, 1 SD, 2 NAS. */
    @SerializedName("disk-type")
    public @Nullable Integer diskType;
    /** The NAS entry of {@code disk-info[]}: its connection state, a result code ({@code 29} when none is set). */
    @SerializedName("conn-state")
    public @Nullable Integer connState;

    /** The storage status, or null when the reply lacks {@code disk-status}. */
    public @Nullable StorageStatus storageStatus() {
        Integer status = diskStatus;
        return status == null ? null : StorageStatus.of(status);
    }
}
