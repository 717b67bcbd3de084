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
package org.openhab.binding.ultrastream.internal.firmware;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareUpdateHandler;
import org.openhab.core.thing.binding.firmware.ProgressCallback;
import org.openhab.core.thing.binding.firmware.ProgressStep;

/**
 * openHAB's firmware update service as far as a handler sees it (its {@code FirmwareUpdateServiceImpl} and
 * {@code ProgressCallbackImpl}, written from their behaviour): {@link #update} refuses when the handler is not
 * executable ({@link IllegalStateException}) or the firmware does not suit the thing
 * ({@link IllegalArgumentException}), then calls {@code updateFirmware} with a callback that keeps openHAB's rules
 * and records every report; an exception from the handler ends the update as openHAB does.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class FirmwareUpdateServiceDouble {

    /** The callback, with openHAB's rules; {@link #log} holds what openHAB would publish, in order. */
    static final class RecordingProgress implements ProgressCallback {
        private enum State {
            INITIALIZED,
            RUNNING,
            PENDING,
            FINISHED
        }

        final List<String> log = new ArrayList<>();
        private @Nullable List<ProgressStep> sequence;
        private @Nullable Iterator<ProgressStep> steps;
        private @Nullable State state;
        private @Nullable Integer progress;

        @Override
        public synchronized void defineSequence(ProgressStep... sequence) {
            if (sequence.length == 0) {
                throw new IllegalArgumentException("Sequence must not be null or empty.");
            }
            this.sequence = List.of(sequence);
            this.steps = this.sequence.iterator();
            state = State.INITIALIZED;
            log.add("sequence " + Arrays.stream(sequence).map(Enum::name).collect(Collectors.joining(",")));
        }

        @Override
        public synchronized void next() {
            requireNotFinished();
            Iterator<ProgressStep> it = steps;
            if (state == State.PENDING) {
                state = State.RUNNING;
            } else if (it != null && it.hasNext()) {
                state = State.RUNNING;
                log.add("step " + it.next());
            } else {
                state = State.FINISHED;
                throw new IllegalStateException("There is no further progress step to be executed.");
            }
        }

        @Override
        public synchronized void failed(String errorMessageKey, Object... arguments) {
            requireNotFinished();
            if (errorMessageKey.isEmpty()) {
                throw new IllegalArgumentException("The error message key must not be null or empty.");
            }
            state = State.FINISHED;
            // openHAB resolves the key in the binding's i18n; a missing key makes the result info throw
            String message = FirmwareMessages.text(errorMessageKey, arguments);
            if (message == null || message.isEmpty()) {
                throw new IllegalArgumentException(
                        "Error message must not be null or empty for erroneous firmare updates");
            }
            log.add("failed " + message);
        }

        @Override
        public synchronized void success() {
            requireNotFinished();
            Integer p = progress;
            Iterator<ProgressStep> it = steps;
            if ((p == null || p < 100) && (it == null || it.hasNext())) {
                throw new IllegalStateException(
                        "Update can't be successfully finished until progress is 100% or last progress step is reached");
            }
            state = State.FINISHED;
            log.add("success");
        }

        @Override
        public synchronized void pending() {
            requireNotFinished();
            state = State.PENDING;
            log.add("pending");
        }

        @Override
        public synchronized void canceled() {
            requireNotFinished();
            state = State.FINISHED;
            log.add("canceled");
        }

        @Override
        public synchronized void update(int progress) {
            requireNotFinished();
            if (progress < 0 || progress > 100) {
                throw new IllegalArgumentException("The progress must be between 0 and 100.");
            }
            Integer old = this.progress;
            if (old != null && progress < old) {
                throw new IllegalArgumentException("The new progress must not be smaller than the old progress.");
            }
            if (old == null || old != progress) {
                if (sequence != null && state == State.INITIALIZED) {
                    // openHAB's getCurrentStep() takes the first step when a percentage comes before next()
                    Iterator<ProgressStep> it = steps;
                    if (it != null && it.hasNext()) {
                        log.add("step " + it.next());
                    }
                }
                this.progress = progress;
                state = State.RUNNING;
                log.add("progress " + progress);
            }
        }

        /** openHAB's internal failure, for a handler exception or timeout: ignores the finished state. */
        synchronized void failedInternal(String key) {
            state = State.FINISHED;
            log.add("failed internal " + key);
        }

        synchronized boolean isFinished() {
            return state == State.FINISHED;
        }

        synchronized List<String> log() {
            return List.copyOf(log);
        }

        /** The percentages reported, in order. */
        synchronized List<Integer> percentages() {
            return log.stream().filter(line -> line.startsWith("progress "))
                    .map(line -> Integer.valueOf(line.substring(9))).toList();
        }

        /** Everything but the percentages, in order. */
        synchronized List<String> steps() {
            return log.stream().filter(line -> !line.startsWith("progress ")).toList();
        }

        private void requireNotFinished() {
            if (state == State.FINISHED) {
                throw new IllegalStateException("Update is finished.");
            }
        }
    }

    /** As {@code FirmwareUpdateService.updateFirmware}: checks, then starts the update; returns its callback. */
    RecordingProgress update(FirmwareUpdateHandler handler, Firmware firmware) {
        if (!handler.isUpdateExecutable()) {
            throw new IllegalStateException(
                    "The firmware update of thing with UID " + handler.getThing().getUID() + " is not executable.");
        }
        if (!firmware.isSuitableFor(handler.getThing())) {
            throw new IllegalArgumentException("Firmware " + firmware + " is not suitable for thing with UID "
                    + handler.getThing().getUID() + ".");
        }
        RecordingProgress progress = new RecordingProgress();
        try {
            handler.updateFirmware(firmware, progress);
        } catch (RuntimeException e) {
            progress.failedInternal("unexpected-handler-error");
        }
        return progress;
    }
}
