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

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.discovery.AnnouncementListener;
import org.openhab.binding.ultrastream.client.discovery.MulticastAnnouncement;
import org.openhab.binding.ultrastream.client.discovery.MulticastDiscovery;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.net.CidrAddress;
import org.openhab.core.net.NetworkAddressChangeListener;
import org.openhab.core.net.NetworkAddressService;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds devices by their multicast announcements (239.255.255.250:2538) on the network interface of openHAB's
 * primary address, or on the interface named by the {@code networkInterface} configuration parameter.
 * <p>
 * Background discovery listens all the time (devices announce themselves every few seconds); a scan also sends
 * the query every device answers at once. The sockets are drained on openHAB's discovery scheduler: this class
 * has no thread of its own. A device seen again is reported to the inbox only when its entry changed or a third
 * of the entry's lifetime has passed, so that the inbox is not rewritten every few seconds.
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

    private final Logger logger = LoggerFactory.getLogger(UltraStreamMulticastDiscoveryService.class);
    private final NetworkAddressService networkAddressService;
    private final Clock clock;
    /** What was last reported per device, to report again only when it changed or is getting old. */
    private final Map<ThingUID, Reported> reported = new ConcurrentHashMap<>();

    private volatile @Nullable String interfaceOverride;
    private @Nullable MulticastDiscovery discovery;
    private boolean background;
    private boolean scanning;

    private record Reported(DiscoveryResult result, Instant at) {
    }

    @Activate
    public UltraStreamMulticastDiscoveryService(final @Reference NetworkAddressService networkAddressService) {
        super(Set.of(THING_TYPE_ENCODER), SCAN_TIMEOUT_SECONDS, true);
        this.networkAddressService = networkAddressService;
        this.clock = Clock.systemUTC();
    }

    /** For tests: another scheduler and clock. */
    UltraStreamMulticastDiscoveryService(ScheduledExecutorService scheduler,
            NetworkAddressService networkAddressService, Clock clock) {
        super(scheduler, Set.of(THING_TYPE_ENCODER), SCAN_TIMEOUT_SECONDS, true, null, null);
        this.networkAddressService = networkAddressService;
        this.clock = clock;
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
            restartIfListening();
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
        reported.clear();
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
        reported.clear(); // a scan reports every device that answers, even one reported a moment ago
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
        ThingUID thingUID = UltraStreamDiscoveryResults.thingUID(announcement.serialNumber());
        if (thingUID == null) {
            return; // the client checked the serial already; this keeps the thing UID safe regardless
        }
        DiscoveryResult result = UltraStreamDiscoveryResults.result(thingUID, announcement.serialNumber(),
                announcement.boxName(), announcement.source().getHostAddress(), announcement.httpPort(), null,
                TTL_SECONDS);
        Instant now = clock.instant();
        Reported last = reported.get(thingUID);
        if (last != null && sameEntry(last.result(), result)
                && Duration.between(last.at(), now).compareTo(REPORT_AGAIN_AFTER) < 0) {
            return;
        }
        reported.put(thingUID, new Reported(result, now));
        logger.debug("Found {} at {} by multicast", announcement.serialNumber(),
                announcement.source().getHostAddress());
        thingDiscovered(result);
    }

    @Override
    public void onChanged(List<CidrAddress> added, List<CidrAddress> removed) {
        // the primary address is what counts; see onPrimaryAddressChanged
    }

    @Override
    public void onPrimaryAddressChanged(@Nullable String oldPrimaryAddress, @Nullable String newPrimaryAddress) {
        if (interfaceOverride == null) {
            restartIfListening();
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

    private synchronized void restartIfListening() {
        if (discovery != null) {
            closeDiscovery();
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
                logger.info("openHAB has no primary IPv4 address; multicast discovery is not listening");
                return null;
            }
            // A dotted quad: InetAddress parses it without any name lookup.
            NetworkInterface byAddress = NetworkInterface.getByInetAddress(InetAddress.getByName(primary));
            if (byAddress == null) {
                logger.info("No network interface holds the primary address {}; multicast discovery is not listening",
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
