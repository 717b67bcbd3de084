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
package org.openhab.binding.ultrastream.emulator.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The document's mutual-exclusion table (API 互斥对照表) as restored in device-notes.md. Rows are the request,
 * columns what is already running: N no effect, X refuse ({@code errBusy} -9), R repeated command
 * ({@code retRepeat} 1), L last one wins.
 */
@NonNullByDefault
public final class Exclusion {

    /** The table's rows and columns. The last three are rows only. */
    public enum Activity {
        USB_FORMAT,
        USB_SPEED_TEST,
        LIVE_TEST,
        EDIT_STREAM_SERVER,
        LIVE,
        REC,
        ENCODING_PARAMS,
        FIRMWARE_UPDATE,
        RESET,
        REBOOT
    }

    /** One string per row, one letter per column (USB format … encoding params). */
    private static final String[] TABLE = { //
            "RXNNNXN", // USB format
            "XRNNNXN", // USB speed test
            "NNXXXNX", // live test
            "NNXLXNN", // edit stream server
            "NNXXRNX", // LIVE
            "XXNNNRX", // REC
            "NNXNXXL", // encoding params
            "XXXXXXX", // firmware update
            "XXXXXXX", // reset
            "XXXXXXX", // reboot
    };

    private Exclusion() {
    }

    /** The letter of the table for a request while {@code running} runs. */
    public static char rule(Activity request, Activity running) {
        if (running.ordinal() > Activity.ENCODING_PARAMS.ordinal()) {
            return 'N';
        }
        return TABLE[request.ordinal()].charAt(running.ordinal());
    }

    /**
     * The refusal for a request, or null when it may go ahead. A refusal (X) beats a repeat (R).
     */
    public static @Nullable ResultCode check(Activity request, Set<Activity> running) {
        ResultCode answer = null;
        for (Activity r : running) {
            char c = rule(request, r);
            if (c == 'X') {
                return ResultCode.ERR_BUSY;
            }
            if (c == 'R') {
                answer = ResultCode.RET_REPEAT;
            }
        }
        return answer;
    }
}
