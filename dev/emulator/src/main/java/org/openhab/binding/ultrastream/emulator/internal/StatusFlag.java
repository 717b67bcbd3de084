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
 * The bits of the device status mask (设备状态掩码) that the emulator sets, under the document's names.
 * (statusReset and statusReboot are never seen: the emulated device is unreachable while it resets or reboots.)
 */
@NonNullByDefault
public enum StatusFlag {
    STATUS_FIRST(0x01),
    STATUS_RECORD(0x02),
    STATUS_LIVING(0x04),
    STATUS_DISK_READY(0x10),
    STATUS_RTMP_READY(0x20),
    STATUS_SOFT_AP(0x40),
    STATUS_DISK_TEST(0x1000),
    STATUS_UPGRADE(0x4000),
    STATUS_NET_TEST(0x8000),
    STATUS_PASSWD(0x10000),
    STATUS_OCCUPIED(0x20000),
    STATUS_FORMAT_DISK(0x100000),
    STATUS_FORMAT_SD(0x200000),
    STATUS_CHECK_UPGRADE(0x2000000);

    private final int mask;

    StatusFlag(int mask) {
        this.mask = mask;
    }

    public int mask() {
        return mask;
    }
}
