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

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.internal.discovery.DiscoverableDevice;
import org.openhab.binding.ultrastream.emulator.internal.discovery.MulticastResponder;
import org.openhab.binding.ultrastream.emulator.internal.discovery.SsdpResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One emulated device at run time: its model, its clock, and its discovery responders, which it starts with
 * the device, stops while it reboots and starts again after.
 */
@NonNullByDefault
public final class DeviceHost implements DiscoverableDevice, DeviceEvents {

    private static final String AP_IP = "192.168.48.1";

    private final Logger logger = LoggerFactory.getLogger(DeviceHost.class);
    private final EmulatorOptions options;
    private final DeviceModel model;
    private final ScheduledExecutorService scheduler;
    private int httpPort;
    private boolean closed;
    private @Nullable MulticastResponder multicast;
    private @Nullable SsdpResponder ssdp;

    // What discovery reads, copied from the model after every request and tick. The responders read these
    // on their own threads without the model's lock, so the lock order is always model, then host.
    private volatile String boxName;
    private volatile int statusMask;
    private volatile boolean ssdpOn;
    private volatile boolean softap;

    public DeviceHost(EmulatorOptions options, ScheduledExecutorService scheduler) {
        this.options = options;
        this.scheduler = scheduler;
        this.model = new DeviceModel(options);
        model.setEvents(this);
        this.boxName = options.boxName();
        this.ssdpOn = options.ssdpEnabled();
    }

    public DeviceModel model() {
        return model;
    }

    public EmulatorOptions options() {
        return options;
    }

    public long now() {
        return options.clock().millis();
    }

    /** Runs the device's time forward; the emulator calls this a few times a second so reboots end. */
    public void tick() {
        synchronized (model) {
            model.settle(now());
            publish();
        }
    }

    /** Copies what discovery reports out of the model. The caller holds the model's lock. */
    public void publish() {
        long now = now();
        boxName = model.settings.name;
        statusMask = model.statusMask(now);
        ssdpOn = model.settings.isSsdp == 1;
        softap = model.softap;
    }

    /** Starts discovery once the HTTP port is known. */
    public void start(int httpPort) {
        this.httpPort = httpPort;
        synchronized (model) {
            publish();
        }
        startResponders();
    }

    /** Stops discovery for good: nothing restarts it afterwards. */
    public synchronized void close() {
        closed = true;
        stopResponders();
    }

    private synchronized void stopResponders() {
        MulticastResponder m = multicast;
        if (m != null) {
            m.close();
        }
        SsdpResponder s = ssdp;
        if (s != null) {
            s.close();
        }
        multicast = null;
        ssdp = null;
    }

    private synchronized void startResponders() {
        if (closed) {
            return;
        }
        try {
            if (options.multicastEnabled() && multicast == null) {
                MulticastResponder m = new MulticastResponder(this, options.multicastInterface(),
                        options.announceInterval(), scheduler);
                m.start();
                multicast = m;
            }
            if (ssdpOn && ssdp == null) {
                SsdpResponder s = new SsdpResponder(this, options.multicastInterface(), scheduler);
                s.start();
                ssdp = s;
            }
        } catch (IOException e) {
            logger.warn("Discovery for {} did not start on {}: {}", options.serialNumber(),
                    options.multicastInterface(), e.getMessage());
        }
    }

    // ---- DeviceEvents -----------------------------------------------------------------------------------

    @Override
    public void rebootStarted() {
        stopResponders();
    }

    @Override
    public void rebootEnded() {
        startLater();
    }

    /** Starts the responders on the scheduler, outside the model's lock; not at all once the emulator closed. */
    private void startLater() {
        try {
            scheduler.execute(this::startResponders);
        } catch (RejectedExecutionException e) {
            // The emulator is closing: discovery stays off.
        }
    }

    @Override
    public synchronized void ssdpChanged(boolean enabled) {
        ssdpOn = enabled;
        SsdpResponder s = ssdp;
        if (s != null) {
            s.ssdpEnabledChanged(enabled);
        } else if (enabled) {
            startLater();
        }
    }

    // ---- DiscoverableDevice -----------------------------------------------------------------------------

    @Override
    public String serialNumber() {
        return options.serialNumber();
    }

    @Override
    public String boxName() {
        return boxName;
    }

    @Override
    public String productName() {
        return options.model().productName();
    }

    @Override
    public String moduleName() {
        return options.model().moduleName();
    }

    @Override
    public int productId() {
        return options.model().productId().orElse(0);
    }

    @Override
    public int statusMask() {
        return statusMask;
    }

    @Override
    public String ethIp() {
        return options.bindAddress().getHostAddress();
    }

    /** The access point's address while softap is open; Wi-Fi is otherwise not connected. */
    @Override
    public String wifiIp() {
        return softap ? AP_IP : "";
    }

    @Override
    public int httpPort() {
        return httpPort;
    }

    @Override
    public boolean ssdpEnabled() {
        return ssdpOn;
    }
}
