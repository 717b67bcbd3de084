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

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.ble.IpMode;
import org.openhab.binding.ultrastream.client.ble.WifiSecurity;

/**
 * The one lookup from a number on the wire to the constant of a table, and the numbers each table has.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class CodedTest {

    @Test
    void everyConstantIsFoundByItsOwnCodeAndNoTwoShareOne() {
        assertRoundTrip(DiskType.class);
        assertRoundTrip(EncoderStream.class);
        assertRoundTrip(NetMode.class);
        assertRoundTrip(RecOption.class);
        assertRoundTrip(VideoCodec.class);
        assertRoundTrip(StreamServerType.class);
        assertRoundTrip(StorageStatus.class);
        assertRoundTrip(ResultCode.class);
        assertRoundTrip(DeviceStatusFlag.class);
        assertRoundTrip(IpMode.class);
        assertRoundTrip(WifiSecurity.class);
    }

    @Test
    void tablesNumberedFromZeroTakeTheCodeFromTheOrderOfTheDocument() {
        assertEquals(1, DiskType.SD.code());
        assertEquals(1, EncoderStream.SUB.code());
        assertEquals(2, NetMode.WIFI_FIRST.code());
        assertEquals(2, RecOption.LOOP.code());
        assertEquals(1, VideoCodec.HEVC.code());
        assertEquals(3, StreamServerType.FACEBOOK.code());
        assertEquals(2, IpMode.ONLY_IPV6.code());
        assertEquals(3, WifiSecurity.WPA2PSK.code());
    }

    @Test
    void tablesWithGapsKeepTheirOwnCodes() {
        assertEquals(3, StorageStatus.NOT_SPACE.code());
        assertEquals(-33, ResultCode.ERR_4G_LIMITED.code());
        assertEquals(0x4000, DeviceStatusFlag.STATUS_UPGRADE.code());
    }

    @Test
    void aNumberTheDocumentDoesNotListIsNullOrTheGivenUnknown() {
        assertNull(Coded.of(DiskType.class, 2));
        assertNull(Coded.of(NetMode.class, -1));
        assertNull(Coded.of(StreamServerType.class, 5));
        assertNull(Coded.of(StorageStatus.class, 2));
        assertNull(Coded.of(DeviceStatusFlag.class, 0x80));
        assertEquals(StorageStatus.UNKNOWN, Coded.of(StorageStatus.class, 2, StorageStatus.UNKNOWN));
        assertEquals(StorageStatus.LOW_SPACE, Coded.of(StorageStatus.class, 5, StorageStatus.UNKNOWN));
        assertEquals(ResultCode.UNKNOWN, ResultCode.of(26));
    }

    private static <E extends Enum<E> & Coded> void assertRoundTrip(Class<E> type) {
        Set<Integer> codes = new HashSet<>();
        for (E constant : type.getEnumConstants()) {
            assertSame(constant, Coded.of(type, constant.code()), constant.name());
            assertTrue(codes.add(constant.code()), "two constants of " + type.getSimpleName() + " share "
                    + constant.code());
        }
    }
}
