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
package org.openhab.binding.ultrastream.demo;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;

/**
 * What the launcher asked for, passed in as framework properties ({@code ultrastream.demo.*}).
 *
 * @param duration how long the whole run lasts, at most
 * @param devices how many emulated devices to start (ignored with a real device)
 * @param host a real device's address; null runs against emulated devices
 * @param sendCommands whether to start recording and live streaming (always with emulated devices)
 * @param firmware whether to check for and install the firmware an emulated encoder finds online
 */
@NonNullByDefault
record DemoSettings(Duration duration, int devices, String model, @Nullable String host, int port, String user,
        String password,
        boolean sendCommands, boolean color, boolean firmware) {

    static final String PREFIX = "ultrastream.demo.";

    static DemoSettings from(BundleContext context) {
        String host = property(context, "host", "");
        boolean real = !host.isBlank();
        return new DemoSettings(Duration.ofSeconds(Long.parseLong(property(context, "seconds", "45"))),
                Integer.parseInt(property(context, "devices", "1")), property(context, "model", "").trim(),
                real ? host.trim() : null,
                Integer.parseInt(property(context, "port", "80")), property(context, "user", "Admin"),
                property(context, "password", "Admin"),
                !real || Boolean.parseBoolean(property(context, "commands", "false")),
                Boolean.parseBoolean(property(context, "color", "false")),
                !real && Boolean.parseBoolean(property(context, "firmware", "false")));
    }

    boolean emulated() {
        return host == null;
    }

    private static String property(BundleContext context, String name, String fallback) {
        String value = context.getProperty(PREFIX + name);
        return value == null ? fallback : value;
    }
}
