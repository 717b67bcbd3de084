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
 * {@code main-stream} or {@code sub-stream} of {@code get-settings}, the same fields {@code set-video} takes.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class EncoderSettings {
    @SerializedName("is-auto")
    public @Nullable Integer isAuto;
    /** 0 H.264, 1 HEVC. */
    public @Nullable Integer codec;
    public @Nullable Integer cx;
    public @Nullable Integer cy;
    /** Frame interval in units of 100 ns. */
    public @Nullable Long duration;
    public @Nullable Integer kbps;
    public @Nullable Integer gop;
    public @Nullable Integer fourcc;
    public @Nullable Integer profile;
    public @Nullable Integer cbrstat;
    public @Nullable Integer fullrange;
}
