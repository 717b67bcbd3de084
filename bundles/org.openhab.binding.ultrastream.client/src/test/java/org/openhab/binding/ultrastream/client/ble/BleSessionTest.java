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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.ble.BoxValues.WifiSetupRequest;

/**
 * Every exchange run by {@link BleSession} against {@link FakeBox}, checking the recorded write and read order.
 */
@NonNullByDefault
class BleSessionTest {

    private static final String ADMIN_MD5 = "E3 AF ED 00 47 B0 80 59 D0 FA DA 10 F4 00 C1 E5";

    private final FakeBox box = new FakeBox();

    @Test
    void status() throws Exception {
        StatusReply reply = new BleSession(box, 0x1234).readStatus();
        assertEquals(new StatusReply(0x1234, 0x10040), reply);
        assertEquals(Set.of(DeviceStatusFlag.STATUS_SOFTAP, DeviceStatusFlag.STATUS_PASSWD), reply.status());
        assertEquals(List.of("write Buffer-0 53 35 12 34", "read Buffer-4"), box.log);
    }

    @Test
    void passwordWritesBuffer4BeforeBuffer0() throws Exception {
        ResultReply reply = new BleSession(box, 0x00AB).authenticate("Admin");
        assertTrue(reply.succeeded());
        assertEquals(List.of("write Buffer-4 53 33 00 AB", "write Buffer-0 53 33 " + ADMIN_MD5, "read Buffer-4"),
                box.log);
    }

    @Test
    void wrongPasswordIsErrPasswd() throws Exception {
        box.password = "secret";
        ResultReply reply = new BleSession(box, 1).authenticate("Admin");
        assertEquals(-1, reply.result());
        assertEquals(ResultCode.ERR_PASSWD, reply.resultCode());
    }

    @Test
    void wifiSetupWritesBuffers0To4ThenReadsBuffer0BeforeBuffer4() throws Exception {
        WifiSetup setup = new WifiSetup("ABCDEFGHIJKLMNOPQRST", "abcdefghijklmnopqrst", WifiSecurity.WPA2PSK,
                IpMode.IPV4_OR_IPV6);
        WifiSetupReply reply = new BleSession(box, 0x0102).setupWifi(setup);
        assertTrue(reply.succeeded());
        assertEquals(FakeBox.address("192.168.48.1"), reply.wifiIp());
        assertEquals(0x10040, reply.statusMask());
        assertEquals(Set.of(DeviceStatusFlag.STATUS_SOFTAP, DeviceStatusFlag.STATUS_PASSWD), reply.status());
        assertEquals(new WifiSetupRequest(0x0102, setup), box.lastWifiSetup);
        assertEquals(List.of("write Buffer-0 53 37 00 03 01 02 00 01",
                "write Buffer-1 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50 51 52",
                "write Buffer-2 53 54 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00",
                "write Buffer-3 61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 71 72",
                "write Buffer-4 53 37 73 74 00 00 00 00 00 00 00 00 00 00 00 00 00 00", "read Buffer-0",
                "read Buffer-4"), box.log);
    }

    @Test
    void wifiSetupResultIsReadAgainWhileRunning() throws Exception {
        box.wifiResult = ResultCode.RET_RUNNING.code();
        BleSession session = new BleSession(box, 5);
        WifiSetupReply first = session.setupWifi(new WifiSetup("home", "password", WifiSecurity.WPA2PSK,
                IpMode.ONLY_IPV4));
        assertTrue(first.running());
        assertEquals(ResultCode.RET_RUNNING, first.resultCode());
        box.finishWifi();
        box.log.clear();
        WifiSetupReply second = session.readWifiSetupResult(first.index());
        assertTrue(second.succeeded());
        assertEquals(5, second.index());
        assertEquals(List.of("read Buffer-0", "read Buffer-4"), box.log);
    }

    @Test
    void apMode() throws Exception {
        box.apModeResult = 2;
        ResultReply reply = new BleSession(box, 42).openApMode();
        assertEquals(new ResultReply(42, 2), reply);
        assertEquals(List.of("write Buffer-0 53 41 00 2A", "read Buffer-4"), box.log);
    }

    @Test
    void apInfoReadsBuffer4ThenBuffer2ThenBuffer3() throws Exception {
        ApInfoReply reply = new BleSession(box, 0x8000).readApInfo();
        assertEquals(new ApInfoReply(0x8000, WifiSecurity.WPA2PSK, "C301170101001", "12345678"), reply);
        assertEquals(List.of("write Buffer-0 53 43 80 00", "read Buffer-4", "read Buffer-2", "read Buffer-3"),
                box.log);
    }

