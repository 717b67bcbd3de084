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
package org.openhab.binding.ultrastream.internal.discovery;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ENCODER;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.SerialNumber;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;

/**
 * Builds the inbox entry of one device the same way for multicast and UPnP discovery: the same thing UID (from the
 * serial number) and the same representation property, so that both ways of finding a device end in one entry.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class UltraStreamDiscoveryResults {

    /** Thing configuration parameters set by discovery (see {@code OH-INF/config/config.xml}). */
    public static final String CONFIG_HOSTNAME = "hostname";
    public static final String CONFIG_PORT = "port";

    /** The port of the HTTP API on a real device; only emulated devices use another. */
    public static final int DEFAULT_HTTP_PORT = 80;
    public static final String VENDOR = "MAGEWELL";
    /** What a device is called when it has no name. */
    static final String DEFAULT_NAME = "Ultra Stream";

    private UltraStreamDiscoveryResults() {
    }

    /** {@code host}, or {@code host:port} when the port is not 80: where an encoder is, as the binding shows it. */
    public static String address(String host, int port) {
        return port == DEFAULT_HTTP_PORT ? host : host + ":" + port;
    }

    /** The HTTP port a thing is configured with: 80 when it has none, or none that is a number. */
    public static int configuredPort(Configuration config) {
        Object port = config.get(CONFIG_PORT);
        if (port instanceof Number number) {
            return number.intValue();
        }
        try {
            return port == null ? DEFAULT_HTTP_PORT : Integer.parseInt(port.toString());
        } catch (NumberFormatException e) {
            return DEFAULT_HTTP_PORT;
        }
    }

    /** The thing UID of a device: the serial number identifies it, never its address. Null for an invalid serial. */
    public static @Nullable ThingUID thingUID(@Nullable String serialNumber) {
        if (!SerialNumber.isValid(serialNumber)) {
            return null;
        }
        return new ThingUID(THING_TYPE_ENCODER, String.valueOf(serialNumber));
    }

    /**
     * The inbox label: the device's name, with the serial number when the name does not contain it already (so
     * that two boxes left with the same name can be told apart). Never an address: addresses change.
     *
     * @param name the box name (multicast {@code boxname}, UPnP {@code friendlyName}), may be blank
     * @param model the model name when known (UPnP {@code modelName}), used only when the box has no name
     */
    static String label(String name, @Nullable String model, String serialNumber) {
        String trimmed = NetworkText.clean(name, NetworkText.MAX_NAME); // cleaned by the codecs; kept safe regardless
        if (trimmed.isEmpty()) {
            String cleanModel = NetworkText.clean(model, NetworkText.MAX_NAME);
            String product = cleanModel.isEmpty() ? DEFAULT_NAME : cleanModel;
            return product + " " + serialNumber;
        }
        return trimmed.contains(serialNumber) ? trimmed : trimmed + " (" + serialNumber + ")";
    }

    /**
     * The discovery result of one device.
     *
     * @param serialNumber a valid serial number (checked by the caller through {@link #thingUID})
     * @param name the box name, may be blank
     * @param host the address to reach the HTTP API at
     * @param httpPort the port of the HTTP API; put in the configuration only when it is not 80
     * @param model the model name when known ({@code Ultra Stream HDMI} or {@code Ultra Stream SDI})
     * @param ttlSeconds how long the entry stays in the inbox without being seen again
     */
    static DiscoveryResult result(ThingUID thingUID, String serialNumber, String name, String host, int httpPort,
            @Nullable String model, long ttlSeconds) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Thing.PROPERTY_SERIAL_NUMBER, serialNumber);
        properties.put(Thing.PROPERTY_VENDOR, VENDOR);
        properties.put(CONFIG_HOSTNAME, host);
        if (httpPort != DEFAULT_HTTP_PORT) {
            properties.put(CONFIG_PORT, httpPort);
        }
        String cleanModel = NetworkText.clean(model, NetworkText.MAX_NAME);
        if (!cleanModel.isEmpty()) {
            properties.put(Thing.PROPERTY_MODEL_ID, cleanModel);
        }
        return DiscoveryResultBuilder.create(thingUID).withThingType(THING_TYPE_ENCODER).withProperties(properties)
                .withRepresentationProperty(Thing.PROPERTY_SERIAL_NUMBER).withLabel(label(name, model, serialNumber))
                .withTTL(ttlSeconds).build();
    }
}
