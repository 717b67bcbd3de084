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
import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.EncoderFamily;

/**
 * An Ultra Stream or Ultra Encode found by SSDP, with what its description says.
 *
 * @param serialNumber {@code serialNumber}, valid by the document's rules; the device's identity
 * @param friendlyName {@code friendlyName}, the device name
 * @param modelName {@code modelName}, e.g. {@code Ultra Stream HDMI} or {@code Ultra Encode AIO}
 * @param modelNumber {@code modelNumber}, the product id
 * @param udn {@code UDN}, e.g. {@code uuid:...}
 * @param location the description URL; its host and port are those of the device's HTTP API
 * @param address the device's address (the sender of the SSDP answer, and the host of {@code location})
 */
@NonNullByDefault
public record SsdpDevice(String serialNumber, String friendlyName, String modelName, String modelNumber, String udn,
        URI location, InetAddress address) {

    /** The family, told by {@code modelName} (see {@link EncoderFamily#ofUpnpModel}). */
    public EncoderFamily family() {
        return EncoderFamily.ofUpnpModel(modelName);
    }
}
