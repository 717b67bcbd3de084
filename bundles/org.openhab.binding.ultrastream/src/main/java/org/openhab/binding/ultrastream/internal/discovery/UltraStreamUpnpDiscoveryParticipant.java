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

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.SUPPORTED_THING_TYPES;

import java.net.URL;
import java.time.Clock;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.jupnp.model.meta.DeviceDetails;
import org.jupnp.model.meta.ManufacturerDetails;
import org.jupnp.model.meta.ModelDetails;
import org.jupnp.model.meta.RemoteDevice;
import org.jupnp.model.types.DeviceType;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.discovery.SsdpClient;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.upnp.UpnpDiscoveryParticipant;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Turns an Ultra Stream or Ultra Encode found by openHAB's UPnP discovery into an inbox entry. A device counts when
 * its description says manufacturer {@code MAGEWELL} (any case), the encoders' device type
 * ({@code urn:schemas-magewell-com:device:UltraStream:1}, taken to be the Ultra Encode's too: no source shows its
 * description) and a valid {@code serialNumber}. A {@code modelName} of the Ultra Encode family
 * ({@code Ultra Encode AIO}, or any other {@code Ultra Encode <model>}) proposes the thing type {@code ultra-encode},
 * any other the {@code encoder}, as before. The entry has the same thing UID and representation property as the one
 * multicast discovery makes, so a device found both ways is one inbox entry.
 * <p>
 * As for multicast, a serial that has a Thing is never reported with another address ({@link ExistingThings}),
 * and new devices are limited per sender and minute ({@link DiscoveryRateLimit}). No free text of the description
 * reaches the inbox: jupnp reads it, and its parser may expand XML entities, which can pull a local file into any
 * element. So the label is the model and the serial, the model only when it is one the family knows
 * ({@link EncoderFamily#knownModels()}), which also becomes the {@code modelId} property; the box name
 * comes with the multicast announcement of the same device (the same inbox entry) or, once it is a Thing, from the
 * device itself.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = UpnpDiscoveryParticipant.class)
public class UltraStreamUpnpDiscoveryParticipant implements UpnpDiscoveryParticipant {

    private final ExistingThings existingThings;
    private final DiscoveryRateLimit rateLimit;

    /** Inbox lifetime: UPnP removes the entry itself when the device says bye or its max-age passes. */
    static final long TTL_SECONDS = DiscoveryResult.TTL_UNLIMITED;

    private static final DeviceType ULTRA_STREAM = DeviceType.valueOf(SsdpClient.DEVICE_TYPE);

    /** @param thingRegistry as for {@link UltraStreamMulticastDiscoveryService}: optional only where no inbox is */
    @Activate
    public UltraStreamUpnpDiscoveryParticipant(
            final @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) @Nullable ThingRegistry thingRegistry) {
        this(thingRegistry, Clock.systemUTC());
    }

    /** For tests: another clock. */
    UltraStreamUpnpDiscoveryParticipant(@Nullable ThingRegistry thingRegistry, Clock clock) {
        this.existingThings = new ExistingThings(thingRegistry);
        this.rateLimit = new DiscoveryRateLimit("UPnP discovery", clock);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypeUIDs() {
        return SUPPORTED_THING_TYPES;
    }

    @Override
    public @Nullable DiscoveryResult createResult(RemoteDevice device) {
        ThingUID proposed = getThingUID(device);
        URL location = device.getIdentity().getDescriptorURL();
        if (proposed == null || location == null || location.getHost().isEmpty()) {
            return null;
        }
        // The description is served by the HTTP API's own server, so its port is the API's port.
        int port = location.getPort() > 0 ? location.getPort() : location.getDefaultPort();
        String host = location.getHost();
        // jupnp keeps the device while it announces itself and asks again only when it comes back, so every call
        // counts as a device not seen before.
        String modelName = modelName(device);
        EncoderFamily family = EncoderFamily.ofUpnpModel(modelName);
        ThingTypeUID thingType = existingThings.reportAs(UltraStreamDiscoveryResults.thingType(family),
                proposed.getId(), Set.of(host), host, port);
        if (thingType == null || !rateLimit.allowNew(host)) {
            return null;
        }
        return UltraStreamDiscoveryResults.result(thingType, proposed.getId(), "", host, port,
                family.knownModels().contains(modelName) ? modelName : null, TTL_SECONDS);
    }

    @Override
    public @Nullable ThingUID getThingUID(RemoteDevice device) {
        DeviceDetails details = device.getDetails();
        if (details == null || !isUltraStream(device.getType())) {
            return null;
        }
        ManufacturerDetails manufacturer = details.getManufacturerDetails();
        if (manufacturer == null
                || !UltraStreamDiscoveryResults.VENDOR.equalsIgnoreCase(manufacturer.getManufacturer())) {
            return null;
        }
        String serial = details.getSerialNumber();
        return UltraStreamDiscoveryResults.thingUID(EncoderFamily.ofUpnpModel(modelName(device)),
                serial == null ? null : serial.trim());
    }

    private static @Nullable String modelName(RemoteDevice device) {
        DeviceDetails details = device.getDetails();
        ModelDetails model = details == null ? null : details.getModelDetails();
        return model == null ? null : model.getModelName();
    }

    /** The Ultra Stream device type in any version, so a later description version still matches. */
    private static boolean isUltraStream(@Nullable DeviceType type) {
        return type != null && ULTRA_STREAM.getNamespace().equals(type.getNamespace())
                && ULTRA_STREAM.getType().equals(type.getType()) && type.getVersion() >= ULTRA_STREAM.getVersion();
    }

}
