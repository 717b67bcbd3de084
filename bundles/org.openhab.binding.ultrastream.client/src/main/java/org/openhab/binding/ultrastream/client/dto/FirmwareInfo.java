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

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * {@code upgrade} (new firmware found by {@code online-update-check}) or {@code downgrade} of {@code get-status}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class FirmwareInfo {
    public @Nullable String ver;
    public String date = "";
    @SerializedName("size-byte")
    public long sizeByte;
    public List<Changelog> info = new ArrayList<>();
}
