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
package org.openhab.binding.ultrastream.emulator.internal.discovery;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the discovery responders need to know about one emulated device. The device implements it; the
 * responders read it on every announcement and answer, so changes (a new name, a new status) show up at once.
 */
@NonNullByDefault
public interface DiscoverableDevice {

    /** The serial number, e.g. {@code C301251124001}. */
    String serialNumber();

    /** The device name ({@code boxname} in the multicast JSON, {@code friendlyName} in UPnP). */
    String boxName();

    /**
     * The product family, {@code Ultra Stream} or {@code Ultra Encode} ({@code product} in the multicast JSON);
     * an Ultra Stream unless said otherwise.
     */
    default String productName() {
        return "Ultra Stream";
    }

    /** The model name, e.g. {@code Ultra Stream HDMI} or {@code Ultra Encode AIO} (UPnP {@code modelName}). */
    String moduleName();

    /** The product id of {@code get-info} (UPnP {@code modelNumber}); 0 for a model that reports none. */
    int productId();

    /** The device status mask ({@code cur-status} of {@code get-status}). */
    int statusMask();

    /** The Ethernet IPv4 address as text; for an emulated device on loopback {@code 127.0.0.1}. */
    String ethIp();

    /** The Wi-Fi IPv4 address as text, or an empty string when Wi-Fi is not connected. */
    String wifiIp();

    /** The port of the device's HTTP API (80 on a real device). */
    int httpPort();

    /** Whether UPnP is on ({@code is-ssdp} of {@code get-settings}). */
    boolean ssdpEnabled();
}
