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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
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
        assertStates(StatusMapper.map(null, idle, "1.2.122").states(), """
                recording#active            OFF
                recording#state             RET_INIT
                recording#elapsed-time      0 s
                live#active                 OFF
                live#target1-network        UNDEF
                input#signal                ON
                input#resolution            1920x1080
                input#frame-rate            59.94 Hz
                input#interlaced            OFF
                input#audio-format          LPCM 48 kHz 16 bit
                usb#status                  DISK_VALID
                usb#total-space             61638148096 B
                usb#used-space              3559489536 B
                usb#free-space              57944440832 B
                usb#usage                   6 %
                usb#time-left               208038 s
                # write-bps 14255282 counts bytes per second; the channel shows bits
                usb#write-speed             114042256 bit/s
                usb#file-count              47
                sd#file-count               50
                device#name                 Ultra Stream C301181214002
                device#ethernet-address     10.10.107.212
                device#wifi-address         192.168.8.249
                device#ap-mode              OFF
                device#firmware-available   OFF
                device#firmware-new-version UNDEF
                device#upgrade-progress     0 %
                """);
    }

    @Test
    void busyDeviceRecordsStreamsAndHasNoSignal() {
        assertStates(StatusMapper.map(null, busy, "1.2.122").states(), """
                recording#active            ON
                recording#state             RET_SUCCEED
                recording#elapsed-time      61.5 s
                recording#current-bitrate   4200000 bit/s
                recording#average-bitrate   4096000 bit/s
                live#active                 ON
                live#elapsed-time           30.25 s
                live#target1-state          RET_LIVING_CONNECTED
                live#target1-network        ETHERNET
                live#target2-state          RET_LIVING_AUTH_ERR
                live#target2-bitrate        1500000 bit/s
                live#target2-network        WIFI
                input#signal                OFF
                input#resolution            UNDEF
                input#frame-rate            UNDEF
                usb#status                  NOT_SPACE
                sd#status                   NOT_DISK
                sd#total-space              UNDEF
                sd#file-count               UNDEF
                device#ap-mode              ON
                device#firmware-available   ON
                device#firmware-new-version 1.2.123
                """);
    }

    @Test
    void oddPartialAndMisspelledFieldsGiveUndefOrSaneValues() {
        assertStates(StatusMapper.map(null, odd, null).states(), """
                # "cur-status" sent as a string still counts
                recording#active            OFF
                # rec-status null: a group without fields, so nothing is known
                recording#state             UNDEF
                recording#current-bitrate   UNDEF
                # a result code the document does not list keeps its number
                live#target1-state          "-99"
                # negative bitrates are clamped; run-ms "soon" is not a number, so the time is not known
                live#current-bitrate        0 bit/s
                live#elapsed-time           UNDEF
                input#signal                ON
                input#resolution            1280x720
                input#interlaced            ON
                input#audio-format          Compressed 44.1 kHz
                usb#status                  UNKNOWN
                usb#file-count              1
                usb#usage                   100 %
                # "sd": [] is not an object: nothing is known about the SD card (not: "no card")
                sd#status                   UNDEF
                sd#free-space               UNDEF
                device#name                 UNDEF
                device#ethernet-address     UNDEF
                device#firmware-available   OFF
                device#upgrade-progress     100 %
                device#format-progress      0 %
                """);
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

    /**
     * Asserts the states a table gives, one row each: the channel, then its state as openHAB writes it: ON or OFF,
     * UNDEF, a whole number (a decimal), a number and its unit (a quantity: the same unit and value, so 61.5 s is
     * 61.500 s), or other text (a string; in quotes where it would read as one of those). A row starting with # says
     * why.
     */
    private static void assertStates(Map<String, State> states, String table) {
        table.lines().map(String::strip).filter(row -> !row.isEmpty() && !row.startsWith("#")).forEach(row -> {
            String[] cells = row.split("\\s+", 2);
            String channel = cells[0];
            String text = cells[1];
            @Nullable
            State state = states.get(channel);
            if (text.matches("-?\\d+(\\.\\d+)? \\S+")) {
                QuantityType<?> expected = new QuantityType<>(text);
                assertTrue(state instanceof QuantityType<?> quantity && quantity.getUnit().equals(expected.getUnit())
                        && quantity.toBigDecimal().compareTo(expected.toBigDecimal()) == 0,
                        () -> channel + ": expected " + text + " but was " + state);
            } else {
                assertEquals(expected(text), state, channel);
            }
        });
    }

    private static State expected(String text) {
        return switch (text) {
            case "ON", "OFF" -> OnOffType.valueOf(text);
            case "UNDEF" -> UnDefType.UNDEF;
            default -> text.matches("-?\\d+")
                    ? new DecimalType(text)
                    : new StringType(text.startsWith("\"") ? text.substring(1, text.length() - 1) : text);
        };
    }
}
