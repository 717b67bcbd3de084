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
 * {@code input-source} of {@code get-info} (Ultra Encode AIO): the inputs to choose from and the video mixer's
 * choices. Empty on models without them.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class InputSourceCap {
    public List<NamedValue> sources = new ArrayList<>();
    @SerializedName("video-mixer")
    public VideoMixerCap videoMixer = new VideoMixerCap();

    /** {@code video-mixer}: the layouts ({@code type}) and the positions of each ({@code pip}, {@code sbs}). */
    public static class VideoMixerCap {
        public List<NamedValue> types = new ArrayList<>();
        public List<NamedValue> pip = new ArrayList<>();
        public List<NamedValue> sbs = new ArrayList<>();
    }
}
