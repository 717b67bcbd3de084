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
 * {@code codec} of the Ultra Encode family's {@code get-status}: what each encoder produces right now.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class CodecStatus {
    @SerializedName("main-stream")
    public EncodedVideo mainStream = new EncodedVideo();
    @SerializedName("sub-stream")
    public EncodedVideo subStream = new EncodedVideo();
    public EncodedAudio audio = new EncodedAudio();
}
