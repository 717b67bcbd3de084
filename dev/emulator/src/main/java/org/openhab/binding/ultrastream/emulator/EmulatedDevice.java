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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.DeviceFrontEnd;
import org.openhab.binding.ultrastream.emulator.internal.DeviceHost;
import org.openhab.binding.ultrastream.emulator.internal.DeviceModel;

/**
 * One running emulated device: where it listens, its fault switches, hooks to play scenarios, and what tests
 * may observe.
 */
@NonNullByDefault
public final class EmulatedDevice {

    private final DeviceHost host;
    private final DeviceFrontEnd frontEnd;
    private final Faults faults;
    private final int httpPort;
    private final int downloadPort;

    EmulatedDevice(DeviceHost host, DeviceFrontEnd frontEnd, Faults faults, int httpPort, int downloadPort) {
        this.host = host;
        this.frontEnd = frontEnd;
        this.faults = faults;
        this.httpPort = httpPort;
        this.downloadPort = downloadPort;
    }

    public String serialNumber() {
        return host.serialNumber();
    }

    /** The address the device listens on, e.g. {@code 127.0.0.1}. */
    public String host() {
        return host.options().bindAddress().getHostAddress();
    }

    public int httpPort() {
        return httpPort;
    }

    public int downloadPort() {
        return downloadPort;
    }

    /** {@code http://<host>:<httpPort>}. */
    public URI baseUri() {
        return URI.create("http://" + host() + ":" + httpPort);
    }

    public EmulatorOptions options() {
        return host.options();
    }

    public Faults faults() {
        return faults;
    }

    // ---- scenario hooks ---------------------------------------------------------------------------------

    public void setSignalPresent(boolean present) {
        DeviceModel model = host.model();
        synchronized (model) {
            model.setSignalPresent(present, host.now());
            host.publish();
        }
    }

    /** Plugs the USB stick in or pulls it out (a recording on it stops). */
    public void setUsbInserted(boolean inserted) {
        DeviceModel model = host.model();
        synchronized (model) {
            model.usb.setInserted(inserted);
            model.settle(host.now());
            host.publish();
        }
    }

    public void setSdInserted(boolean inserted) {
        DeviceModel model = host.model();
        synchronized (model) {
            model.sd.setInserted(inserted);
            model.settle(host.now());
            host.publish();
        }
    }

    // ---- observations -----------------------------------------------------------------------------------

    public boolean isRecording() {
        DeviceModel model = host.model();
        synchronized (model) {
            model.settle(host.now());
            return model.isRecording();
        }
    }

    public boolean isLive() {
        DeviceModel model = host.model();
        synchronized (model) {
            model.settle(host.now());
            return model.isLive();
        }
    }

    /** The firmware version the device runs ({@code firmware-ver-s} of get-info). */
    public String firmwareVersion() {
        DeviceModel model = host.model();
        synchronized (model) {
            model.settle(host.now());
            return model.firmwareVersion;
        }
    }

    public String boxName() {
        DeviceModel model = host.model();
        synchronized (model) {
            return model.settings.name;
        }
    }

    /** The sessions open now (idle ones past the timeout are not counted). */
    public int sessionCount() {
        DeviceModel model = host.model();
        synchronized (model) {
            return model.sessions.count(host.now());
        }
    }

    /** How many {@code /usapi} requests named {@code method} arrived, answered or not. */
    public int requestCount(String method) {
        return frontEnd.requestCount(method);
    }

    public int totalRequestCount() {
        return frontEnd.totalRequestCount();
    }

    public void resetRequestCounts() {
        frontEnd.resetRequestCounts();
    }
}
