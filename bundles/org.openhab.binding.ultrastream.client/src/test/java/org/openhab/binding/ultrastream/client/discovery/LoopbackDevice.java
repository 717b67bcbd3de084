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
package org.openhab.binding.ultrastream.client.discovery;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.discovery.DiscoverableDevice;

/** An emulated device on loopback, for driving the emulator's responders directly. */
@NonNullByDefault
record LoopbackDevice(String serialNumber, String boxName, int httpPort) implements DiscoverableDevice {

    LoopbackDevice(String serialNumber) {
        this(serialNumber, "Ultra Stream " + serialNumber, 8081);
    }

    @Override
    public String moduleName() {
        return "Ultra Stream SDI";
    }

    @Override
    public int productId() {
        return 770;
    }

    @Override
    public int statusMask() {
        return 0x10040;
    }

    @Override
    public String ethIp() {
        return "127.0.0.1";
    }

    @Override
    public String wifiIp() {
        return "";
    }

    @Override
    public boolean ssdpEnabled() {
        return true;
    }
}
