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
 * The IP version choice of the Wi-Fi setup exchange (last field of {@code Buffer-0}): 0 only ipv4, 1 ipv4 or ipv6,
 * 2 only ipv6.
 */
@NonNullByDefault
public enum IpMode implements Coded {
    ONLY_IPV4,
    IPV4_OR_IPV6,
    ONLY_IPV6;
}
