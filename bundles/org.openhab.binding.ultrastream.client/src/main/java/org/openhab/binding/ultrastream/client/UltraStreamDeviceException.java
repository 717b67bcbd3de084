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
package org.openhab.binding.ultrastream.client;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The device answered and refused the call with an error result code.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamDeviceException extends UltraStreamException {

    private static final long serialVersionUID = 1L;

    private final int rawResult;

    public UltraStreamDeviceException(String method, int rawResult) {
        super(method, "device refused with " + describe(rawResult), null);
        this.rawResult = rawResult;
    }

    /**
     * The result code; {@link ResultCode#UNKNOWN} for a value the document does not list (see {@link #rawResult()}).
     */
    @Override
    public @NonNull ResultCode resultCode() {
        return ResultCode.of(rawResult);
    }

    /** The result number exactly as the device sent it. */
    public int rawResult() {
        return rawResult;
    }

    private static String describe(int rawResult) {
        ResultCode code = ResultCode.of(rawResult);
        return code == ResultCode.UNKNOWN
                ? "unknown result " + rawResult
                : code.name() + " (" + rawResult + ", " + code.meaning() + ")";
    }
}
