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

import com.google.gson.annotations.SerializedName;

/**
 * One entry of {@code media-files} of {@code get-media-files}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class MediaFile {
    public String name = "";
    /** Thumbnail name without its {@code .jpg} suffix. */
    @SerializedName("thumbnail-name")
    public String thumbnailName = "";
    /** 0 recording, 1 normal, 2 error, 3 lost. */
    public int status;
    @SerializedName("create-time")
    public String createTime = "";
    @SerializedName("size-bytes")
    public long sizeBytes;
    /** Length in seconds. */
    public long duration;
    public int width;
    public int height;
    /** Frame interval: FPS = 10000000 / interval. */
    public long interval;
    /** 0 H.264, 1 HEVC. */
    public int codec;
}
