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
package org.openhab.binding.ultrastream.internal.handler;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.Snapshot;
import org.openhab.binding.ultrastream.client.UltraStreamAuthenticationException;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamClientOptions;
import org.openhab.binding.ultrastream.client.UltraStreamException;
import org.openhab.binding.ultrastream.client.UltraStreamMalformedReplyException;
import org.openhab.binding.ultrastream.client.UltraStreamNetworkException;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.internal.UltraStreamConfiguration;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.binding.ultrastream.internal.action.UltraStreamActions;
import org.openhab.binding.ultrastream.internal.firmware.ClientFirmwareDevice;
import org.openhab.binding.ultrastream.internal.firmware.EncoderFirmware;
import org.openhab.binding.ultrastream.internal.firmware.FirmwareUpdate;
import org.openhab.binding.ultrastream.internal.mapping.ChannelUpdate;
import org.openhab.binding.ultrastream.internal.mapping.InfoMapper;
import org.openhab.binding.ultrastream.internal.mapping.SettingsMapper;
import org.openhab.binding.ultrastream.internal.mapping.StatusMapper;
import org.openhab.core.library.types.RawType;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareUpdateHandler;
import org.openhab.core.thing.binding.firmware.ProgressCallback;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of one Ultra Stream encoder.
 * <p>
 * <b>Life cycle.</b> {@link #initialize()} creates the {@link UltraStreamClient} and schedules one task, the
 * <i>cycle</i>, on the shared scheduler. While not connected, the cycle logs in and reads get-info, get-settings
 * and get-status, then reports ONLINE; while connected, it polls get-status. Each run schedules the next: after
 * {@code refreshInterval} when all went well, otherwise after a back-off that doubles from 5 s to 5 min (10 min
 * for refused credentials, so that a wrong password causes no retry storm). A second, slow task re-reads
 * get-settings, get-info and the snapshot every {@code settingsRefreshInterval}.
 * <p>
 * <b>Commands.</b> {@link #handleCommand} looks up the channel in {@link CommandRoutes} and queues the command in
 * {@link PendingRequests}; the request job sends the queued commands in order on the scheduler and reads back at
 * once what each changed. Commands while offline are refused and logged, never replayed. REFRESH commands and
 * {@link #refreshSoon} are queued the same way and coalesced into one read each.
 * <p>
 * <b>Events across reconnects.</b> Events compare each get-status reply with the one before it of the same handler
 * life (from {@link #initialize()} to {@link #dispose()}), also across a lost connection: a recording that a reboot
 * ended fires {@code RECORDING_STOPPED} when the device answers again. The first connection after initialize fires
 * nothing, since there is nothing to compare with.
 * <p>
 * <b>Threads.</b> Methods that openHAB calls ({@code initialize}, {@code dispose}, {@code handleCommand},
 * {@code refreshSoon}, {@code rebootRequested}) never wait for the device: they only record the request and schedule
 * a task. Every device exchange runs in a task on the scheduler under {@link #lock}, so polls, commands and refreshes
 * of one device never overlap. Every callback into openHAB and every scheduling runs under {@link #lifecycle}, which
 * is never held during an exchange. Each task starts with {@link #beginTask()}, which names the {@link Life} it
 * works for; its callbacks and schedulings only happen while that life is the current one. So after
 * {@link #dispose()} returns, no task of this handler calls back into openHAB and none is scheduled, and a task of
 * a previous life still waiting for the device cannot report into the next life; the logout waits for the
 * exchange in flight on the scheduler.
 * <p>
 * <b>Firmware.</b> openHAB's firmware update service and the firmware rule actions go to {@link EncoderFirmware},
 * which runs each update as a {@code FirmwareUpdate} that reaches the device through {@link #submit}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamHandler extends BaseThingHandler
        implements
            FirmwareUpdateHandler,
            ClientFirmwareDevice.Encoder {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LAST_RETRY = Duration.ofMinutes(5);
    static final Duration CREDENTIALS_RETRY = Duration.ofMinutes(10);

    /** What {@link #lastStatusText} holds while ONLINE is reported. */
    private static final String ONLINE_TEXT = "ONLINE";

    private final Logger logger = LoggerFactory.getLogger(UltraStreamHandler.class);

    private final HttpClient httpClient;
    private final UltraStreamStateDescriptionProvider stateDescriptionProvider;
    private final StreamServerLabels streamServerLabels;
    private final ScheduledExecutorService executor;
    /** Held during every device exchange; only tasks on the scheduler take it, never openHAB's threads. */
    private final Object lock = new Object();
    /** Guards {@link #life}, the jobs, and every callback into openHAB; never held during a device exchange. */
    private final Object lifecycle = new Object();
    /** What openHAB asked for and the request job has not done yet; its own short lock. */
    private final PendingRequests pending = new PendingRequests();
    private final EncoderFirmware firmware;

    /** One span from initialize to dispose: the client and configuration it was initialized with. */
    private record Life(UltraStreamClient client, UltraStreamConfiguration config) {
    }

    /** The current life; null before initialize and after dispose. Written under {@link #lifecycle}. */
    private volatile @Nullable Life life;
    private volatile boolean online;
    private volatile boolean rebootExpected;
    private volatile @Nullable DeviceStatus latestStatus;
    private volatile @Nullable DeviceSettings latestSettings;
    private volatile @Nullable DeviceInfo latestInfo;
    /** Another address discovery heard this encoder announced at; null when none. See {@link #addressAnnounced}. */
    private volatile @Nullable String announcedAddress;

    // Guarded by lock: the connection state of the life in lifeOfState (the latest* replies above also belong to it).
    private @Nullable Life lifeOfState;
    private boolean connected;
    private int failures;
    private final Map<String, State> publishedStates = new HashMap<>();
    /** The text of the status last reported: {@link #ONLINE_TEXT}, an offline text, or null for none yet. */
    private @Nullable String lastStatusText;

    // Guarded by lifecycle.
    /** The UIDs of this thing's channels, built once each; afresh for every life. */
    private ChannelUids channelUids;
    private @Nullable ScheduledFuture<?> cycleJob;
    private @Nullable ScheduledFuture<?> settingsJob;
    private @Nullable ScheduledFuture<?> requestJob;

    public UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider) {
        this(thing, httpClient, stateDescriptionProvider, StreamServerLabels.ENGLISH);
    }

    /** @param streamServerLabels the labels of the stream-server channels, translated */
    public UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider, StreamServerLabels streamServerLabels) {
        super(thing);
        this.httpClient = httpClient;
        this.stateDescriptionProvider = stateDescriptionProvider;
        this.streamServerLabels = streamServerLabels;
        this.channelUids = new ChannelUids(thing.getUID());
        this.executor = scheduler;
        this.firmware = newFirmware();
    }

    /** For tests: runs every task on the given executor instead of openHAB's shared scheduler. */
    UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider, ScheduledExecutorService executor) {
        super(thing);
        this.httpClient = httpClient;
        this.stateDescriptionProvider = stateDescriptionProvider;
        this.streamServerLabels = StreamServerLabels.ENGLISH;
        this.channelUids = new ChannelUids(thing.getUID());
        this.executor = executor;
        this.firmware = newFirmware();
    }

    private EncoderFirmware newFirmware() {
        return new EncoderFirmware(new ClientFirmwareDevice(this), executor, getThing().getUID().toString(),
                FirmwareUpdate.Timing.DEFAULT);
    }

    // -------------------------------------------------------------------------------------------------------------
    // For the discovery, actions and console code of this binding

    /** The client of this device while the handler is initialized, otherwise null. Shares the handler's session. */
    public @Nullable UltraStreamClient getClient() {
        Life current = life;
        return current == null ? null : current.client();
    }

    /** Whether the device is connected and ONLINE, i.e. whether commands are accepted. */
    public boolean isOnline() {
        return online && life != null;
    }

    /** The latest get-status reply, or null before the first. */
    public @Nullable DeviceStatus getLatestStatus() {
        return latestStatus;
    }

    /** The latest get-settings reply, or null before the first. */
    public @Nullable DeviceSettings getLatestSettings() {
        return latestSettings;
    }

    /** The latest get-info reply, or null before the first. */
    public @Nullable DeviceInfo getLatestInfo() {
        return latestInfo;
    }

    /** The firmware side of this encoder: updates, and what the online check found. */
    public EncoderFirmware firmware() {
        return firmware;
    }

    /**
     * Runs one client call on the scheduler with this life's client, in turn with the polls and commands (under the
     * device lock); the future completes off the lock with the answer or the exception.
     */
    @Override
    public <T> CompletableFuture<T> submit(ClientFirmwareDevice.ClientCall<T> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Life current = life;
        if (current == null) {
            answer.completeExceptionally(new IllegalStateException("the thing is not initialized"));
            return answer;
        }
        executor.execute(() -> {
            T value;
            try {
                synchronized (lock) {
                    value = call.send(current.client());
                }
            } catch (UltraStreamException | RuntimeException e) {
                answer.completeExceptionally(e);
                return;
            }
            answer.complete(value);
        });
        return answer;
    }

    // -------------------------------------------------------------------------------------------------------------
    // openHAB's firmware update service

    @Override
    public void updateFirmware(Firmware newFirmware, ProgressCallback progressCallback) {
        firmware.update(newFirmware, progressCallback);
    }

    @Override
    public void cancel() {
        firmware.cancel();
    }

    @Override
    public boolean isUpdateExecutable() {
        return firmware.isUpdateExecutable();
    }

    /**
     * Asks for get-status (and get-settings when {@code settingsChanged}) to be read at once, for example after a
     * rule action changed the device. Returns immediately; the reads run on the scheduler.
     */
    public void refreshSoon(boolean settingsChanged) {
        pending.addStatusRead(settingsChanged);
        scheduleRequests();
    }

    /**
     * Tells the handler that the device was told to reboot (for example by a rule action), so that the coming
     * silence is reported as "rebooting" rather than as a lost connection.
     */
    public void rebootRequested() {
        rebootExpected = true;
    }

    /**
     * Discovery heard this encoder's serial announced at {@code address}, which is not the configured one. Discovery
     * never changes the configuration on that word alone (anyone on the network can announce any serial); the status
     * tells the user instead, until the configuration changes.
     *
     * @return whether this address is news to the handler
     */
    public boolean addressAnnounced(String address) {
        if (address.equals(announcedAddress)) {
            return false;
        }
        announcedAddress = address;
        synchronized (lifecycle) {
            ThingStatusInfo current = getThing().getStatusInfo();
            if (life != null && current.getStatus() != ThingStatus.UNINITIALIZED) {
                updateStatus(current.getStatus(), current.getStatusDetail(),
                        withAddressNotice(current.getStatus(), current.getStatusDetail(), current.getDescription()));
            }
        }
        return true;
    }

    /** The status text, or the notice of an announced address where the user should see it (see above). */
    private @Nullable String withAddressNotice(ThingStatus status, ThingStatusDetail detail, @Nullable String text) {
        String address = announcedAddress;
        boolean shown = status == ThingStatus.ONLINE || status == ThingStatus.UNKNOWN
                || (status == ThingStatus.OFFLINE && detail == ThingStatusDetail.COMMUNICATION_ERROR);
        return address == null || !shown ? text : "@text/status.address-announced [\"" + address + "\"]";
    }

    // -------------------------------------------------------------------------------------------------------------
    // Life cycle

    /** Rule actions reach the device through this handler's client, the same path as channel commands. */
    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(UltraStreamActions.class);
    }

    @Override
    public void initialize() {
        UltraStreamConfiguration newConfig = getConfigAs(UltraStreamConfiguration.class);
        if (newConfig.hostname.isBlank()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-hostname");
            return;
        }
        UltraStreamClient newClient;
        try {
            newClient = new UltraStreamClient(httpClient,
                    UltraStreamClientOptions.builder(newConfig.hostname).port(newConfig.port)
                            .downloadPort(newConfig.downloadPort).username(newConfig.username)
                            .password(newConfig.password).build());
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-invalid [\"" + quote(e.getMessage()) + "\"]");
            return;
        }
        logger.debug("Initializing {} with {}", getThing().getUID(), newConfig);
        announcedAddress = null; // the configuration changed: the user may have taken the announced address
        // No device lock here: a task of the previous life may still wait for the device (after a configuration
        // update, dispose and initialize follow at once). The first task of this life starts its state afresh.
        synchronized (lifecycle) {
            cancelJobs();
            pending.clear();
            online = false;
            rebootExpected = false;
            life = new Life(newClient, newConfig);
            channelUids = new ChannelUids(getThing().getUID());
            updateStatus(ThingStatus.UNKNOWN);
            cycleJob = executor.schedule(this::cycle, 0, TimeUnit.MILLISECONDS);
            if (newConfig.settingsRefreshInterval > 0) {
                long seconds = newConfig.settingsRefreshInterval;
                settingsJob = executor.scheduleWithFixedDelay(this::settingsTick, seconds, seconds, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void dispose() {
        Life oldLife;
        synchronized (lifecycle) {
            // Waits at most for a callback in progress, never for the device: after this, no task calls back.
            oldLife = life;
            life = null;
            online = false;
            cancelJobs();
            pending.clear();
        }
        stateDescriptionProvider.removeThing(getThing().getUID());
        firmware.dispose();
        if (oldLife != null) {
            // The device admits two clients: give the session back once the exchange in flight, if any, is over.
            UltraStreamClient oldClient = oldLife.client();
            executor.execute(() -> logout(oldClient));
        }
    }

    /** Called under {@link #lifecycle}. */
    private void cancelJobs() {
        cancel(cycleJob);
        cancel(settingsJob);
        cancel(requestJob);
        cycleJob = null;
        settingsJob = null;
        requestJob = null;
    }

    private void logout(UltraStreamClient oldClient) {
        synchronized (lock) {
            try {
                oldClient.logout();
            } catch (UltraStreamException e) {
                logger.debug("Logout from {} failed: {}", oldClient.options().host(), e.getMessage());
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // The cycle: connect, then poll

    /**
     * The first step of every task, under {@link #lock}: the life the task works for, or null when the handler is
     * disposed. When initialize ran since the last task, the connection state starts afresh here, under the lock,
     * once the task of the previous life that held it is over.
     */
    private @Nullable Life beginTask() {
        Life current = life;
        if (current != null && current != lifeOfState) {
            lifeOfState = current;
            connected = false;
            failures = 0;
            publishedStates.clear();
            lastStatusText = null;
            latestStatus = null; // no events on the first connection of a life: nothing to compare with
            latestSettings = null;
            latestInfo = null;
        }
        return current;
    }

    /** Whether the task running under {@link #lock} works for the current life. Called under {@link #lifecycle}. */
    private boolean isCurrentLife() {
        Life current = life;
        return current != null && current == lifeOfState;
    }

    private void cycle() {
        synchronized (lock) {
            Life current = beginTask();
            if (current == null) {
                return;
            }
            UltraStreamClient c = current.client();
            try {
                if (!connected) {
                    connect(c);
                } else {
                    applyStatus(c.getStatus());
                }
                failures = 0;
                scheduleCycle(Duration.ofSeconds(Math.max(1, current.config().refreshInterval)));
            } catch (UltraStreamException e) {
                goOffline(e);
            } catch (RuntimeException e) {
                // A bug must not end the polling for good; report it and try again later.
                logger.warn("Unexpected failure while polling {}", getThing().getUID(), e);
                goOffline(new UltraStreamMalformedReplyException("get-status", String.valueOf(e.getMessage()), e));
            }
        }
    }

    /** Logs in and reads everything once; the thing goes ONLINE (or to a busy status) after the first poll. */
    private void connect(UltraStreamClient c) throws UltraStreamException {
        c.login();
        DeviceInfo info = c.getInfo();
        DeviceSettings settings = c.getSettings();
        DeviceStatus status = c.getStatus();
        connected = true;
        rebootExpected = false;
        firmware.connected();
        // latestStatus stays: what changed while the connection was lost (a reboot ended a recording) fires now.
        publishedStates.clear();
        applyInfo(info);
        applySettings(settings);
        applyStatus(status);
        refreshSnapshot(c);
        logger.debug("Connected to {} ({})", getThing().getUID(), c.options().host());
    }

    private void applyStatus(DeviceStatus status) {
        ChannelUpdate update = StatusMapper.map(latestStatus, status, InfoMapper.firmwareVersion(latestInfo));
        latestStatus = status;
        publish(update);
        Set<DeviceStatusFlag> flags = status.statusFlags();
        if (flags.contains(DeviceStatusFlag.STATUS_UPGRADE)) {
            setOffline(ThingStatusDetail.FIRMWARE_UPDATING, "@text/offline.firmware-updating", null);
        } else if (flags.contains(DeviceStatusFlag.STATUS_REBOOT)) {
            setOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-rebooting", null);
        } else if (flags.contains(DeviceStatusFlag.STATUS_RESET)) {
            setOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-resetting", null);
        } else {
            setOnline();
        }
    }

    private void applySettings(DeviceSettings settings) {
        latestSettings = settings;
        updateStreamServerChannels(SettingsMapper.streamServerIds(settings));
        publish(SettingsMapper.map(settings));
        updateStateOptions();
    }

    private void applyInfo(DeviceInfo info) {
        latestInfo = info;
        Map<String, String> properties = InfoMapper.properties(info);
        Map<String, String> current = getThing().getProperties();
        if (properties.entrySet().stream().anyMatch(e -> !e.getValue().equals(current.get(e.getKey())))) {
            whileActive(() -> updateProperties(properties));
        }
        updateStateOptions();
    }

    private void updateStateOptions() {
        DeviceInfo info = latestInfo;
        if (info == null) {
            return;
        }
        whileActive(() -> InfoMapper.stateOptions(info, latestSettings)
                .forEach((channelId, options) -> stateDescriptionProvider
                        .setStateOptions(channelUids.of(channelId), options)));
    }

    /** Adds and removes the stream-server channels so that there is one pair per configured server. */
    private void updateStreamServerChannels(List<Integer> serverIds) {
        Set<String> wanted = new HashSet<>();
        for (int id : serverIds) {
            wanted.add(SettingsMapper.streamServerEnabledChannel(id));
            wanted.add(SettingsMapper.streamServerNameChannel(id));
        }
        List<Channel> existing = getThing().getChannelsOfGroup(GROUP_STREAM_SERVERS);
        Set<String> existingIds = new HashSet<>();
        existing.forEach(channel -> existingIds.add(channel.getUID().getId()));
        if (wanted.equals(existingIds)) {
            return;
        }
        ThingBuilder builder = editThing().withoutChannels(existing);
        for (int id : serverIds) {
            builder.withChannel(serverChannel(SettingsMapper.streamServerEnabledChannel(id), "Switch",
                    CHANNEL_TYPE_STREAM_SERVER_ENABLED, streamServerLabels.enabled(id)));
            builder.withChannel(serverChannel(SettingsMapper.streamServerNameChannel(id), "String",
                    CHANNEL_TYPE_STREAM_SERVER_NAME, streamServerLabels.name(id)));
        }
        existingIds.forEach(publishedStates::remove);
        logger.debug("Stream server channels of {} are now {}", getThing().getUID(), wanted);
        whileActive(() -> {
            channelUids.forget(existingIds);
            updateThing(builder.build());
        });
    }

    private Channel serverChannel(String channelId, String itemType, String channelType, String label) {
        return ChannelBuilder.create(new ChannelUID(getThing().getUID(), channelId), itemType)
                .withType(new ChannelTypeUID(BINDING_ID, channelType)).withLabel(label).build();
    }

    private void refreshSnapshot(UltraStreamClient c) {
        if (!isLinked(DEVICE_SNAPSHOT)) {
            return;
        }
        State state;
        try {
            Snapshot snapshot = c.getSnapshot();
            state = new RawType(snapshot.bytes(), snapshot.mediaType());
        } catch (UltraStreamException e) {
            // The snapshot is a picture for the UI; failing to get one says nothing about the connection.
            logger.debug("No snapshot from {}: {}", getThing().getUID(), e.getMessage());
            state = UnDefType.UNDEF;
        }
        State snapshotState = state;
        whileActive(() -> updateState(channelUids.of(DEVICE_SNAPSHOT), snapshotState));
    }

    /** Publishes the states that changed since they were last published, then fires the events. */
    private void publish(ChannelUpdate update) {
        whileActive(() -> {
            update.states().forEach((channelId, state) -> {
                if (!state.equals(publishedStates.put(channelId, state))) {
                    updateState(channelUids.of(channelId), state);
                }
            });
            update.events().forEach(event -> triggerChannel(channelUids.of(DEVICE_EVENT), event));
        });
    }

    /** Runs a callback into openHAB only while the task's life is the current one; see the class comment. */
    private void whileActive(Runnable callback) {
        synchronized (lifecycle) {
            if (isCurrentLife()) {
                callback.run();
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // The slow timer

    private void settingsTick() {
        synchronized (lock) {
            Life current = beginTask();
            if (current == null || !connected) {
                return;
            }
            UltraStreamClient c = current.client();
            try {
                applyInfo(c.getInfo());
                applySettings(c.getSettings());
                refreshSnapshot(c);
            } catch (UltraStreamException e) {
                goOffline(e);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Offline, online and retries

    private void goOffline(UltraStreamException e) {
        connected = false;
        failures++;
        Duration retry = backOff(failures);
        Set<DeviceStatusFlag> lastFlags = flagsOf(latestStatus);
        if (e instanceof UltraStreamAuthenticationException) {
            retry = CREDENTIALS_RETRY;
            setOffline(ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.conf-error-credentials", e);
        } else if (e.resultCode() == ResultCode.ERR_OCCUPIED) {
            setOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-occupied", e);
        } else if (e instanceof UltraStreamNetworkException && lastFlags.contains(DeviceStatusFlag.STATUS_UPGRADE)) {
            setOffline(ThingStatusDetail.FIRMWARE_UPDATING, "@text/offline.firmware-updating", e);
        } else if (e instanceof UltraStreamNetworkException && (rebootExpected
                || lastFlags.contains(DeviceStatusFlag.STATUS_REBOOT)
                || lastFlags.contains(DeviceStatusFlag.STATUS_RESET))) {
            setOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-rebooting", e);
        } else if (e instanceof UltraStreamNetworkException) {
            setOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-unreachable [\"" + quote(e.getMessage()) + "\"]", e);
        } else {
            setOffline(ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-reply [\"" + quote(e.getMessage()) + "\"]", e);
        }
        scheduleCycle(retry);
    }

    /** 5 s, 10 s, 20 s, ... up to 5 min. */
    static Duration backOff(int failures) {
        long seconds = FIRST_RETRY.getSeconds() << Math.min(Math.max(0, failures - 1), 10);
        return seconds >= LAST_RETRY.getSeconds() ? LAST_RETRY : Duration.ofSeconds(seconds);
    }

    private void setOnline() {
        whileActive(() -> online = true);
        String previous = lastStatusText;
        if (ONLINE_TEXT.equals(previous)) {
            return;
        }
        if (previous != null) {
            logger.debug("{} is online again", getThing().getUID()); // the thing status says so
        }
        lastStatusText = ONLINE_TEXT;
        updateStatusIfActive(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
    }

    /**
     * Reports the thing offline. The thing status tells the user (a lost connection is a status, not a warning), so
     * the log only has it at debug level, each retry included.
     */
    private void setOffline(ThingStatusDetail detail, String text, @Nullable UltraStreamException cause) {
        whileActive(() -> online = false);
        String reason = cause == null ? text : cause.getMessage();
        String previous = lastStatusText;
        if (text.equals(previous)) {
            logger.debug("{} still offline: {}", getThing().getUID(), reason);
            return;
        }
        logger.debug("{} is offline: {}", getThing().getUID(), reason);
        lastStatusText = text;
        updateStatusIfActive(ThingStatus.OFFLINE, detail, text);
    }

    private void updateStatusIfActive(ThingStatus status, ThingStatusDetail detail, @Nullable String text) {
        whileActive(() -> updateStatus(status, detail, withAddressNotice(status, detail, text)));
    }

    private void scheduleCycle(Duration delay) {
        synchronized (lifecycle) {
            if (isCurrentLife()) {
                cancel(cycleJob);
                cycleJob = executor.schedule(this::cycle, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private static Set<DeviceStatusFlag> flagsOf(@Nullable DeviceStatus status) {
        return status == null ? Set.of() : status.statusFlags();
    }

    private static void cancel(@Nullable ScheduledFuture<?> job) {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** A text inside a {@code @text/key ["..."]} argument must not contain double quotes. */
    private static String quote(@Nullable String text) {
        return Objects.requireNonNullElse(text, "").replace('"', '\'');
    }

    // -------------------------------------------------------------------------------------------------------------
    // Commands

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channelId = channelUID.getId();
        if (command instanceof RefreshType) {
            // Coalesced, because openHAB sends one per linked channel at start.
            pending.addRefresh(channelId);
            scheduleRequests();
            return;
        }
        CommandRoutes.Route route = CommandRoutes.find(channelId);
        if (route == null) {
            logger.debug("Channel {} of {} takes no commands; {} ignored", channelId, getThing().getUID(), command);
            return;
        }
        if (!isOnline()) {
            logRefused(channelId, command);
            return;
        }
        pending.addCommand(new PendingRequests.PendingCommand(channelId, route, command));
        scheduleRequests();
    }

    private void logRefused(String channelId, Command command) {
        logger.warn("Command {} to {} refused: the encoder {} is offline", command, channelId, getThing().getUID());
    }

    /**
     * Schedules the request job unless one is scheduled that has not yet taken what is pending: that one will serve
     * this request too.
     */
    private void scheduleRequests() {
        synchronized (lifecycle) {
            Life owner = life;
            if (owner != null && requestJob == null) {
                requestJob = executor.schedule(() -> serveRequests(owner), 0, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The request job: sends the pending commands in order, then makes the reads wanted. */
    private void serveRequests(Life owner) {
        synchronized (lock) {
            // From here on a request is not served by this run, so it must schedule a new one. (Checking whether
            // this job is done would drop a request made after taking what is pending but before the job returned.)
            synchronized (lifecycle) {
                if (life == owner) {
                    requestJob = null;
                }
            }
            PendingRequests.Taken taken = pending.takeAll();
            Life current = beginTask();
            if (current == null) {
                return;
            }
            UltraStreamClient c = current.client();
            taken.refreshedChannels().forEach(publishedStates::remove);
            taken.commands().forEach(command -> runCommand(c, command));
            if (!connected) {
                return; // connecting publishes everything anyway
            }
            try {
                if (taken.settings()) {
                    applySettings(c.getSettings());
                }
                if (taken.status()) {
                    applyStatus(c.getStatus());
                }
                if (taken.snapshot()) {
                    refreshSnapshot(c);
                }
            } catch (UltraStreamException e) {
                goOffline(e);
            }
        }
    }

    /** Sends one command; called under {@link #lock}. Refused when the device went offline since it was queued. */
    private void runCommand(UltraStreamClient c, PendingRequests.PendingCommand pendingCommand) {
        String channelId = pendingCommand.channelId();
        Command command = pendingCommand.command();
        CommandRoutes.Route route = pendingCommand.route();
        if (!connected || !online) {
            logRefused(channelId, command);
            return;
        }
        try {
            ResultCode result = route.sender().send(c, command);
            if (result != ResultCode.RET_SUCCEED) {
                // Not an error, but worth knowing once: RET_REPEAT means it was so already.
                logger.info("Command {} to {} of {}: the encoder answered {} ({})", command, channelId,
                        getThing().getUID(), result, result.meaning());
            }
        } catch (IllegalArgumentException e) {
            logger.warn("Command {} to {} of {} not understood: {}", command, channelId, getThing().getUID(),
                    e.getMessage());
        } catch (UltraStreamNetworkException | UltraStreamAuthenticationException e) {
            // A lost connection or refused login is the thing's status, which goOffline reports.
            logger.debug("Command {} to {} of {} not sent: {}", command, channelId, getThing().getUID(),
                    e.getMessage());
            goOffline(e);
            return;
        } catch (UltraStreamException e) {
            // Refused by the device (its result code in plain words) or by a check that says more than the device
            // would: the device is fine, the request was not.
            logger.warn("Command {} to {} of {} refused: {}", command, channelId, getThing().getUID(), e.getMessage());
        }
        // Read back at once what the command changed (or, after a refusal, what is really set).
        publishedStates.remove(channelId);
        try {
            if (route.readBack() != CommandRoutes.ReadBack.STATUS) {
                applySettings(c.getSettings());
            }
            if (route.readBack() != CommandRoutes.ReadBack.SETTINGS) {
                applyStatus(c.getStatus());
            }
        } catch (UltraStreamException e) {
            goOffline(e);
        }
    }
}
