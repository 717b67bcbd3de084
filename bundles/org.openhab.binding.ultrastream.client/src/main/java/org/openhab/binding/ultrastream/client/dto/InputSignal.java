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
 * {@code input-signal} of {@code get-status}. A field the reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class InputSignal {
    public @Nullable Integer status;
    public @Nullable Integer cx;
    public @Nullable Integer cy;
    public @Nullable Integer interlaced;
    @SerializedName("frame-rate")
    public @Nullable Double frameRate;
    @SerializedName("channel-valid")
    public @Nullable Integer channelValid;
    @SerializedName("is-lpcm")
    public @Nullable Integer isLpcm;
    @SerializedName("bits-per-sample")
    public @Nullable Integer bitsPerSample;
    @SerializedName("sample-rate")
    public @Nullable Integer sampleRate;
}
