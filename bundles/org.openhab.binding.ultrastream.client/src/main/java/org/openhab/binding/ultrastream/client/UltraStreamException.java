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
 * The root of the client's exceptions: a call to {@link #method()} failed. The subclasses tell the causes apart:
 * <ul>
 * <li>{@link UltraStreamNetworkException}: the device could not be reached or the exchange broke off;</li>
 * <li>{@link UltraStreamTimeoutException}: no complete reply in time (a network failure too);</li>
 * <li>{@link UltraStreamDeviceException}: the device answered and refused, with a {@link ResultCode};</li>
 * <li>{@link UltraStreamAuthenticationException}: the user name or password was refused (a refusal too);</li>
 * <li>{@link UltraStreamMalformedReplyException}: the reply was not what the protocol promises;</li>
 * <li>{@link UltraStreamPreconditionException}: a check before sending failed; nothing was sent.</li>
 * </ul>
 * Messages never contain passwords, password hashes or session ids.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String method;

    public UltraStreamException(String method, String message, @Nullable Throwable cause) {
        super(method + ": " + message, cause);
        this.method = method;
    }

    /** The API method that failed, for example {@code start-rec}. */
    public String method() {
        return method;
    }

    /** The device's result code when the device answered with one, otherwise null. */
    public @Nullable ResultCode resultCode() {
        return null;
    }
}
