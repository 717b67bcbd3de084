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
 * The device refused the user name or password ({@code login} answered {@code -1} or {@code 36}), or still asked
 * for a session right after a fresh login.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamAuthenticationException extends UltraStreamDeviceException {

    private static final long serialVersionUID = 1L;

    public UltraStreamAuthenticationException(String method, int rawResult) {
        super(method, rawResult);
    }
}
