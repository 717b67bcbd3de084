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
import static org.openhab.binding.ultrastream.client.DeviceStatusFlag.*;
import static org.openhab.binding.ultrastream.client.MutualExclusion.Request.*;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.MutualExclusion.Request;

/**
 * The mutual-exclusion table of device-notes.md, cell by cell for the observable columns.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class MutualExclusionTest {

    /** The columns in the order of the table: USB format, USB speed test, live test, LIVE, REC. */
    private static final DeviceStatusFlag[] COLUMNS = { STATUS_FORMAT_DISK, STATUS_DISK_TEST, STATUS_NET_TEST,
            STATUS_LIVING, STATUS_RECORD };

    /** The table, typed in again from device-notes.md (observable columns only). */
    private static String row(Request request) {
        return switch (request) {
            case USB_FORMAT -> "R X N N X";
            case USB_SPEED_TEST -> "X R N N X";
            case LIVE_TEST -> "N N X X N";
            case EDIT_STREAM_SERVER -> "N N X X N";
            case LIVE -> "N N X R N";
            case REC -> "X X N N R";
            case ENCODING_PARAMS -> "N N X X X";
            case FIRMWARE_UPDATE, RESET, REBOOT -> "X X X X X";
        };
    }

    @Test
    void everyCellOfTheTable() {
        for (Request request : Request.values()) {
            String[] cells = row(request).split(" ");
            for (int column = 0; column < COLUMNS.length; column++) {
                String conflict = MutualExclusion.conflict(request, EnumSet.of(COLUMNS[column]));
                String where = request + " while " + COLUMNS[column];
                switch (cells[column]) {
                    case "N" -> assertNull(conflict, where);
                    case "X" -> assertTrue(conflict != null && conflict.contains("mutual-exclusion"), where);
                    // a repeat is not refused here: the device answers it (RET_REPEAT, not an error)
                    case "R" -> assertNull(conflict, where);
                    default -> fail(where);
                }
            }
        }
    }

    @Test
    void nothingRunningBlocksNothing() {
        for (Request request : Request.values()) {
            assertNull(MutualExclusion.conflict(request, Set.of(STATUS_PASSWD, STATUS_DISK_READY)));
        }
    }

    @Test
    void sdFormatCountsAsFormat() {
        assertNotNull(MutualExclusion.conflict(REC, EnumSet.of(STATUS_FORMAT_SD)));
    }
}
