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

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.DeviceHost;
import org.openhab.binding.ultrastream.emulator.internal.DeviceModel;
import org.openhab.binding.ultrastream.emulator.internal.FaultState;
import org.openhab.binding.ultrastream.emulator.internal.FirmwareFaults;

/**
 * Fault injection for one device. The transport faults (latency, dropped connections, HTTP 500, malformed
 * JSON) apply to every {@code /usapi} reply, {@code ping} and {@code login} included; the device faults
 * change the device itself.
 */
@NonNullByDefault
public final class Faults {

    private final FaultState state;
    private final DeviceHost host;

    Faults(FaultState state, DeviceHost host) {
        this.state = state;
        this.host = host;
    }

    /** Delays every {@code /usapi} reply by {@code d} (zero turns it off). */
    public void latency(Duration d) {
        state.latencyMs = Math.max(0, d.toMillis());
    }

    /** Sends half of each {@code /usapi} reply, then closes the connection. */
    public void dropConnections(boolean on) {
        state.dropConnections = on;
    }

    /** Answers every {@code /usapi} request with HTTP 500. */
    public void http500(boolean on) {
        state.http500 = on;
    }

    public void malformedJson(MalformedJson mode) {
        state.malformedJson = mode;
    }

    /** Ends every session now: the next call gets -17. */
    public void expireSessions() {
        DeviceModel model = host.model();
        synchronized (model) {
            model.sessions.clear();
            host.publish();
        }
    }

    /** The input signal is gone (on) or back (off). */
    public void signalLost(boolean on) {
        DeviceModel model = host.model();
        synchronized (model) {
            model.setSignalPresent(!on, host.now());
            host.publish();
        }
    }

    /** USB and SD report no free space. */
    public void diskFull(boolean on) {
        DeviceModel model = host.model();
        synchronized (model) {
            model.usb.setFull(on);
            model.sd.setFull(on);
            model.settle(host.now());
            host.publish();
        }
    }

    /** Reboots now, whatever runs: unreachable for {@code rebootDuration}, sessions dropped. */
    public void reboot() {
        DeviceModel model = host.model();
        synchronized (model) {
            model.startReboot(host.now(), false);
            host.publish();
        }
    }

    /** {@code update} is refused with {@code -18} (errSystem). */
    public void firmwareRefused(boolean on) {
        firmware(faults -> faults.refused = on);
    }

    /** Online downloads started from now on stop moving at 30 % and never end (until cancelled). */
    public void firmwareStuckDownload(boolean on) {
        firmware(faults -> faults.stuckDownload = on);
    }

    /** Updates started from now on fail at once: {@code upgrade-status.result} {@code -16} (errNoSpace). */
    public void firmwareNoSpace(boolean on) {
        firmware(faults -> faults.noSpace = on);
    }

    /**
     * After installing, the device does not come back from its reboot while this is on; turning it off brings a
     * device held down this way back at once.
     */
    public void firmwareNoReturn(boolean on) {
        firmware(faults -> faults.noReturn = on);
        if (!on) {
            DeviceModel model = host.model();
            synchronized (model) {
                model.returnNow(host.now());
                host.publish();
            }
        }
    }

    /**
     * Which field the {@code upload-update-file} reply carries its code in: {@code result} (as the document's demo
     * output) when on, {@code status} (as the method's own section, and real devices) when off.
     */
    public void uploadReplyWithResult(boolean on) {
        firmware(faults -> faults.uploadReplyWithResult = on);
    }

    private void firmware(Consumer<FirmwareFaults> change) {
        DeviceModel model = host.model();
        synchronized (model) {
            change.accept(model.firmwareFaults);
        }
    }

    /**
     * Turns every switch off: no latency, no drops, no 500, well-formed JSON, signal present, disks not full, no
     * firmware faults (a device held down after an update comes back), upload replies with {@code status}.
     */
    public void clear() {
        state.clear();
        signalLost(false);
        diskFull(false);
        firmwareRefused(false);
        firmwareStuckDownload(false);
        firmwareNoSpace(false);
        firmwareNoReturn(false);
        uploadReplyWithResult(false);
    }

    public Duration latency() {
        return Duration.ofMillis(state.latencyMs);
    }

    public boolean dropsConnections() {
        return state.dropConnections;
    }

    public boolean http500() {
        return state.http500;
    }

    public MalformedJson malformedJson() {
        return state.malformedJson;
    }
}
