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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;

/**
 * The box's answer to the status exchange ({@code 0x5336} in Buffer-4).
 *
 * @param index the echoed {@code Index}
 * @param statusMask the device status mask, 32 bits unsigned
 */
@NonNullByDefault
public record StatusReply(int index, long statusMask) {

    /** The flags of {@link #statusMask()}. */
    public Set<DeviceStatusFlag> status() {
        return DeviceStatusFlag.decode(statusMask);
    }
}
