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
package org.openhab.binding.ultrastream.host;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.net.NetworkAddressChangeListener;
import org.openhab.core.net.NetworkAddressService;

/**
 * openHAB's network settings on a machine whose only address is loopback, so nothing a binding sends leaves the
 * machine. The addresses never change, so listeners are never told anything.
 */
@NonNullByDefault
public final class LoopbackNetworkAddressService implements NetworkAddressService {

    @Override
    public @Nullable String getPrimaryIpv4HostAddress() {
        return "127.0.0.1";
    }

    @Override
    public @Nullable String getConfiguredBroadcastAddress() {
        return "127.255.255.255";
    }

    @Override
    public boolean isUseOnlyOneAddress() {
        return true;
    }

    @Override
    public boolean isUseIPv6() {
        return false;
    }

    @Override
    public void addNetworkAddressChangeListener(NetworkAddressChangeListener listener) {
    }

    @Override
    public void removeNetworkAddressChangeListener(NetworkAddressChangeListener listener) {
    }
}
