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

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.discovery.AnnouncementListener;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.client.discovery.MulticastDiscovery;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.net.CidrAddress;
import org.openhab.core.net.NetworkAddressChangeListener;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds Ultra Streams and Ultra Encodes by their multicast announcements (239.255.255.250:2538) on the network
 * interface of openHAB's
 * primary address, or on the interface named by the {@code networkInterface} configuration parameter.
 * <p>
 * Background discovery listens all the time (devices announce themselves every few seconds); a scan also sends
 * the query every device answers at once. The sockets are drained on openHAB's discovery scheduler: this class
 * has no thread of its own. A device seen again is reported to the inbox only when its entry changed or a third
 * of the entry's lifetime has passed, so that the inbox is not rewritten every few seconds.
 * <p>
 * The announcement's {@code product} chooses the thing type ({@code Ultra Stream}, or none: {@code encoder};
 * {@code Ultra Encode}: {@code ultra-encode}); another product is ignored. It names no model: the handler reads it.
 * <p>
 * Nothing a datagram says is trusted beyond what it can be checked against: a serial that has a Thing is never
 * reported with another address ({@link ExistingThings}); new devices are limited per sender and minute
 * ({@link DiscoveryRateLimit}); and at most {@value #MAX_TRACKED} devices are kept, the one seen longest ago
 * leaving the inbox when a new one comes, so memory stays bounded, in openHAB's discovery cache too.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = DiscoveryService.class, configurationPid = "discovery.ultrastream")
public class UltraStreamMulticastDiscoveryService extends AbstractDiscoveryService
        implements
            AnnouncementListener,
            NetworkAddressChangeListener {

    /** Configuration parameter: the name of the interface to listen on instead of the primary address's one. */
    public static final String CONFIG_NETWORK_INTERFACE = "networkInterface";
    /** How long a scan waits for answers; devices answer the query at once. */
    static final int SCAN_TIMEOUT_SECONDS = 5;
    /** Inbox lifetime of an entry; a device announces itself every few seconds while it is on the network. */
    static final long TTL_SECONDS = 300;
    private static final Duration REPORT_AGAIN_AFTER = Duration.ofSeconds(TTL_SECONDS / 3);
    /** Devices kept at most: twice what {@link DiscoveryRateLimit} lets in per minute. */
    static final int MAX_TRACKED = 2 * DiscoveryRateLimit.IN_ALL;

    private final Logger logger = LoggerFactory.getLogger(UltraStreamMulticastDiscoveryService.class);
    private final NetworkAddressService networkAddressService;
    private final Clock clock;
    private final ExistingThings existingThings;
    private final DiscoveryRateLimit rateLimit;
    /**
     * What was last reported per device, to report again only when it changed or is getting old; the device seen
     * longest ago first. Guarded by itself.
     */
    private final Map<ThingUID, Reported> reported = new LinkedHashMap<>(16, 0.75f, true);

    private volatile @Nullable String interfaceOverride;
    private @Nullable MulticastDiscovery discovery;
    private boolean background;
    private boolean scanning;

    /** @param again whether to report it at the next announcement, even unchanged (a scan asked for it) */
    private record Reported(DiscoveryResult result, Instant at, boolean again) {
    }

    /**
     * @param thingRegistry openHAB's things; optional only so that the service runs where there is none and so no
     *            inbox (see {@link ExistingThings}), greedy so that the service restarts with it when it comes
     */
    @Activate
    public UltraStreamMulticastDiscoveryService(final @Reference NetworkAddressService networkAddressService,
            final @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) @Nullable ThingRegistry thingRegistry) {
        // openHAB's discovery pool, the one AbstractDiscoveryService's other constructors take
        this(ThreadPoolManager.getScheduledPool("discovery"), networkAddressService, thingRegistry, Clock.systemUTC());
    }

    /** For tests: another scheduler and clock. */
    UltraStreamMulticastDiscoveryService(ScheduledExecutorService scheduler,
            NetworkAddressService networkAddressService, @Nullable ThingRegistry thingRegistry, Clock clock) {
        super(scheduler, SUPPORTED_THING_TYPES, SCAN_TIMEOUT_SECONDS, true, null, null);
        this.networkAddressService = networkAddressService;
        this.clock = clock;
        this.existingThings = new ExistingThings(thingRegistry);
        this.rateLimit = new DiscoveryRateLimit("Multicast discovery", clock);
    }

    @Override
    @Activate
    protected void activate(@Nullable Map<String, Object> configProperties) {
        readConfiguration(configProperties);
        networkAddressService.addNetworkAddressChangeListener(this);
        super.activate(configProperties);
    }

    @Override
    @Modified
    protected void modified(@Nullable Map<String, Object> configProperties) {
        String before = interfaceOverride;
        readConfiguration(configProperties);
        super.modified(configProperties);
        if (!Objects.equals(before, interfaceOverride)) {
            reopenIfWanted();
        }
    }

    @Override
    @Deactivate
    protected void deactivate() {
        networkAddressService.removeNetworkAddressChangeListener(this);
        super.deactivate();
        synchronized (this) {
            background = false;
            scanning = false;
            closeDiscovery();
        }
        synchronized (reported) {
            reported.clear();
        }
    }

    @Override
    protected synchronized void startBackgroundDiscovery() {
        background = true;
        openDiscovery();
    }

    @Override
    protected synchronized void stopBackgroundDiscovery() {
        background = false;
        if (!scanning) {
            closeDiscovery();
        }
    }

    @Override
    protected void startScan() {
        synchronized (reported) {
            // A scan reports every device that answers, even one reported a moment ago.
            reported.replaceAll((thingUID, last) -> new Reported(last.result(), last.at(), true));
        }
        synchronized (this) {
            scanning = true;
            MulticastDiscovery current = openDiscovery();
            if (current != null && !current.sendQuery()) {
                logger.debug("The multicast discovery query could not be sent");
            }
        }
    }

    @Override
    protected void stopScan() {
        synchronized (this) {
            scanning = false;
            if (!background) {
                closeDiscovery();
            }
        }
        super.stopScan();
    }

    /** Called on the discovery scheduler for every valid announcement. */
    @Override
    public void announced(MulticastAnnouncement announcement) {
        EncoderFamily family = announcement.family();
        if (family == null) {
            // TRACE: another product on the same group is no news, and it may announce every few seconds.
            logger.trace("Ignoring the announcement of {}: product '{}' is not an encoder this binding serves",
                    announcement.serialNumber(), announcement.product());
            return;
        }
        String serial = announcement.serialNumber();
        if (UltraStreamDiscoveryResults.thingUID(family, serial) == null) {
            return; // the client checked the serial already; this keeps the thing UID safe regardless
        }
        String host = announcement.source().getHostAddress();
        ThingTypeUID thingType = existingThings.reportAs(UltraStreamDiscoveryResults.thingType(family), serial,
                addresses(announcement), host, announcement.httpPort());
        if (thingType == null) {
            return;
        }
        DiscoveryResult result = UltraStreamDiscoveryResults.result(thingType, serial, announcement.boxName(), host,
                announcement.httpPort(), null, TTL_SECONDS);
        ThingUID thingUID = result.getThingUID();
        Instant now = clock.instant();
        List<ThingUID> evicted = new ArrayList<>();
        synchronized (reported) {
            Reported last = reported.get(thingUID);
            if (last != null && !last.again() && sameEntry(last.result(), result)
                    && Duration.between(last.at(), now).compareTo(REPORT_AGAIN_AFTER) < 0) {
                return;
            }
            if (last == null && !rateLimit.allowNew(host)) {
                return;
            }
            reported.put(thingUID, new Reported(result, now, false));
            evictBeyondBound(now, evicted);
        }
        evicted.forEach(this::thingRemoved); // from the inbox and openHAB's cache of results, which keeps them
        logger.debug("Found {} '{}' at {} by multicast", announcement.serialNumber(), announcement.boxName(), host);
        thingDiscovered(result);
    }

    /**
     * Forgets the devices whose inbox entries have expired, then, beyond {@link #MAX_TRACKED}, those seen longest
     * ago. Called under {@link #reported}; the caller removes the evicted from the inbox.
     */
    private void evictBeyondBound(Instant now, List<ThingUID> evicted) {
        Instant expired = now.minusSeconds(TTL_SECONDS);
        for (Iterator<Map.Entry<ThingUID, Reported>> it = reported.entrySet().iterator(); it.hasNext();) {
            Map.Entry<ThingUID, Reported> entry = it.next();
            if (reported.size() > MAX_TRACKED || entry.getValue().at().isBefore(expired)) {
                evicted.add(entry.getKey());
                it.remove();
            } else {
                break; // the rest was seen later
            }
        }
    }

    /** The addresses the device announces itself at: its Ethernet and Wi-Fi addresses. */
    private static Set<String> addresses(MulticastAnnouncement announcement) {
        Set<String> addresses = new HashSet<>();
        for (InetAddress address : new @Nullable InetAddress[]{ announcement.ethIp(), announcement.wifiIp() }) {
            if (address != null) {
                addresses.add(address.getHostAddress());
            }
        }
        return addresses;
    }

    /** How many devices are kept. For tests: the map stays bounded. */
    int trackedCount() {
        synchronized (reported) {
            return reported.size();
        }
    }

    @Override
    public void onChanged(List<CidrAddress> added, List<CidrAddress> removed) {
        // the primary address is what counts; see onPrimaryAddressChanged
    }

    @Override
    public void onPrimaryAddressChanged(@Nullable String oldPrimaryAddress, @Nullable String newPrimaryAddress) {
        if (interfaceOverride == null) {
            reopenIfWanted();
        }
    }

    /** Whether the multicast sockets are open. For tests and the console. */
    synchronized boolean isListening() {
        MulticastDiscovery current = discovery;
        return current != null && current.isRunning();
    }

    private void readConfiguration(@Nullable Map<String, Object> configProperties) {
        Object value = configProperties == null ? null : configProperties.get(CONFIG_NETWORK_INTERFACE);
        String name = value == null ? "" : value.toString().trim();
        interfaceOverride = name.isEmpty() ? null : name;
    }

    /**
     * Moves the sockets to the interface that applies now, whenever background discovery or a scan wants them, also
     * when the interface before could not be opened: the change may be what makes discovery work.
     */
    private synchronized void reopenIfWanted() {
        closeDiscovery();
        if (background || scanning) {
            openDiscovery();
        }
    }

    /** Opens the sockets unless open; returns the running discovery, or null when no interface can be used. */
    private synchronized @Nullable MulticastDiscovery openDiscovery() {
        MulticastDiscovery current = discovery;
        if (current != null) {
            return current;
        }
        NetworkInterface networkInterface = findInterface();
        if (networkInterface == null) {
            return null;
        }
        MulticastDiscovery created = new MulticastDiscovery(networkInterface, scheduler);
        created.addListener(this);
        try {
            created.start();
        } catch (IOException e) {
            // WARN, as the four below: discovery finds nothing until the user changes something.
            logger.warn("Multicast discovery cannot listen on {}: {}", networkInterface.getName(), e.getMessage());
            created.close();
            return null;
        }
        discovery = created;
        return created;
    }

    private synchronized void closeDiscovery() {
        MulticastDiscovery current = discovery;
        discovery = null;
        if (current != null) {
            current.removeListener(this);
            current.close();
        }
    }

    /**
     * The configured interface, or the one that holds openHAB's primary IPv4 address. Null, with a log line, when
     * neither is there; discovery then waits for the next scan or address change.
     */
    private @Nullable NetworkInterface findInterface() {
        String name = interfaceOverride;
        try {
            if (name != null) {
                NetworkInterface byName = NetworkInterface.getByName(name);
                if (byName == null) {
                    logger.warn("Network interface '{}' for multicast discovery does not exist", name);
                }
                return byName;
            }
            String primary = networkAddressService.getPrimaryIpv4HostAddress();
            if (primary == null) {
                logger.warn("openHAB has no primary IPv4 address; multicast discovery is not listening");
                return null;
            }
            // A dotted quad: InetAddress parses it without any name lookup.
            NetworkInterface byAddress = NetworkInterface.getByInetAddress(InetAddress.getByName(primary));
            if (byAddress == null) {
                logger.warn("No network interface holds the primary address {}; multicast discovery is not listening",
                        primary);
            }
            return byAddress;
        } catch (SocketException | UnknownHostException e) {
            logger.warn("Cannot find the network interface for multicast discovery: {}", e.getMessage());
            return null;
        }
    }

    private static boolean sameEntry(DiscoveryResult a, DiscoveryResult b) {
        return a.getLabel().equals(b.getLabel()) && a.getProperties().equals(b.getProperties());
    }
}
