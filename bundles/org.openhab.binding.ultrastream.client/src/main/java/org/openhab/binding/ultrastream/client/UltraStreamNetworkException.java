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
 * The device could not be reached, the connection broke off, or it answered with an HTTP error status instead of a JSON
 * reply.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamNetworkException extends UltraStreamException {

    private static final long serialVersionUID = 1L;

    public UltraStreamNetworkException(String method, String message, @Nullable Throwable cause) {
        super(method, message, cause);
    }

    public UltraStreamNetworkException(String method, String message) {
        this(method, message, null);
    }
}
