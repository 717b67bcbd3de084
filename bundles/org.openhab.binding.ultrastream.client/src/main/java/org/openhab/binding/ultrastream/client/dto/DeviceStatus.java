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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;

import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;

/**
 * The reply of {@code get-status}, with every group of the document.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class DeviceStatus {
    /** The device status mask; see {@link #statusFlags()}. */
    @SerializedName("cur-status")
    public @Nullable Long curStatus;
    @SerializedName("last-rec-status")
    public @Nullable Integer lastRecStatus;
    /** The device time as the device formats it (the document shows both a number and a date string). */
    @SerializedName("cur-time")
    public @Nullable String curTime;
    @SerializedName("box-name")
    public @Nullable String boxName;
    /** The clients holding the device; the document does not describe the entries. */
    @SerializedName("lock-user")
    public List<JsonElement> lockUser = new ArrayList<>();
    @SerializedName("rec-status")
    public RecStatus recStatus = new RecStatus();
    @SerializedName("live-status")
    public LiveStatus liveStatus = new LiveStatus();
    @SerializedName("upgrade-status")
    public UpgradeStatus upgradeStatus = new UpgradeStatus();
    @SerializedName("format-status")
    public FormatStatus formatStatus = new FormatStatus();
    @SerializedName("disk-test")
    public DiskTest diskTest = new DiskTest();
    @SerializedName("living-test")
    public LivingTest livingTest = new LivingTest();
    @SerializedName("check-upgrade")
    public CheckUpgrade checkUpgrade = new CheckUpgrade();
    @SerializedName("input-signal")
    public InputSignal inputSignal = new InputSignal();
    public DiskInfo usb = new DiskInfo();
    public DiskInfo sd = new DiskInfo();
    public WifiInfo wifi = new WifiInfo();
    public NetInfo eth = new NetInfo();
    public NetInfo mobile = new NetInfo();
    public FirmwareInfo upgrade = new FirmwareInfo();
    public FirmwareInfo downgrade = new FirmwareInfo();
    /**
     * The sibling shape of storage: one entry per storage device, told apart by {@code disk-type}, instead of
     * {@link #usb} and {@link #sd}. Empty when the reply has none.
     */
    @SerializedName("disk-info")
    public List<DiskInfo> diskInfo = new ArrayList<>();

    public Set<DeviceStatusFlag> statusFlags() {
        Long status = curStatus;
        return status == null ? Set.of() : DeviceStatusFlag.decode(status);
    }
}
