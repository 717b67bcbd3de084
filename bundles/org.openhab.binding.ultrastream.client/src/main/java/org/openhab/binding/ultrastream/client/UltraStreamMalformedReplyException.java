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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The reply was not what the protocol promises: not JSON, no result code, or larger than the configured bound.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamMalformedReplyException extends UltraStreamException {

    private static final long serialVersionUID = 1L;

    public UltraStreamMalformedReplyException(String method, String message, @Nullable Throwable cause) {
        super(method, message, cause);
    }

    public UltraStreamMalformedReplyException(String method, String message) {
        this(method, message, null);
    }
}
