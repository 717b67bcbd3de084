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
package org.openhab.binding.ultrastream.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The configuration of an {@code encoder} thing, as described in {@code OH-INF/config/config.xml}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamConfiguration {

    public String hostname = "";
    public int port = 80;
    public String username = "Admin";
    public String password = "Admin";
    public int downloadPort = 8080;
    /** Seconds between two get-status polls. */
    public int refreshInterval = 5;
    /** Seconds between two reads of get-settings and get-info; 0 reads them only at start and after changes. */
    public int settingsRefreshInterval = 300;

    @Override
    public String toString() {
        // The password stays out of the text on purpose: this may end up in a log.
        return "hostname=" + hostname + ", port=" + port + ", username=" + username + ", downloadPort=" + downloadPort
                + ", refreshInterval=" + refreshInterval + ", settingsRefreshInterval=" + settingsRefreshInterval;
    }
}
