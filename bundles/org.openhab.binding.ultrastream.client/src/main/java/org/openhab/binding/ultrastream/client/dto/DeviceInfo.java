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
 * The reply of {@code get-info}: MAC addresses, product, snapshot path and the value ranges ({@code codec-cap},
 * {@code rec-control}, {@code audio-range}).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class DeviceInfo {
    @SerializedName("mac-addr")
    public MacAddresses macAddr = new MacAddresses();
    /** Path of the input snapshot JPEG, served over port 80 without a session. */
    public String snapshot = "";
    public Product product = new Product();
    @SerializedName("audio-range")
    public AudioRange audioRange = new AudioRange();
    @SerializedName("codec-cap")
    public CodecCap codecCap = new CodecCap();
    @SerializedName("rec-control")
    public RecControlCap recControl = new RecControlCap();
    /** The Ultra Encode AIO: its inputs and video mixer choices; empty on other models. */
    @SerializedName("input-source")
    public InputSourceCap inputSource = new InputSourceCap();
}
