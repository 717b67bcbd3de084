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

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The enums of the document's tables: values, lookup of unknown values, mask decoding.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class CodesAndFlagsTest {

    @Test
    void everyResultCodeOfTheDocumentIsThereOnce() {
        Set<Integer> values = new HashSet<>();
        for (ResultCode code : ResultCode.values()) {
            assertTrue(values.add(code.code()), "duplicate value " + code);
            assertFalse(code.meaning().isBlank());
        }
        // 31..0 without 26, -1..-40, the Ultra Encode family's -41..-58, 36 for login, and UNKNOWN
        assertEquals(31 + 40 + 18 + 1 + 1, ResultCode.values().length);
        assertEquals(ResultCode.RET_LIVING_CONNECTED, ResultCode.of(22));
        assertEquals(ResultCode.ERR_NEED_AUTH, ResultCode.of(-17));
        assertEquals(ResultCode.ERR_SD_NO_PERMISSION, ResultCode.of(-40));
        assertEquals(ResultCode.ERR_RTSP_LIMITED, ResultCode.of(-41));
        assertEquals(ResultCode.ERR_TVU_LIMITED, ResultCode.of(-53));
        assertEquals(ResultCode.ERR_MOUNT_POINT, ResultCode.of(-58));
        assertTrue(ResultCode.ERR_MOUNT_POINT.isError());
        assertEquals(ResultCode.RET_SEND_WAITING, ResultCode.of(31));
    }

    @Test
    void unknownValuesAreToleratedAndNegativeOnesStillCountAsErrors() {
        assertEquals(ResultCode.UNKNOWN, ResultCode.of(26));
        assertEquals(ResultCode.UNKNOWN, ResultCode.of(-99));
        assertTrue(ResultCode.isError(-99));
        assertFalse(ResultCode.isError(26));
    }

    @Test
    void errorsAreTheNegativeCodesAndTheLoginFailure() {
        assertFalse(ResultCode.RET_SUCCEED.isError());
        assertFalse(ResultCode.RET_REPEAT.isError());
        assertFalse(ResultCode.RET_INIT.isError());
        assertTrue(ResultCode.ERR_PASSWD.isError());
        assertTrue(ResultCode.ERR_LOGIN_FAILED.isError());
        assertTrue(ResultCode.ERR_PASSWD.isAuthenticationFailure());
        assertTrue(ResultCode.ERR_LOGIN_FAILED.isAuthenticationFailure());
        assertFalse(ResultCode.ERR_NEED_AUTH.isAuthenticationFailure());
    }

    @Test
    void statusMaskDecodesToFlags() {
        // the document's example value: statusDiskReady | statusPasswd
        assertEquals(EnumSet.of(DeviceStatusFlag.STATUS_DISK_READY, DeviceStatusFlag.STATUS_PASSWD),
                DeviceStatusFlag.decode(65552));
        // the multicast example 65600: statusSoftAP | statusPasswd
        assertEquals(EnumSet.of(DeviceStatusFlag.STATUS_SOFTAP, DeviceStatusFlag.STATUS_PASSWD),
                DeviceStatusFlag.decode(65600));
        assertEquals(EnumSet.of(DeviceStatusFlag.STATUS_REBOOT), DeviceStatusFlag.decode(0x20000000L | 0x80));
        // the Ultra Encode family's statusSendTest
        assertEquals(EnumSet.of(DeviceStatusFlag.STATUS_SEND_TEST), DeviceStatusFlag.decode(0x40000000L));
        assertTrue(DeviceStatusFlag.decode(0).isEmpty());
    }

    @Test
    void everyFlagRoundTrips() {
        Set<DeviceStatusFlag> all = EnumSet.allOf(DeviceStatusFlag.class);
        assertEquals(all, DeviceStatusFlag.decode(DeviceStatusFlag.encode(all)));
        for (DeviceStatusFlag flag : DeviceStatusFlag.values()) {
            assertEquals(1, Integer.bitCount(flag.code()), flag.name());
            assertEquals(Set.of(flag), DeviceStatusFlag.decode(flag.code()));
        }
    }

    @Test
    void storageStatusAndServerTypesKeepTheirCodes() {
        assertEquals(StorageStatus.NOT_DISK, StorageStatus.of(0));
        assertEquals(StorageStatus.DISK_VALID, StorageStatus.of(1));
        assertEquals(StorageStatus.NOT_SPACE, StorageStatus.of(3));
        assertEquals(StorageStatus.NOT_WRITE, StorageStatus.of(4));
        assertEquals(StorageStatus.LOW_SPACE, StorageStatus.of(5));
        assertEquals(StorageStatus.DISK_INVALID, StorageStatus.of(6));
        assertEquals(StorageStatus.UNKNOWN, StorageStatus.of(2));
        assertTrue(StorageStatus.NOT_SPACE.isMounted());
        assertFalse(StorageStatus.NOT_WRITE.isMounted());
        assertEquals(StreamServerType.FACEBOOK, Coded.of(StreamServerType.class, 3));
        assertNull(Coded.of(StreamServerType.class, 5));
        assertNull(Coded.of(StreamServerType.class, -1));
    }
}
