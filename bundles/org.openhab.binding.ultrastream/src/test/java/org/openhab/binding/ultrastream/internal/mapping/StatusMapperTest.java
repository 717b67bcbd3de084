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
package org.openhab.binding.ultrastream.internal.mapping;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Tests {@link StatusMapper} with recorded get-status replies: the document's example, a busy device, and a reply
 * with odd, partial and misspelled fields.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class StatusMapperTest {

    private static final List<String> ALL_STATUS_CHANNELS = List.of(RECORDING_ACTIVE, RECORDING_STATE,
            RECORDING_ELAPSED_TIME, RECORDING_CURRENT_BITRATE, RECORDING_AVERAGE_BITRATE, LIVE_ACTIVE,
            LIVE_ELAPSED_TIME, LIVE_CURRENT_BITRATE, LIVE_AVERAGE_BITRATE, LIVE_TARGET1_STATE, LIVE_TARGET1_NETWORK,
            LIVE_TARGET2_STATE, LIVE_TARGET2_BITRATE, LIVE_TARGET2_NETWORK, INPUT_SIGNAL, INPUT_RESOLUTION,
            INPUT_FRAME_RATE, INPUT_INTERLACED, INPUT_AUDIO_FORMAT, "usb#status", "usb#total-space", "usb#used-space",
            "usb#free-space", "usb#usage", "usb#time-left", "usb#write-speed", "usb#file-count", "sd#status",
            "sd#total-space", "sd#used-space", "sd#free-space", "sd#usage", "sd#time-left", "sd#write-speed",
            "sd#file-count", DEVICE_NAME, DEVICE_ETHERNET_ADDRESS, DEVICE_WIFI_ADDRESS, DEVICE_AP_MODE,
            DEVICE_FIRMWARE_AVAILABLE, DEVICE_FIRMWARE_NEW_VERSION, DEVICE_FORMAT_PROGRESS,
            DEVICE_SPEED_TEST_PROGRESS, DEVICE_LIVE_TEST_PROGRESS, DEVICE_UPGRADE_PROGRESS);

    private final DeviceStatus idle = Fixtures.read("status-idle.json", DeviceStatus.class);
    private final DeviceStatus busy = Fixtures.read("status-busy.json", DeviceStatus.class);
    private final DeviceStatus odd = Fixtures.read("status-odd.json", DeviceStatus.class);

    @Test
    void everyStatusChannelGetsAStateFromEveryReply() {
        for (DeviceStatus status : List.of(idle, busy, odd, new DeviceStatus())) {
            Map<String, State> states = StatusMapper.map(null, status, null).states();
            assertEquals(ALL_STATUS_CHANNELS.stream().sorted().toList(), states.keySet().stream().sorted().toList());
        }
    }

    @Test
    void aBoxNameReachesTheNameChannelWithoutEscapesOrLineBreaks() {
        DeviceStatus status = new DeviceStatus();
        status.boxName = "\u001B[31mStage\r\nINFO forged\u202E";
        assertEquals(new StringType("Stage INFO forged"),
                StatusMapper.map(null, status, null).states().get(DEVICE_NAME));
    }

    @Test
    void idleDeviceFromTheDocument() {
        Map<String, State> states = StatusMapper.map(null, idle, "1.2.122").states();

        assertEquals(OnOffType.OFF, states.get(RECORDING_ACTIVE));
        assertEquals(new StringType("RET_INIT"), states.get(RECORDING_STATE));
        assertQuantity(0, Units.SECOND, states.get(RECORDING_ELAPSED_TIME));
        assertEquals(OnOffType.OFF, states.get(LIVE_ACTIVE));
        assertEquals(UnDefType.UNDEF, states.get(LIVE_TARGET1_NETWORK));

        assertEquals(OnOffType.ON, states.get(INPUT_SIGNAL));
        assertEquals(new StringType("1920x1080"), states.get(INPUT_RESOLUTION));
        assertQuantity(59.94, Units.HERTZ, states.get(INPUT_FRAME_RATE));
        assertEquals(OnOffType.OFF, states.get(INPUT_INTERLACED));
        assertEquals(new StringType("LPCM 48 kHz 16 bit"), states.get(INPUT_AUDIO_FORMAT));

        assertEquals(new StringType("DISK_VALID"), states.get("usb#status"));
        assertQuantity(61638148096L, Units.BYTE, states.get("usb#total-space"));
        assertQuantity(3559489536L, Units.BYTE, states.get("usb#used-space"));
        assertQuantity(57944440832L, Units.BYTE, states.get("usb#free-space"));
        assertQuantity(6, Units.PERCENT, states.get("usb#usage"));
        assertQuantity(208038, Units.SECOND, states.get("usb#time-left"));
        assertQuantity(14255282L * 8, Units.BIT_PER_SECOND, states.get("usb#write-speed"));
        assertEquals(new DecimalType(47), states.get("usb#file-count"));
        assertEquals(new DecimalType(50), states.get("sd#file-count"));

        assertEquals(new StringType("Ultra Stream C301181214002"), states.get(DEVICE_NAME));
        assertEquals(new StringType("10.10.107.212"), states.get(DEVICE_ETHERNET_ADDRESS));
        assertEquals(new StringType("192.168.8.249"), states.get(DEVICE_WIFI_ADDRESS));
        assertEquals(OnOffType.OFF, states.get(DEVICE_AP_MODE));
        assertEquals(OnOffType.OFF, states.get(DEVICE_FIRMWARE_AVAILABLE));
        assertEquals(UnDefType.UNDEF, states.get(DEVICE_FIRMWARE_NEW_VERSION));
        assertQuantity(0, Units.PERCENT, states.get(DEVICE_UPGRADE_PROGRESS));
    }

    @Test
    void busyDeviceRecordsStreamsAndHasNoSignal() {
        Map<String, State> states = StatusMapper.map(null, busy, "1.2.122").states();

        assertEquals(OnOffType.ON, states.get(RECORDING_ACTIVE));
        assertEquals(new StringType("RET_SUCCEED"), states.get(RECORDING_STATE));
        assertQuantity(61.5, Units.SECOND, states.get(RECORDING_ELAPSED_TIME));
        assertQuantity(4200000, Units.BIT_PER_SECOND, states.get(RECORDING_CURRENT_BITRATE));
        assertQuantity(4096000, Units.BIT_PER_SECOND, states.get(RECORDING_AVERAGE_BITRATE));

        assertEquals(OnOffType.ON, states.get(LIVE_ACTIVE));
        assertQuantity(30.25, Units.SECOND, states.get(LIVE_ELAPSED_TIME));
        assertEquals(new StringType("RET_LIVING_CONNECTED"), states.get(LIVE_TARGET1_STATE));
        assertEquals(new StringType("ETHERNET"), states.get(LIVE_TARGET1_NETWORK));
        assertEquals(new StringType("RET_LIVING_AUTH_ERR"), states.get(LIVE_TARGET2_STATE));
        assertQuantity(1500000, Units.BIT_PER_SECOND, states.get(LIVE_TARGET2_BITRATE));
        assertEquals(new StringType("WIFI"), states.get(LIVE_TARGET2_NETWORK));

        assertEquals(OnOffType.OFF, states.get(INPUT_SIGNAL));
        assertEquals(UnDefType.UNDEF, states.get(INPUT_RESOLUTION));
        assertEquals(UnDefType.UNDEF, states.get(INPUT_FRAME_RATE));

        assertEquals(new StringType("NOT_SPACE"), states.get("usb#status"));
        assertEquals(new StringType("NOT_DISK"), states.get("sd#status"));
        assertEquals(UnDefType.UNDEF, states.get("sd#total-space"));
        assertEquals(UnDefType.UNDEF, states.get("sd#file-count"));

        assertEquals(OnOffType.ON, states.get(DEVICE_AP_MODE));
        assertEquals(OnOffType.ON, states.get(DEVICE_FIRMWARE_AVAILABLE));
        assertEquals(new StringType("1.2.123"), states.get(DEVICE_FIRMWARE_NEW_VERSION));
    }

    @Test
    void oddPartialAndMisspelledFieldsGiveUndefOrSaneValues() {
        Map<String, State> states = StatusMapper.map(null, odd, null).states();

        // "cur-status" sent as a string still counts
        assertEquals(OnOffType.OFF, states.get(RECORDING_ACTIVE));
        // rec-status null: a group without fields, so nothing is known
        assertEquals(UnDefType.UNDEF, states.get(RECORDING_STATE));
        assertEquals(UnDefType.UNDEF, states.get(RECORDING_CURRENT_BITRATE));
        // a result code the document does not list keeps its number
        assertEquals(new StringType("-45"), states.get(LIVE_TARGET1_STATE));
        // negative bitrates are clamped; run-ms "soon" is not a number, so the time is not known
        assertQuantity(0, Units.BIT_PER_SECOND, states.get(LIVE_CURRENT_BITRATE));
        assertEquals(UnDefType.UNDEF, states.get(LIVE_ELAPSED_TIME));

        assertEquals(OnOffType.ON, states.get(INPUT_SIGNAL));
        assertEquals(new StringType("1280x720"), states.get(INPUT_RESOLUTION));
        assertEquals(OnOffType.ON, states.get(INPUT_INTERLACED));
        assertEquals(new StringType("Compressed 44.1 kHz"), states.get(INPUT_AUDIO_FORMAT));

        assertEquals(new StringType("UNKNOWN"), states.get("usb#status"));
        assertEquals(new DecimalType(1), states.get("usb#file-count"));
        assertQuantity(100, Units.PERCENT, states.get("usb#usage"));
        // "sd": [] is not an object: nothing is known about the SD card (not: "no card")
        assertEquals(UnDefType.UNDEF, states.get("sd#status"));
        assertEquals(UnDefType.UNDEF, states.get("sd#free-space"));

        assertEquals(UnDefType.UNDEF, states.get(DEVICE_NAME));
        assertEquals(UnDefType.UNDEF, states.get(DEVICE_ETHERNET_ADDRESS));
        assertEquals(OnOffType.OFF, states.get(DEVICE_FIRMWARE_AVAILABLE));
        assertQuantity(100, Units.PERCENT, states.get(DEVICE_UPGRADE_PROGRESS));
        assertQuantity(0, Units.PERCENT, states.get(DEVICE_FORMAT_PROGRESS));
    }

    @Test
    void theFirstPollFiresNoEvents() {
        assertEquals(List.of(), StatusMapper.map(null, busy, null).events());
    }

    @Test
    void anUnchangedStatusFiresNoEvents() {
        assertEquals(List.of(), StatusMapper.map(idle, idle, null).events());
        assertEquals(List.of(), StatusMapper.map(busy, busy, null).events());
    }

    @Test
    void startingEverythingFiresStartedEventsAndLosesTheSignal() {
        List<String> events = StatusMapper.map(idle, busy, "1.2.122").events();

        assertEquals(List.of(EVENT_RECORDING_STARTED, EVENT_LIVE_STARTED, EVENT_LIVE_ERROR, EVENT_SIGNAL_LOST,
                "USB_FULL", "SD_REMOVED", EVENT_FIRMWARE_AVAILABLE), events);
    }

    @Test
    void stoppingEverythingFiresStoppedEventsAndLocksTheSignal() {
        List<String> events = StatusMapper.map(busy, idle, "1.2.122").events();

        assertEquals(List.of(EVENT_RECORDING_STOPPED, EVENT_LIVE_STOPPED, EVENT_SIGNAL_LOCKED), events);
    }

    @Test
    void lowSpaceFiresTheLowEventOnce() {
        DeviceStatus low = Fixtures.read("status-idle.json", DeviceStatus.class);
        low.sd.diskStatus = 5;

        assertEquals(List.of("SD_LOW"), StatusMapper.map(idle, low, null).events());
        assertEquals(List.of(), StatusMapper.map(low, low, null).events());
    }

    @Test
    void firmwareAlreadyRunningIsNotAvailable() {
        Map<String, State> states = StatusMapper.map(idle, busy, "1.2.123").states();

        assertEquals(OnOffType.OFF, states.get(DEVICE_FIRMWARE_AVAILABLE));
        assertFalse(StatusMapper.map(idle, busy, "1.2.123").events().contains(EVENT_FIRMWARE_AVAILABLE));
    }

    @Test
    void liveErrorFiresWhenATargetEntersAnErrorOnly() {
        DeviceStatus failing = Fixtures.read("status-idle.json", DeviceStatus.class);
        failing.liveStatus.result = -21;

        assertEquals(List.of(EVENT_LIVE_ERROR), StatusMapper.map(idle, failing, null).events());
        assertEquals(List.of(), StatusMapper.map(failing, failing, null).events());
    }

    @Test
    void signalRequiresAStatusAndAPictureSize() {
        DeviceStatus locking = Fixtures.read("status-idle.json", DeviceStatus.class);
        locking.inputSignal.cx = 0;
        assertFalse(StatusMapper.isSignalPresent(locking.inputSignal));
        locking.inputSignal.cx = 1920;
        locking.inputSignal.status = 0;
        assertFalse(StatusMapper.isSignalPresent(locking.inputSignal));
        locking.inputSignal.status = 1;
        assertTrue(StatusMapper.isSignalPresent(locking.inputSignal));
    }

    private static void assertQuantity(Number expected, Unit<?> unit,
            @org.eclipse.jdt.annotation.Nullable State state) {
        assertTrue(state instanceof QuantityType<?>, () -> "not a quantity: " + state);
        QuantityType<?> quantity = (QuantityType<?>) state;
        assertEquals(unit, quantity.getUnit());
        assertEquals(0, new BigDecimal(expected.toString()).compareTo(quantity.toBigDecimal()),
                () -> "expected " + expected + " but was " + quantity);
    }
}
