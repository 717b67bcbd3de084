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
 * {@code sysstat} of the Ultra Encode family's {@code get-status}. A field the reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class SystemStats {
    /** Seconds since start. */
    public @Nullable Long uptime;
    /** CPU load in percent. */
    @SerializedName("cpu-usage")
    public @Nullable Integer cpuUsage;
    /** Memory, total and free, in one unit the pages do not name; only their ratio is used. */
    @SerializedName("mem-total")
    public @Nullable Long memTotal;
    @SerializedName("mem-free")
    public @Nullable Long memFree;
}
