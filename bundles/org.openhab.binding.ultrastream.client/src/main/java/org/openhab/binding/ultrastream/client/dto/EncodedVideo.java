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

import com.google.gson.annotations.SerializedName;

/**
 * {@code codec.main-stream} or {@code codec.sub-stream} of the Ultra Encode family's {@code get-status}. A field the
 * reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class EncodedVideo {
    /** The sub stream only: 0 when it is switched off. */
    public @Nullable Integer enable;
    public @Nullable Integer result;
    public @Nullable Integer cx;
    public @Nullable Integer cy;
    /** The frame interval in units of 100 ns, as in the settings: {@code 200000} is 50 frames per second. */
    public @Nullable Long duration;
    /** The bitrate set, in kbit/s of 1024 bit. */
    public @Nullable Long kbps;
    /** The bitrate produced right now, in bits per second. */
    @SerializedName("cur-bps")
    public @Nullable Long curBps;
    @SerializedName("i-frame-count")
    public @Nullable Long inFrameCount;
    @SerializedName("o-frame-count")
    public @Nullable Long outFrameCount;
    /** Frames the encoder dropped. */
    @SerializedName("drop-count")
    public @Nullable Long dropCount;
}
