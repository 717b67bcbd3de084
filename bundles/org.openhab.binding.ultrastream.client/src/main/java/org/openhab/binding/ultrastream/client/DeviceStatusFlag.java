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
package org.openhab.binding.ultrastream.client;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The device status mask of the vendor document ("设备状态掩码"), as found in {@code cur-status} of
 * {@code get-status} and {@code ping}, and in the {@code status} of multicast announcements and BLE data.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DeviceStatusFlag implements Coded {
    /** The device runs for the first time ({@code set-first-over} not yet called). */
    STATUS_FIRST(0x01),
    STATUS_RECORD(0x02),
    STATUS_LIVING(0x04),
    /** Reserved. */
    STATUS_STREAM(0x08),
    /** The USB disk is ready. */
    STATUS_DISK_READY(0x10),
    STATUS_RTMP_READY(0x20),
    /** The Wi-Fi adapter is in AP mode. The document spells it {@code statusSoftAP}. */
    STATUS_SOFTAP(0x40),
    /** Reserved. */
    STATUS_MIC(0x100),
    /** Reserved. */
    STATUS_PHONE(0x200),
    /** Reserved. */
    STATUS_OUTPUT(0x400),
    /** A USB disk speed test ({@code start-test-usb}) runs. */
    STATUS_DISK_TEST(0x1000),
    /** Reserved. */
    STATUS_BLUE(0x2000),
    STATUS_UPGRADE(0x4000),
    /** A live server test ({@code start-test-server}) runs. */
    STATUS_NET_TEST(0x8000),
    /** A pairing password is set. */
    STATUS_PASSWD(0x10000),
    /** Two app clients hold the device; a third is refused. */
    STATUS_OCCUPIED(0x20000),
    STATUS_FORMAT_DISK(0x100000),
    STATUS_FORMAT_SD(0x200000),
    STATUS_SEARCH_WIFI(0x400000),
    STATUS_CONNECT_WIFI(0x800000),
    /**
     * Reserved on the Ultra Stream. The Ultra Encode family uses this bit for "loading a configuration profile"
     * ({@code statusLoading} in its table); the name stays the Ultra Stream document's.
     */
    STATUS_CONNECT_BLUE(0x1000000),
    STATUS_CHECK_UPGRADE(0x2000000),
    STATUS_RESET(0x4000000),
    /** Reserved. The document spells it {@code stausIPv6}. */
    STATUS_IPV6(0x8000000),
    /** Reserved. */
    STATUS_TEST_LOCK(0x10000000),
    STATUS_REBOOT(0x20000000),
    /** The Ultra Encode family: a file upload server is being tested ({@code statusSendTest}). */
    STATUS_SEND_TEST(0x40000000);

    private final int mask;

    DeviceStatusFlag(int mask) {
        this.mask = mask;
    }

    /** The flag's bit in the status mask. */
    @Override
    public int code() {
        return mask;
    }

    /** Whether this flag is set in a status mask. */
    public boolean isSetIn(long statusMask) {
        return (statusMask & mask) == mask;
    }

    /** The flags set in a status mask; bits the document does not name are ignored. Unmodifiable. */
    public static Set<DeviceStatusFlag> decode(long statusMask) {
        EnumSet<DeviceStatusFlag> flags = EnumSet.noneOf(DeviceStatusFlag.class);
        for (DeviceStatusFlag flag : values()) {
            if (flag.isSetIn(statusMask)) {
                flags.add(flag);
            }
        }
        return Collections.unmodifiableSet(flags);
    }

    /** The mask with exactly these flags set. */
    public static long encode(Set<DeviceStatusFlag> flags) {
        long statusMask = 0;
        for (DeviceStatusFlag flag : flags) {
            statusMask |= flag.mask;
        }
        return statusMask;
    }
}
