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
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.ConfigParser;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: the base class of discovery services, behaving as openHAB's does: a scan ends after the scan timeout
 * (the listener hears {@code onFinished}); discovered results reach every listener on the scheduler and are
 * remembered, so a listener added later gets them too; removals reach listeners at once; background discovery
 * follows the {@code background} configuration property. Labels are not translated here ({@code @text/} labels
 * stay as they are).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler;

    protected @Nullable ScanListener scanListener;

    protected @NonNullByDefault({}) TranslationProvider i18nProvider;
    protected @NonNullByDefault({}) LocaleProvider localeProvider;

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    private final Map<ThingUID, DiscoveryResult> cachedResults = new HashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private volatile boolean backgroundDiscoveryEnabled;
    private Instant timestampOfLastScan = Instant.MIN;
    private @Nullable ScheduledFuture<?> scheduledStop;

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        this(ThreadPoolManager.getScheduledPool("discovery"), supportedThingTypes, timeout,
                backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
    }

    protected AbstractDiscoveryService(ScheduledExecutorService scheduler,
            @Nullable Set<ThingTypeUID> supportedThingTypes, int timeout, boolean backgroundDiscoveryEnabledByDefault,
            @Nullable String scanInputLabel, @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.scheduler = scheduler;
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return getScanInputLabel() != null && getScanInputDescription() != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        discoveryListeners.add(listener);
        List<DiscoveryResult> known;
        synchronized (cachedResults) {
            known = List.copyOf(cachedResults.values());
        }
        known.forEach(result -> listener.thingDiscovered(this, result));
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        discoveryListeners.remove(listener);
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        startScanWith(null, listener);
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        startScanWith(input, listener);
    }

    private void startScanWith(@Nullable String input, @Nullable ScanListener listener) {
        stopScan(); // a running scan ends before the next starts
        synchronized (this) {
            cancelScheduledStop(false);
            scanListener = listener;
            if (getScanTimeout() > 0) {
                scheduledStop = scheduler.schedule(this::stopScanSafely, getScanTimeout(), TimeUnit.SECONDS);
            }
            timestampOfLastScan = Instant.now();
        }
        try {
            if (input != null && isScanInputSupported()) {
                startScan(input);
            } else {
                startScan();
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                cancelScheduledStop(false);
                scanListener = null;
            }
            throw e;
        }
    }

    private void stopScanSafely() {
        try {
            stopScan();
        } catch (RuntimeException e) {
            logger.debug("Exception occurred during execution: {}", e.getMessage(), e);
        }
    }

    private void cancelScheduledStop(boolean interrupt) {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(interrupt);
            scheduledStop = null;
        }
    }

    @Override
    public void abortScan() {
        ScanListener listener;
        synchronized (this) {
            cancelScheduledStop(true);
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
        }
    }

    protected abstract void startScan();

    protected void startScan(String input) {
        logger.warn("Discovery with input parameter not implemented by service '{}'!", getClass().getName());
    }

    protected void stopScan() {
        ScanListener listener;
        synchronized (this) {
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onFinished();
        }
    }

    protected void thingDiscovered(DiscoveryResult discoveryResult) {
        thingDiscovered(discoveryResult, FrameworkUtil.getBundle(getClass()));
    }

    protected void thingDiscovered(DiscoveryResult discoveryResult, @Nullable Bundle bundle) {
        DiscoveryResult result = getLocalizedDiscoveryResult(discoveryResult, bundle);
        for (DiscoveryListener listener : discoveryListeners) {
            scheduler.execute(() -> {
                try {
                    listener.thingDiscovered(this, result);
                } catch (RuntimeException e) {
                    logger.error("An error occurred while calling the discovery listener {}.",
                            listener.getClass().getName(), e);
                }
            });
        }
        synchronized (cachedResults) {
            cachedResults.put(result.getThingUID(), result);
        }
    }

    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    protected void removeOlderResults(Instant timestamp) {
        removeOlderResults(timestamp, null, null);
    }

    protected void removeOlderResults(Instant timestamp, @Nullable ThingUID bridgeUID) {
        removeOlderResults(timestamp, null, bridgeUID);
    }

    protected void removeOlderResults(Instant timestamp, @Nullable Collection<ThingTypeUID> thingTypeUIDs,
            @Nullable ThingUID bridgeUID) {
        Collection<ThingTypeUID> types = thingTypeUIDs != null ? thingTypeUIDs : getSupportedThingTypes();
        Set<ThingUID> removed = new HashSet<>();
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                Collection<ThingUID> byListener = listener.removeOlderResults(this, timestamp, types, bridgeUID);
                if (byListener != null) {
                    removed.addAll(byListener);
                }
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            removed.forEach(cachedResults::remove);
        }
    }

    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            backgroundDiscoveryEnabled = backgroundSetting(configProperties);
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            boolean enabled = backgroundSetting(configProperties);
            if (backgroundDiscoveryEnabled && !enabled) {
                stopBackgroundDiscovery();
            } else if (!backgroundDiscoveryEnabled && enabled) {
                startBackgroundDiscovery();
            }
            backgroundDiscoveryEnabled = enabled;
        }
    }

    private boolean backgroundSetting(Map<String, Object> configProperties) {
        return ConfigParser.valueAsOrElse(configProperties.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY), Boolean.class,
                backgroundDiscoveryEnabled);
    }

    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    protected void startBackgroundDiscovery() {
    }

    protected void stopBackgroundDiscovery() {
    }

    protected synchronized Instant getTimestampOfLastScan() {
        return timestampOfLastScan;
    }

    /** The stand-in does not translate: results are passed on as they are. */
    protected DiscoveryResult getLocalizedDiscoveryResult(DiscoveryResult discoveryResult, @Nullable Bundle bundle) {
        return discoveryResult;
    }
}
