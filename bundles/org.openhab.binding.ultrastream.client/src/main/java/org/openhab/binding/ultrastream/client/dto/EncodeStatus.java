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

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * The reply of {@code get-status} of the Ultra Encode family (HDMI, SDI, Plus, AIO): the groups it shares with the
 * Ultra Stream, and what the family adds. Recording targets are {@code rec-status.rec[]} ({@link RecStatus#rec}),
 * live sessions {@code live-status.live[]} ({@link LiveStatus#live}), storage {@code disk-info[]}. The vendor's
 * pages show fewer groups for the plain model than for the AIO; a group or field the reply lacks is empty or null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class EncodeStatus extends DeviceStatus {
    /** The CPU temperature in thousandths of a degree Celsius ({@code 68600} is 68.6 °C). */
    @SerializedName("cpu-temperature")
    public @Nullable Integer cpuTemperature;
    /** The selected input, a {@code value} of {@code get-info}'s {@code input-source.sources[]} (AIO). */
    @SerializedName("input-source")
    public @Nullable Integer inputSource;
    /** What the encoders take from the video mixer (AIO): 1 the SDI input's format, 2 the HDMI input's. */
    @SerializedName("input-device")
    public @Nullable Integer inputDevice;
    /** What the encoders produce right now. */
    public CodecStatus codec = new CodecStatus();
    public SystemStats sysstat = new SystemStats();
    /** How many audio channels {@link #vumeters} has. */
    @SerializedName("channel-count")
    public @Nullable Integer channelCount;
    /** The audio level of each channel, on the device's own scale (the pages state none). */
    public List<@Nullable Integer> vumeters = new ArrayList<>();
}
