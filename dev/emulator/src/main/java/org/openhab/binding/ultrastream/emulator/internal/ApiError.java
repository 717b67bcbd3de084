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
package org.openhab.binding.ultrastream.emulator.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Ends a {@code /usapi} call early with a result code; the dispatcher turns it into {@code {"result": code}}.
 */
@NonNullByDefault
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ResultCode code;

    public ApiError(ResultCode code) {
        super(code.name(), null, false, false);
        this.code = code;
    }

    public ResultCode code() {
        return code;
    }

    /** Throws {@code errParam} (-10) unless the condition holds. */
    public static void require(boolean valid) {
        if (!valid) {
            throw new ApiError(ResultCode.ERR_PARAM);
        }
    }
}
