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
 * {@code live-status} of {@code get-status}: the fields of {@code rec-status} plus the push targets. At most two
 * servers stream at once: the first push target is {@code result}, {@code cur-bps}, {@code net}; the second
 * {@code result2}, {@code cur-bps2}, {@code net2}. The results are live connection states ({@code 22} connected,
 * {@code 23} connecting, ...).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class LiveStatus extends RecStatus {
    public int net;
    public int result2;
    @SerializedName("cur-bps2")
    public long curBps2;
    public int net2;
}
