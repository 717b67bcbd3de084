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
 * {@code rec-control} of {@code get-info}: the values {@code set-rec-control} accepts.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class RecControlCap {
    @SerializedName("usb-option")
    public List<NamedValue> usbOption = new ArrayList<>();
    @SerializedName("sd-option")
    public List<NamedValue> sdOption = new ArrayList<>();
    /** Minutes per recorded file. */
    @SerializedName("time-unit")
    public List<NamedValue> timeUnit = new ArrayList<>();
    @SerializedName("file-ext")
    public List<NamedValue> fileExt = new ArrayList<>();
}
