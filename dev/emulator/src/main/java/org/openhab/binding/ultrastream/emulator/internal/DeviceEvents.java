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
package org.openhab.binding.ultrastream.emulator.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the device model tells its host, so the host can stop and restart the discovery responders.
 */
@NonNullByDefault
public interface DeviceEvents {

    /** The device went down for a reboot (or a reset, or after a firmware update). */
    void rebootStarted();

    /** The device is up again after a reboot. */
    void rebootEnded();

    /** {@code set-ssdp} turned UPnP on or off. */
    void ssdpChanged(boolean enabled);

    DeviceEvents NONE = new DeviceEvents() {
        @Override
        public void rebootStarted() {
        }

        @Override
        public void rebootEnded() {
        }

        @Override
        public void ssdpChanged(boolean enabled) {
        }
    };
}
