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
 * The reply of {@code upload-update-file}. Firmware answers {@code status} (the method's section, real devices) or
 * {@code result} (the C demo); the client reads either.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class FirmwareUploadReply {
    @SerializedName("up-to-date")
    public boolean upToDate;
    public String version = "";
    public long size;
}
