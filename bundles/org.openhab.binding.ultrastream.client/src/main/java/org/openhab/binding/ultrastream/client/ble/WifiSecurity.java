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
import org.openhab.binding.ultrastream.client.Coded;

/**
 * The {@code secuID} of the Wi-Fi setup and AP info exchanges: 0 none, 1 WEP, 2 WPAPSK, 3 WPA2PSK.
 */
@NonNullByDefault
public enum WifiSecurity implements Coded {
    NONE,
    WEP,
    WPAPSK,
    WPA2PSK;
}
