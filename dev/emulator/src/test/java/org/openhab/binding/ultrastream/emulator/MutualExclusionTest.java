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
package org.openhab.binding.ultrastream.emulator;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the mutual-exclusion table in device-notes.md whose column can be running: X gets errBusy
 * (-9), R gets retRepeat (1), N goes ahead (0). The columns "edit stream server" and "encoding params" are
 * instantaneous calls that are never running, so only their L (last one wins) cells are testable.
 */
@NonNullByDefault
class MutualExclusionTest extends EmulatorTestBase {

    /** The table as device-notes.md restores it; columns: format, speed test, live test, LIVE, REC. */
    private static final Map<String, String> TABLE = Map.of( //
            "usb-format", "RXNNX", //
            "usb-speed-test", "XRNNX", //
            "live-test", "NNXXN", //
            "edit-stream-server", "NNXXN", //
            "live", "NNXRN", //
            "rec", "XXNNR", //
            "encoding-params", "NNXXX", //
            "firmware-update", "XXXXX", //
            "reset", "XXXXX", //
            "reboot", "XXXXX");
    private static final String[] COLUMNS = { "usb-format", "usb-speed-test", "live-test", "live", "rec" };

    @BeforeEach
    void prepare() {
        assertEquals(0, api().result("add-server", "type", "0", "url", "rtmp://10.0.0.1/live", "key", "k"));
        assertEquals(0, api().result("enable-server", "id", "0", "is-use", "1"));
        assertEquals(0, api().upload("ultra_stream_hdmi_1_2_130.mwf", new byte[100]).get("status").getAsInt());
    }

    static List<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        TABLE.forEach((row, letters) -> {
            for (int c = 0; c < COLUMNS.length; c++) {
                cells.add(Arguments.of(row, COLUMNS[c], letters.charAt(c)));
            }
        });
        return cells;
    }

    /** Starts what a column stands for. */
    private void run(String activity) {
        assertEquals(0, request(activity), activity + " starts");
    }

    /** Makes the request of a row; returns its result. */
    private int request(String activity) {
        return switch (activity) {
            case "usb-format" -> api().result("start-format-usb");
            case "usb-speed-test" -> api().result("start-test-usb");
            case "live-test" -> api().result("start-test-server", "type", "2", "key", "test");
            case "edit-stream-server" -> api().result("set-server", "id", "0", "name", "Edited");
            case "live" -> api().result("start-live");
            case "rec" -> api().result("start-rec");
            case "encoding-params" -> api().result("set-audio", "kbps", "96");
            case "firmware-update" -> api().result("update", "mode", "upload");
            case "reset" -> api().result("reset-all-settings");
            case "reboot" -> api().result("reboot");
            default -> throw new IllegalArgumentException(activity);
        };
    }

    @ParameterizedTest(name = "{0} while {1} runs: {2}")
    @MethodSource("cells")
    void requestWhileRunning(String row, String column, char rule) {
        run(column);
        int expected = switch (rule) {
            case 'X' -> -9;
            case 'R' -> 1;
            default -> 0;
        };
        assertEquals(expected, request(row));
    }

    @Test
    void editingStreamServersLastOneWins() {
        assertEquals(0, api().result("set-server", "id", "0", "name", "First"));
        assertEquals(0, api().result("set-server", "id", "0", "name", "Second"));
        assertEquals("Second",
                settings().getAsJsonArray("stream-server").get(0).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void encodingParamsLastOneWins() {
        assertEquals(0, api().result("set-audio", "kbps", "96"));
        assertEquals(0, api().result("set-audio", "kbps", "64"));
        assertEquals(64, settings().getAsJsonObject("audio").get("kbps").getAsInt());
    }

    @Test
    void otherCallsAreNotAffected() {
        run("rec");
        run("live");
        assertEquals(0, api().result("set-name", "name", "Busy but fine"));
        assertEquals(0, api().result("get-status"));
        assertEquals(0, api().result("stop-rec"));
        assertEquals(0, api().result("stop-live"));
    }
}
