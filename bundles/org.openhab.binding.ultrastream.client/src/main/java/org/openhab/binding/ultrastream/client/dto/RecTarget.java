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
 * One entry of {@code rec-status.rec[]} of the Ultra Encode family: a recording channel, one per storage target. A
 * field the reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class RecTarget {
    public @Nullable Integer id;
    /** The storage: 0 USB drive, 1 SD card, 2 NAS (the codes of {@code add-rec-channel}). */
    public @Nullable Integer type;
    @SerializedName("is-use")
    public @Nullable Integer isUse;
    /** The state: {@code 2} while recording, {@code 27} idle, or an error code. */
    public @Nullable Integer result;
    @SerializedName("run-ms")
    public @Nullable Long runMs;
}
