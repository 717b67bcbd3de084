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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The fields of a UPnP device description that identify an Ultra Stream: {@code manufacturer} {@code MAGEWELL},
 * the device type {@code urn:schemas-magewell-com:device:UltraStream:1} and the serial in {@code serialNumber}
 * (the document names no UPnP fields; these are what the emulator serves and the client requires). Absent
 * elements are empty strings.
 */
@NonNullByDefault
public record UpnpDeviceDescription(String deviceType, String friendlyName, String manufacturer, String modelName,
        String modelNumber, String serialNumber, String udn) {
}
