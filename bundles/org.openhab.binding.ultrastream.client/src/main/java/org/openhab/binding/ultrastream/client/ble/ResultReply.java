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
package org.openhab.binding.ultrastream.client.ble;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.ResultCode;

/**
 * The box's answer to the password exchange ({@code 0x5334}: retSucceed 0, errPasswd -1) and to the AP mode
 * exchange ({@code 0x5342}: retSucceed 0, retRunning 2, errDevice -4). Both have the same layout in Buffer-4.
 *
 * @param index the echoed {@code Index}
 * @param result the result code, a signed 32-bit value
 */
@NonNullByDefault
public record ResultReply(int index, int result) {

    /** {@link #result()} as a result code; {@link ResultCode#UNKNOWN} for a value the document does not list. */
    public ResultCode resultCode() {
        return ResultCode.of(result);
    }

    /** Whether the box answered retSucceed (0). */
    public boolean succeeded() {
        return result == ResultCode.RET_SUCCEED.code();
    }
}
