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
package org.openhab.binding.ultrastream.client.discovery;

import java.net.InetAddress;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderFamily;

/**
 * One Ultra Stream or Ultra Encode as its multicast announcement describes it (the document's 组播方式 JSON), after
 * validation.
 *
 * @param serialNumber {@code serialnumber}, valid by the document's rules; the device's identity
 * @param boxName {@code boxname}, the device name (may be empty)
 * @param product {@code product}, the family: {@code Ultra Stream} or {@code Ultra Encode} (may be empty); the
 *            announcement never names the model (see {@link #family()})
 * @param ethIp {@code ethip}, or {@code null} when absent, empty or 0.0.0.0
 * @param wifiIp {@code wifiip}, or {@code null} when absent, empty or 0.0.0.0
 * @param statusMask {@code status}, the device status mask (0 when absent)
 * @param httpPort the HTTP API port: {@code http-port} when present (the emulator adds it when not 80), else 80
 * @param source the address the datagram came from; equals {@code ethIp} or {@code wifiIp}, so it is the
 *            address to reach the device at
 */
@NonNullByDefault
public record MulticastAnnouncement(String serialNumber, String boxName, String product, @Nullable InetAddress ethIp,
        @Nullable InetAddress wifiIp, int statusMask, int httpPort, InetAddress source) {

    /**
     * The family the announcement names; an announcement without a {@code product} counts as an Ultra Stream's,
     * as every announcement did before the families were told apart. Null for another product: a device this
     * client does not serve.
     */
    public @Nullable EncoderFamily family() {
        return product.isBlank() ? EncoderFamily.ULTRA_STREAM : EncoderFamily.of(product);
    }
}