    @Test
    void pingReadsBuffer1Only() throws Exception {
        new BleSession(box, 0).ping();
        assertEquals(List.of("read Buffer-1"), box.log);
    }

    @Test
    void indexesCountUpAndWrapAt16Bits() throws Exception {
        BleSession session = new BleSession(box, 0xFFFE);
        assertEquals(0xFFFE, session.readStatus().index());
        assertEquals(0xFFFF, session.openApMode().index());
        assertEquals(0, session.readApInfo().index());
        assertEquals(1, session.authenticate("Admin").index());
        assertEquals(2, session.setupWifi(new WifiSetup("a", "b", WifiSecurity.WEP, IpMode.ONLY_IPV4)).index());
    }

    @Test
    void randomFirstIndexWorks() throws Exception {
        int index = new BleSession(box).readStatus().index();
        assertTrue(index >= 0 && index <= 0xFFFF);
        assertThrows(IllegalArgumentException.class, () -> new BleSession(box, 0x10000));
    }

    @Test
    void aReplyToAnotherIndexIsRejected() {
        box.indexSkew = 1;
        BleSession session = new BleSession(box, 7);
        assertThrows(BleFormatException.class, session::readStatus);
        assertThrows(BleFormatException.class, () -> session.authenticate("Admin"));
        assertThrows(BleFormatException.class,
                () -> session.setupWifi(new WifiSetup("a", "b", WifiSecurity.WEP, IpMode.ONLY_IPV4)));
        assertThrows(BleFormatException.class, session::openApMode);
        assertThrows(BleFormatException.class, session::readApInfo);
    }

    @Test
    void aStaleReplyIsRejected() throws Exception {
        // The box answers the first status request, then ignores the second: Buffer-4 still holds the old reply.
        BleSession session = new BleSession(box, 10);
        session.readStatus();
        BleTransport deaf = new BleTransport() {
            @Override
            public void write(UUID characteristic, byte[] value) {
            }

            @Override
            public byte[] read(UUID characteristic) throws IOException {
                return box.read(characteristic);
            }
        };
        assertThrows(BleFormatException.class, () -> new BleSession(deaf, 11).readStatus());
    }

    @Test
    void transportFailuresPropagate() {
        BleTransport broken = new BleTransport() {
            @Override
            public void write(UUID characteristic, byte[] value) throws IOException {
                throw new IOException("link lost");
            }

            @Override
            public byte[] read(UUID characteristic) throws IOException {
                throw new IOException("link lost");
            }
        };
        assertEquals("link lost", assertThrows(IOException.class, () -> new BleSession(broken).readStatus())
                .getMessage());
        assertThrows(IOException.class, () -> new BleSession(broken).ping());
    }

    @Test
    void concurrentExchangesDoNotInterleave() throws Exception {
        CountDownLatch firstWriteEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        BleTransport slow = new BleTransport() {
            private boolean first = true;

            @Override
            public void write(UUID characteristic, byte[] value) throws IOException {
                box.write(characteristic, value);
                boolean wait;
                synchronized (this) {
                    wait = first;
                    first = false;
                }
                if (wait) {
                    firstWriteEntered.countDown();
                    try {
                        releaseFirstWrite.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public byte[] read(UUID characteristic) throws IOException {
                return box.read(characteristic);
            }
        };
        BleSession session = new BleSession(slow, 100);
        AtomicReference<@Nullable Exception> failure = new AtomicReference<>();
        Thread a = new Thread(() -> runStatus(session, failure));
        Thread b = new Thread(() -> runStatus(session, failure));
        a.start();
        assertTrue(firstWriteEntered.await(5, TimeUnit.SECONDS));
        b.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (b.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(Thread.State.BLOCKED, b.getState());
        releaseFirstWrite.countDown();
        a.join(5000);
        b.join(5000);
        assertNull(failure.get());
        assertEquals(List.of("write Buffer-0 53 35 00 64", "read Buffer-4", "write Buffer-0 53 35 00 65",
                "read Buffer-4"), box.log);
    }

    private static void runStatus(BleSession session, AtomicReference<@Nullable Exception> failure) {
        try {
            session.readStatus();
        } catch (IOException | BleFormatException e) {
            failure.set(e);
        }
    }
}
