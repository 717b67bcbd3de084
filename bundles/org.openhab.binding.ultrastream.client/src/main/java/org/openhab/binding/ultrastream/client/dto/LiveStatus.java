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

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * {@code live-status} of {@code get-status}: the first push target in the fields of {@link RecStatus} and
 * {@code net}, the second in {@code result2}, {@code cur-bps2} and {@code net2}. Sibling products send one entry per
 * push target in {@code live[]} instead ({@link LiveTarget}). A field the reply lacks is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class LiveStatus extends RecStatus {
    public @Nullable Integer net;
    public @Nullable Integer result2;
    @SerializedName("cur-bps2")
    public @Nullable Long curBps2;
    public @Nullable Integer net2;
    /**
     * The sibling shape: one entry per stream server; null when the reply has no such list (the Ultra Stream), so that
     * the flat fields above are read only then.
     */
    public @Nullable List<LiveTarget> live;
}
