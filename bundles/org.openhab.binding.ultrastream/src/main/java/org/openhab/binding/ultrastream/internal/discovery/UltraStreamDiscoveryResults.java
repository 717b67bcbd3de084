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
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ULTRA_ENCODE;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.SerialNumber;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
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

    /** The thing type of a family: {@code encoder} for the Ultra Stream, {@code ultra-encode} for the Ultra Encode. */
    public static ThingTypeUID thingType(EncoderFamily family) {
        return family == EncoderFamily.ULTRA_ENCODE ? THING_TYPE_ULTRA_ENCODE : THING_TYPE_ENCODER;
    }

    /**
     * The thing UID discovery proposes for a device: the family's thing type, and the serial number, which
     * identifies the device, never its address. Null for an invalid serial. A device that has a Thing keeps it
     * whatever type this proposes ({@link ExistingThings}).
     */
    public static @Nullable ThingUID thingUID(EncoderFamily family, @Nullable String serialNumber) {
        if (!SerialNumber.isValid(serialNumber)) {
            return null;
        }
        return new ThingUID(thingType(family), String.valueOf(serialNumber));
    }

    /**
     * The inbox label: the device's name, with the serial number when the name does not contain it already (so
     * that two boxes left with the same name can be told apart). Never an address: addresses change.
     *
     * @param name the box name (multicast {@code boxname}, UPnP {@code friendlyName}), may be blank
     * @param model the model name when known (UPnP {@code modelName}), used only when the box has no name; else
     *            the family's product name ({@code Ultra Encode}) of the thing type is
     */
    static String label(String name, @Nullable String model, String serialNumber, ThingTypeUID thingType) {
        String trimmed = NetworkText.clean(name, NetworkText.MAX_NAME); // cleaned by the codecs; kept safe regardless
        if (trimmed.isEmpty()) {
            String cleanModel = NetworkText.clean(model, NetworkText.MAX_NAME);
            String family = (THING_TYPE_ULTRA_ENCODE.equals(thingType)
                    ? EncoderFamily.ULTRA_ENCODE
                    : EncoderFamily.ULTRA_STREAM).productName();
            String product = cleanModel.isEmpty() ? family : cleanModel;
            return product + " " + serialNumber;
        }
        return trimmed.contains(serialNumber) ? trimmed : trimmed + " (" + serialNumber + ")";
    }

    /**
     * The discovery result of one device.
     *
     * @param thingType the thing type to propose (see {@link ExistingThings#reportAs})
     * @param serialNumber a valid serial number (checked by the caller through {@link #thingUID}): the thing id
     * @param name the box name, may be blank
     * @param host the address to reach the HTTP API at
     * @param httpPort the port of the HTTP API; put in the configuration only when it is not 80
     * @param model the model name when known: one of {@link EncoderFamily#knownModels()}
     * @param ttlSeconds how long the entry stays in the inbox without being seen again
     */
    static DiscoveryResult result(ThingTypeUID thingType, String serialNumber, String name, String host, int httpPort,
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
        return DiscoveryResultBuilder.create(new ThingUID(thingType, serialNumber)).withThingType(thingType)
                .withProperties(properties)
                .withRepresentationProperty(Thing.PROPERTY_SERIAL_NUMBER)
                .withLabel(label(name, model, serialNumber, thingType))
                .withTTL(ttlSeconds).build();
    }
}
