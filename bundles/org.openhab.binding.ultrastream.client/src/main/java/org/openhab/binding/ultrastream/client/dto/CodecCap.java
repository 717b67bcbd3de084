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

import com.google.gson.annotations.SerializedName;

/**
 * {@code codec-cap} of {@code get-info}: the values {@code set-video} and {@code set-audio} accept.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class CodecCap {
    public List<Resolution> resolutions = new ArrayList<>();
    /** Frame intervals in units of 100 ns (FPS = 10000000 / value). */
    public List<NamedValue> durations = new ArrayList<>();
    /** H.264 profiles. */
    public List<NamedValue> profile = new ArrayList<>();
    @SerializedName("hevc-profile")
    public List<NamedValue> hevcProfile = new ArrayList<>();
    @SerializedName("video-kbps")
    public List<NamedValue> videoKbps = new ArrayList<>();
    @SerializedName("audio-kbps")
    public List<NamedValue> audioKbps = new ArrayList<>();
    @SerializedName("gop-sec")
    public List<NamedValue> gopSec = new ArrayList<>();
    @SerializedName("video-range")
    public List<NamedValue> videoRange = new ArrayList<>();
    @SerializedName("stat-sec")
    public List<NamedValue> statSec = new ArrayList<>();
    @SerializedName("video-codec")
    public List<NamedValue> videoCodec = new ArrayList<>();
}
