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
package org.openhab.binding.ultrastream.emulator.internal.discovery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The UPnP device description a device serves at {@value #PATH} (see docs/protocol-decisions.md, SSDP). Every model
 * has the same device type and manufacturer; {@code modelName} says which model answers.
 */
@NonNullByDefault
public final class DeviceDescription {

    /** Where the emulator serves the description on the device's HTTP port, without a session. */
    public static final String PATH = "/upnp/description.xml";

    /** The UPnP device type, also the SSDP search target, of every Magewell encoder the emulator plays. */
    public static final String DEVICE_TYPE = "urn:schemas-magewell-com:device:UltraStream:1";

    public static final String MANUFACTURER = "MAGEWELL";

    private DeviceDescription() {
    }

    /** The description XML for the device as it is now. */
    public static String xml(DiscoverableDevice device) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <root xmlns="urn:schemas-upnp-org:device-1-0">
                  <specVersion>
                    <major>1</major>
                    <minor>0</minor>
                  </specVersion>
                  <device>
                    <deviceType>%s</deviceType>
                    <friendlyName>%s</friendlyName>
                    <manufacturer>%s</manufacturer>
                    <manufacturerURL>http://www.magewell.com/</manufacturerURL>
                    <modelDescription>Magewell %s encoder</modelDescription>
                    <modelName>%s</modelName>
                %s    <serialNumber>%s</serialNumber>
                    <UDN>%s</UDN>
                    <presentationURL>%s</presentationURL>
                  </device>
                </root>
                """.formatted(DEVICE_TYPE, escape(device.boxName()), MANUFACTURER, escape(device.productName()),
                escape(device.moduleName()), modelNumber(device.productId()), escape(device.serialNumber()),
                udn(device.serialNumber()), escape(presentationUrl(device)));
    }

    /** The element for a product id, or nothing for a model without one (UPnP makes it optional). */
    private static String modelNumber(int productId) {
        return productId > 0 ? "    <modelNumber>" + productId + "</modelNumber>\n" : "";
    }

    /**
     * The UDN for a serial: {@code uuid:} and the name-based UUID of {@code magewell-ultrastream:<serial>}, so it
     * stays the same across reboots and renames.
     */
    public static String udn(String serial) {
        return "uuid:" + UUID.nameUUIDFromBytes(("magewell-ultrastream:" + serial).getBytes(StandardCharsets.UTF_8));
    }

    /** The description URL (the SSDP {@code LOCATION}). */
    public static String location(DiscoverableDevice device) {
        return baseUrl(device) + PATH;
    }

    private static String presentationUrl(DiscoverableDevice device) {
        return baseUrl(device) + "/";
    }

    private static String baseUrl(DiscoverableDevice device) {
        int port = device.httpPort();
        return "http://" + device.ethIp() + (port == 80 ? "" : ":" + port);
    }

    /** Box names are user text: keep them from breaking the XML. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
