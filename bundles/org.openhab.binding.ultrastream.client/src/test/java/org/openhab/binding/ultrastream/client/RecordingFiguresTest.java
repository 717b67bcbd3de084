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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.DiskTest;
import org.openhab.binding.ultrastream.client.dto.LiveStatus;
import org.openhab.binding.ultrastream.client.dto.StreamServer;

/**
 * Derived figures, with the document's own worked example.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class RecordingFiguresTest {

    private static DeviceSettings settings(int recStream) {
        DeviceSettings settings = new DeviceSettings();
        settings.recStream = recStream;
        settings.mainStream.kbps = 4096;
        settings.subStream.kbps = 1024;
        settings.audio.kbps = 128;
        return settings;
    }

    @Test
    void requiredSpeedIsTheDocumentsExample() {
        // requirSpeed = 4096 + 128 = 4224 Kbps / 1024 * 8 ≈ 0.52 MB/S
        assertEquals(4224, RecordingFigures.requiredKbps(settings(0)));
        assertEquals(540672, RecordingFigures.requiredBytesPerSecond(settings(0)));
        assertEquals(0.52, RecordingFigures.requiredBytesPerSecond(settings(0)) / 1024.0 / 1024.0, 0.01);
        assertEquals(1152, RecordingFigures.requiredKbps(settings(1)));
    }

    @Test
    void speedTestResultIsSetAgainstTheRequiredSpeed() {
        DiskTest test = new DiskTest();
        test.result = 2; // still running
        test.writeBps = 14833071;
        assertNull(RecordingFigures.isFastEnough(settings(0), test));
        test.result = 0;
        assertEquals(Boolean.TRUE, RecordingFigures.isFastEnough(settings(0), test));
        test.writeBps = 500000;
        assertEquals(Boolean.FALSE, RecordingFigures.isFastEnough(settings(0), test));
    }

    @Test
    void recordingTimeLeftIsFreeSpaceOverRate() {
        DiskInfo disk = new DiskInfo();
        disk.freeSize = 540672L * 3600;
        assertEquals(Duration.ofHours(1), RecordingFigures.recordingTimeLeft(settings(0), disk));
        DeviceSettings silent = new DeviceSettings();
        assertNull(RecordingFigures.recordingTimeLeft(silent, disk));
    }

    @Test
    void fourGigabyteRule() {
        // 8 Mbps + 128 kbps: 60 minutes fit, 90 do not
        long kbps = 8192 + 128;
        assertTrue(RecordingFigures.fileBytes(60, kbps) <= RecordingFigures.MAX_FILE_BYTES);
        assertTrue(RecordingFigures.fileBytes(90, kbps) > RecordingFigures.MAX_FILE_BYTES);
        assertEquals(67, RecordingFigures.maxTimeUnitMinutes(kbps));
    }

    @Test
    void pushTargetsPairWithEnabledServers() {
        DeviceSettings settings = settings(0);
        settings.streamServer = List.of(server(0, 0), server(1, 1), server(2, 1));
        LiveStatus live = new LiveStatus();
        live.result = 22;
        live.curBps = 4000L;
        live.result2 = 30;
        List<PushTarget> targets = PushTarget.of(live, settings);
        assertEquals(2, targets.size());
        assertEquals(1, targets.get(0).server().id);
        assertTrue(targets.get(0).isConnected());
        assertEquals(4000, targets.get(0).curBps());
        assertEquals(2, targets.get(1).server().id);
        assertEquals(ResultCode.RET_LIVING_AUTH_ERR, targets.get(1).state());
        assertTrue(targets.get(1).isFailed());
    }

    private static StreamServer server(int id, int isUse) {
        StreamServer server = new StreamServer();
        server.id = id;
        server.isUse = isUse;
        return server;
    }
}
