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
 * One entry of {@code live-status.live[]}, the shape sibling Magewell encoders (Ultra Encode) report their push
 * targets in. Only the fields whose meaning matches the Ultra Stream's own fields are read. A field the reply lacks
 * is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class LiveTarget {
    public @Nullable Integer id;
    @SerializedName("is-use")
    public @Nullable Integer isUse;
    public @Nullable String name;
    @SerializedName("run-ms")
    public @Nullable Long runMs;
    /** The connection state, with the codes of {@code live-status.result}. */
    public @Nullable Integer result;
    /** The bitrate right now, in bits per second (as {@code cur-bps}). */
    @SerializedName("inst-bps")
    public @Nullable Long instBps;
    /** The network the target is reached through, with the codes of {@code net}. */
    public @Nullable Integer net;
}
