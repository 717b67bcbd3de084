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

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The document's mutual-exclusion table (互斥对照表, restored in device-notes.md): which request may be made
 * while which operation runs.
 * <p>
 * Of the table's columns, five can be seen running in the status mask: USB format ({@code STATUS_FORMAT_DISK},
 * and {@code STATUS_FORMAT_SD} counted with it), USB speed test ({@code STATUS_DISK_TEST}), live test
 * ({@code STATUS_NET_TEST}), LIVE ({@code STATUS_LIVING}) and REC ({@code STATUS_RECORD}). Editing a stream server
 * and changing encoding parameters are instantaneous, so they never block anything here. Cells: {@code N} no
 * effect, {@code X} exclusive (refused), {@code R} the same thing again (allowed: the device answers it with
 * {@code RET_REPEAT}, which is not an error), and
 * {@code L} last one wins (allowed).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MutualExclusion {

    /** The rows of the table: the kinds of request the table governs. */
    public enum Request {
        USB_FORMAT("format"),
        USB_SPEED_TEST("USB speed test"),
        LIVE_TEST("live test"),
        EDIT_STREAM_SERVER("editing a live server"),
        LIVE("live"),
        REC("recording"),
        ENCODING_PARAMS("changing encoding parameters"),
        FIRMWARE_UPDATE("firmware update"),
        RESET("reset"),
        REBOOT("reboot");

        private final String label;

        Request(String label) {
            this.label = label;
        }
    }

    /** The observable columns of the table, each with the status flags that show it running. */
    private enum Running {
        USB_FORMAT("a format", EnumSet.of(DeviceStatusFlag.STATUS_FORMAT_DISK, DeviceStatusFlag.STATUS_FORMAT_SD)),
        USB_SPEED_TEST("a USB speed test", EnumSet.of(DeviceStatusFlag.STATUS_DISK_TEST)),
        LIVE_TEST("a live test", EnumSet.of(DeviceStatusFlag.STATUS_NET_TEST)),
        LIVE("live", EnumSet.of(DeviceStatusFlag.STATUS_LIVING)),
        REC("recording", EnumSet.of(DeviceStatusFlag.STATUS_RECORD));

        private final String label;
        private final Set<DeviceStatusFlag> flags;

        Running(String label, Set<DeviceStatusFlag> flags) {
            this.label = label;
            this.flags = flags;
        }

        boolean isRunning(Set<DeviceStatusFlag> status) {
            return flags.stream().anyMatch(status::contains);
        }
    }

    /**
     * The table's cells for the observable columns, in the order of {@link Running}: USB format, USB speed test,
     * live test, LIVE, REC. The two unobservable columns (edit stream server, encoding params) are left out.
     */
    private static String cells(Request request) {
        return switch (request) {
            case USB_FORMAT -> "RXNNX";
            case USB_SPEED_TEST -> "XRNNX";
            case LIVE_TEST -> "NNXXN";
            case EDIT_STREAM_SERVER -> "NNXXN";
            case LIVE -> "NNXRN";
            case REC -> "XXNNR";
            case ENCODING_PARAMS -> "NNXXX";
            case FIRMWARE_UPDATE, RESET, REBOOT -> "XXXXX";
        };
    }

    private MutualExclusion() {
    }

    /**
     * Why {@code request} may not be made while the device shows {@code status}, or null when it may.
     */
    public static @Nullable String conflict(Request request, Set<DeviceStatusFlag> status) {
        String cells = cells(request);
        for (Running running : Running.values()) {
            if (!running.isRunning(status)) {
                continue;
            }
            char cell = cells.charAt(running.ordinal());
            if (cell == 'X') {
                return request.label + " is not possible while " + running.label + " runs (mutual-exclusion table)";
            }
        }
        return null;
    }
}
