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
 * The reply of {@code get-settings}. Flags are {@code 0}/{@code 1} as on the wire.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class DeviceSettings {
    /** The device name. */
    public @Nullable String name;
    /** Whether app clients need the pairing password. */
    public int passwd;
    @SerializedName("is-settings")
    public int isSettings;
    @SerializedName("is-ssdp")
    public int isSsdp;
    @SerializedName("is-startup-rec")
    public int isStartupRec;
    @SerializedName("is-startup-live")
    public int isStartupLive;
    @SerializedName("is-signal-lost")
    public int isSignalLost;
    @SerializedName("is-hdmi-rec-ctrl")
    public int isHdmiRecCtrl;
    /** Set by {@code set-auto-rec}; not in the document's {@code get-settings} example, so it may be absent. */
    @SerializedName("is-auto-rec")
    public int isAutoRec;
    public SoftApSettings softap = new SoftApSettings();
    @SerializedName("date-time")
    public DateTimeSettings dateTime = new DateTimeSettings();
    @SerializedName("rec-control")
    public RecControlSettings recControl = new RecControlSettings();
    @SerializedName("video-color")
    public VideoColor videoColor = new VideoColor();
    public Volume volume = new Volume();
    /** The encoder stream recording uses: 0 {@code main-stream}, 1 {@code sub-stream}. */
    @SerializedName("rec-stream")
    public @Nullable Integer recStream;
    /** The encoder stream live uses: 0 {@code main-stream}, 1 {@code sub-stream}. */
    @SerializedName("live-stream")
    public @Nullable Integer liveStream;
    /** The encoder stream the app preview uses. */
    @SerializedName("mws-stream")
    public @Nullable Integer mwsStream;
    @SerializedName("main-stream")
    public EncoderSettings mainStream = new EncoderSettings();
    @SerializedName("sub-stream")
    public EncoderSettings subStream = new EncoderSettings();
    public AudioSettings audio = new AudioSettings();
    public EthSettings eth = new EthSettings();
    @SerializedName("stream-server")
    public List<StreamServer> streamServer = new ArrayList<>();
}
