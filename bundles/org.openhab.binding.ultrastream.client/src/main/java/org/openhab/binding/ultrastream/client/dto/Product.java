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
 * {@code product} of {@code get-info}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class Product {
    /** The serial number. */
    public String sn = "";
    @SerializedName("product-id")
    public int productId;
    @SerializedName("hardware-ver")
    public String hardwareVer = "";
    @SerializedName("firmware-id")
    public int firmwareId;
    @SerializedName("firmware-ver-s")
    public String firmwareVer = "";
    @SerializedName("factory-firmware-ver-s")
    public String factoryFirmwareVer = "";
    @SerializedName("product-name")
    public String productName = "";
    /** For example {@code Ultra Stream HDMI} or {@code Ultra Stream SDI}. */
    @SerializedName("module-name")
    public String moduleName = "";
    @SerializedName("manu-name")
    public String manuName = "";
    public int features;
    @SerializedName("max-lock-count")
    public int maxLockCount;
}
