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
    public int diskStatus;
    @SerializedName("total-size")
    public long totalSize;
    @SerializedName("used-size")
    public long usedSize;
    @SerializedName("free-size")
    public long freeSize;
    @SerializedName("block-size")
    public long blockSize;
    /** Used space in percent. */
    public int usage;
    @SerializedName("sys-path")
    public String sysPath = "";
    @SerializedName("fs-type")
    public String fsType = "";
    @SerializedName("mount-path")
    public String mountPath = "";
    @SerializedName("fs-label")
    public String fsLabel = "";
    @SerializedName("write-bps")
    public long writeBps;
    @SerializedName("read-bps")
    public long readBps;
    /** Recording time left in seconds, as the device estimates it. */
    @SerializedName("free-sec")
    public long freeSec;
    @SerializedName("file-count")
    public int fileCount;
    @SerializedName(value = "begin-time", alternate = { "beign-time" })
    public String beginTime = "";
    @SerializedName("end-time")
    public String endTime = "";
    @SerializedName("total-cache-time")
    public long totalCacheTime;

    public StorageStatus storageStatus() {
        return StorageStatus.of(diskStatus);
    }
}
