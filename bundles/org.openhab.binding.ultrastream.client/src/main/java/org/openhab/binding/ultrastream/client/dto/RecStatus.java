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
 * {@code rec-status} of {@code get-status}. A field the reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class RecStatus {
    public @Nullable Integer result;
    @SerializedName("run-ms")
    public @Nullable Long runMs;
    @SerializedName("cur-bps")
    public @Nullable Long curBps;
    @SerializedName("avg-bps")
    public @Nullable Long avgBps;
    @SerializedName("client-id")
    public String clientId = "";
    /**
     * The Ultra Encode family: one entry per recording target, instead of the Ultra Stream's one rate; empty when
     * the reply has none (never in {@code live-status}).
     */
    public List<RecTarget> rec = new ArrayList<>();
}
