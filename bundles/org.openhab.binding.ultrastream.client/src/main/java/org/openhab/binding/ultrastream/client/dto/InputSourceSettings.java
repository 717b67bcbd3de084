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
 * {@code input-source} of the Ultra Encode AIO's {@code get-settings}: the selected input and the video mixer. A
 * field the reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class InputSourceSettings {
    public @Nullable Integer source;
    public VideoMixer mixer = new VideoMixer();

    /** The parameters of {@code set-video-mixer-config}, as the settings hold them. */
    public static class VideoMixer {
        /** The mix's output format: 1 as the SDI input, 2 as the HDMI input. */
        @SerializedName("input-device")
        public @Nullable Integer inputDevice;
        /** 1 when HDMI is the top (or main) picture. */
        @SerializedName("is-hdmi-top")
        public @Nullable Integer isHdmiTop;
        /** The layout: 0 picture in picture, 1 side by side. */
        public @Nullable Integer type;
        /** The position, a {@code value} of the layout's list in {@code get-info}. */
        public @Nullable Integer location;
    }
}
