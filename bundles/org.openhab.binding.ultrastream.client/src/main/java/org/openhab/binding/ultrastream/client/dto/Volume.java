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
 * {@code volume} of {@code get-settings}; gains in dB.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class Volume {
    @SerializedName("is-mic")
    public int isMic;
    @SerializedName("mic-gain")
    public double micGain;
    @SerializedName("is-spi")
    public int isSpi;
    @SerializedName("spi-gain")
    public double spiGain;
    @SerializedName("is-phone")
    public int isPhone;
    @SerializedName("phone-gain")
    public double phoneGain;
}
