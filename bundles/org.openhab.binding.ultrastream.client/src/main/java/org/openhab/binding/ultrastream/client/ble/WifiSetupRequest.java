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

/**
 * A Wi-Fi setup request as the box reads it from Buffer-0 … Buffer-4 (for emulators and tests).
 *
 * @param index the app's {@code Index}
 * @param setup the network to join
 */
@NonNullByDefault
public record WifiSetupRequest(int index, WifiSetup setup) {
}
