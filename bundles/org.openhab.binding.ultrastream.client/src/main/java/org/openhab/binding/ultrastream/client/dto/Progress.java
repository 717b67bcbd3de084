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
import org.openhab.binding.ultrastream.client.ResultCode;

import com.google.gson.annotations.SerializedName;

/**
 * The common part of the progress objects of {@code get-status} ({@code format-status}, {@code disk-test},
 * {@code living-test}, {@code upgrade-status}, {@code check-upgrade}): an operation state and a percentage. An idle
 * object reports {@code 27} ({@link ResultCode#RET_INIT}), a running one {@code 2}, a finished one {@code 0} or an
 * error code.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class Progress {
    /** The operation state; {@code 27} (idle) when the device leaves it out. */
    public int result = 27;
    /** Progress in percent (0 to 100). */
    public @Nullable Integer percent;
    /** Reserved by the document. */
    @SerializedName("client-id")
    public String clientId = "";

    public ResultCode resultCode() {
        return ResultCode.of(result);
    }

    /** Whether the operation is under way ({@code 2}, {@link ResultCode#RET_RUNNING}). */
    public boolean isRunning() {
        return result == ResultCode.RET_RUNNING.code();
    }

    /** Whether the object is idle ({@code 27}, {@link ResultCode#RET_INIT}). */
    public boolean isIdle() {
        return result == ResultCode.RET_INIT.code();
    }
}
