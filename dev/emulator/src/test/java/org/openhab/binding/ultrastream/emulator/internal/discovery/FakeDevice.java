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

/** A device on loopback, for the responder tests. */
@NonNullByDefault
record FakeDevice(String serialNumber, String boxName, int httpPort,
        boolean ssdpEnabled) implements DiscoverableDevice {

    FakeDevice(String serialNumber) {
        this(serialNumber, "Ultra Stream " + serialNumber, 8081, true);
    }

    @Override
    public String moduleName() {
        return "Ultra Stream HDMI";
    }

    @Override
    public int productId() {
        return 769;
    }

    @Override
    public int statusMask() {
        return 65600;
    }

    @Override
    public String ethIp() {
        return "127.0.0.1";
    }

    @Override
    public String wifiIp() {
        return "";
    }
}
