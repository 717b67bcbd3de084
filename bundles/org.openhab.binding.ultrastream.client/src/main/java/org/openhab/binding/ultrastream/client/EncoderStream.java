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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An encoder stream: {@code main-stream} or {@code sub-stream} ({@code set-stream}, {@code set-video}).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum EncoderStream {
    MAIN(0),
    SUB(1);

    private final int code;

    EncoderStream(int code) {
        this.code = code;
    }

    /** The number on the wire. */
    public int code() {
        return code;
    }
}
