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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: the base class of thing handlers. As in openHAB, state, status, trigger, property and thing updates
 * go to the {@link ThingHandlerCallback} only while one is set; without it they are dropped with a warning.
 * As in openHAB, {@link #getConfig()} serves the configuration resolved when it was first asked for, and only
 * {@link #thingUpdated}, {@link #updateThing} and {@link #updateConfiguration} (so also
 * {@link #handleConfigurationUpdate}) replace it: a change made to {@code getThing().getConfiguration()} in place is
 * not seen. Configuration variables are not resolved (openHAB's {@code ConfigUtil.resolveVariables} is left out), and
 * {@code getBridge}, {@code sendTimeSeries}, {@code getConfigDescription} and {@code changeThingType} are left out.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");

    protected Thing thing;

    /** The configuration {@link #getConfig()} serves; null until first asked for. */
    private volatile @Nullable Configuration resolvedConfig;

    private @Nullable ThingHandlerCallback callback;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.configurationUpdated(getThing());
            } else {
                warnDisposed("updating its configuration");
            }
        }
    }

    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getThing().getConfiguration();
        return configurationParameters.entrySet().stream()
                .anyMatch(entry -> !Objects.equals(current.get(entry.getKey()), entry.getValue()));
    }

    @Override
    public void dispose() {
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        synchronized (this) {
            this.thing = thing;
            this.resolvedConfig = resolved(thing.getConfiguration());
        }
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        // a newly linked item gets the current state
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            current.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            warnDisposed("validating its configuration");
        }
    }

    protected Configuration getConfig() {
        Configuration current = resolvedConfig;
        if (current == null) {
            synchronized (this) {
                current = resolvedConfig;
                if (current == null) {
                    current = resolved(getThing().getConfiguration());
                    resolvedConfig = current;
                }
            }
        }
        return new Configuration(current);
    }

    /** A copy of the configuration as it is now; openHAB would also resolve variables in it here. */
    private static Configuration resolved(Configuration configuration) {
        return new Configuration(configuration);
    }

    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.stateUpdated(channelUID, state);
            } else {
                warnDisposed("updating channel " + channelUID.getId());
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.channelTriggered(getThing(), channelUID, event);
            } else {
                warnDisposed("triggering channel " + channelUID.getId());
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.postCommand(channelUID, command);
            } else {
                warnDisposed("posting a command to channel " + channelUID.getId());
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.statusUpdated(thing,
                        ThingStatusInfoBuilder.create(status, statusDetail).withDescription(description).build());
            } else {
                warnDisposed("updating the thing status");
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing);
    }

    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        ThingHandlerCallback current = callback;
        if (current == null) {
            warnDisposed("updating its thing");
            return;
        }
        Configuration resolvedConfiguration = resolved(thing.getConfiguration());
        current.validateConfigurationParameters(thing, resolvedConfiguration.getProperties());
        thing.getChannels().forEach(channel -> current.validateConfigurationParameters(channel,
                channel.getConfiguration().getProperties()));
        synchronized (this) {
            this.resolvedConfig = resolvedConfiguration;
            this.thing = thing;
            current.thingUpdated(thing);
        }
    }

    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(getThing().getConfiguration().getProperties()));
    }

    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = getThing().getConfiguration().getProperties();
        Configuration oldResolved = getConfig();
        ThingHandlerCallback current = callback;
        if (current == null) {
            warnDisposed("updating its configuration");
            return;
        }
        Configuration resolvedConfiguration = resolved(configuration);
        current.validateConfigurationParameters(thing, resolvedConfiguration.getProperties());
        try {
            synchronized (this) {
                this.resolvedConfig = resolvedConfiguration;
                thing.getConfiguration().setProperties(configuration.getProperties());
                current.thingUpdated(thing);
            }
        } catch (RuntimeException e) {
            // as openHAB: a callback that fails takes the change back
            synchronized (this) {
                thing.getConfiguration().setProperties(old);
                this.resolvedConfig = oldResolved;
            }
            throw e;
        }
    }

    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    protected void updateProperties(@Nullable Map<String, String> properties) {
        boolean changed = false;
        if (properties == null) {
            changed = !thing.getProperties().isEmpty();
            if (changed) {
                thing.setProperties(Map.of());
            }
        } else {
            for (Map.Entry<String, String> property : properties.entrySet()) {
                changed |= setPropertyIfChanged(property.getKey(), property.getValue());
            }
        }
        if (changed) {
            notifyThingUpdated();
        }
    }

    protected void updateProperty(String name, @Nullable String value) {
        if (setPropertyIfChanged(name, value)) {
            notifyThingUpdated();
        }
    }

    /** openHAB treats a null value as removal; a removal of an absent property still counts as a change. */
    private boolean setPropertyIfChanged(String name, @Nullable String value) {
        String existing = thing.getProperties().get(name);
        if (existing == null || !existing.equals(value)) {
            thing.setProperty(name, value);
            return true;
        }
        return false;
    }

    private void notifyThingUpdated() {
        synchronized (this) {
            ThingHandlerCallback current = callback;
            if (current != null) {
                current.thingUpdated(thing);
            } else {
                warnDisposed("updating its thing's properties");
            }
        }
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback current = callback;
        if (current != null) {
            return current.isChannelLinked(channelUID);
        }
        warnDisposed("checking if channel " + channelUID.getId() + " is linked");
        return false;
    }

    /** As openHAB's {@code ThingHandlerHelper}: initialized means ONLINE, OFFLINE or UNKNOWN. */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    private void warnDisposed(String action) {
        logger.warn("Handler {} of thing {} tried {} although the handler was already disposed.",
                getClass().getSimpleName(), thing.getUID(), action);
    }
}
