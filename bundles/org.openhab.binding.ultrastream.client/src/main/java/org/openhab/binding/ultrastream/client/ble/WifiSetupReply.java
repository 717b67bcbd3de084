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

import java.net.Inet4Address;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.ResultCode;

/**
 * The box's answer to the Wi-Fi setup exchange: the index echo in Buffer-0 ({@code 0x5332}) and the result in
 * Buffer-4 ({@code 0x5332}).
 *
 * @param index the echoed {@code Index} (from Buffer-0)
 * @param result retRunning 2, retSucceed 0, errPasswd -1, errDevice -4, errTimeout -12, errNotFound -14 or
 *            errEmpty -20; while it is retRunning the app reads the result again later
 * @param wifiIp the Wi-Fi IPv4 address; meaningful only when the result is retSucceed
 * @param statusMask the device status mask, 32 bits unsigned
 * @param versionMajor "Version Major", 16 bits unsigned
 * @param versionMinor "Version Minor", 16 bits unsigned
 */
@NonNullByDefault
public record WifiSetupReply(int index, int result, Inet4Address wifiIp, long statusMask, int versionMajor,
        int versionMinor) {

    /** {@link #result()} as a result code; {@link ResultCode#UNKNOWN} for a value the document does not list. */
    public ResultCode resultCode() {
        return ResultCode.of(result);
    }

    /** The flags of {@link #statusMask()}. */
    public Set<DeviceStatusFlag> status() {
        return DeviceStatusFlag.decode(statusMask);
    }

    /** Whether the box answered retSucceed (0). */
    public boolean succeeded() {
        return result == ResultCode.RET_SUCCEED.code();
    }

    /** Whether the box is still joining the network (retRunning). */
    public boolean running() {
        return result == ResultCode.RET_RUNNING.code();
    }
}
