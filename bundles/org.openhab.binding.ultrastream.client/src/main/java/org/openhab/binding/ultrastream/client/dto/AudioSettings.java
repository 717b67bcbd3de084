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
 * {@code audio} of {@code get-settings}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class AudioSettings {
    @SerializedName("sample-rate")
    public @Nullable Integer sampleRate;
    public @Nullable Integer channels;
    public @Nullable Integer kbps;
}
