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

import java.util.function.LongConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A long operation (format, disk-test, living-test, check-upgrade, upgrade) whose progress follows the clock:
 * {@code result} 27 until started, 2 while running, then 0 when its time is over, or 5 when cancelled; a
 * {@code clear-*} call puts it back to 27. Whoever looks at it first after its time is over finishes it, and
 * its {@code onFinish} runs then, once, with the clock value at which it ended.
 */
@NonNullByDefault
public final class TimedJob {

    private final LongConsumer onFinish;

    private int result = ResultCode.RET_INIT.code();
    private long start;
    private long durationMs;
    private int percent;

    public TimedJob() {
        this(end -> {
        });
    }

    public TimedJob(LongConsumer onFinish) {
        this.onFinish = onFinish;
    }

    public void start(long now, long durationMs) {
        this.start = now;
        this.durationMs = durationMs;
        this.result = ResultCode.RET_RUNNING.code();
        this.percent = 0;
    }

    /** Moves a running job to done when its time is over. */
    public void settle(long now) {
        if (result == ResultCode.RET_RUNNING.code()) {
            if (now - start >= durationMs) {
                result = ResultCode.RET_SUCCEED.code();
                percent = 100;
                onFinish.accept(start + durationMs);
            } else {
                percent = (int) ((now - start) * 100 / durationMs);
            }
        }
    }

    public boolean isRunning(long now) {
        settle(now);
        return result == ResultCode.RET_RUNNING.code();
    }

    public void cancel(long now) {
        settle(now);
        if (result == ResultCode.RET_RUNNING.code()) {
            result = ResultCode.RET_CANCEL.code();
        }
    }

    /** Ends the job with a given result (a failure, or success ahead of time). */
    public void end(int resultCode) {
        result = resultCode;
    }

    public void clear() {
        result = ResultCode.RET_INIT.code();
        percent = 0;
    }

    public int result() {
        return result;
    }

    public int percent() {
        return percent;
    }

    public long elapsed(long now) {
        return now - start;
    }
}
