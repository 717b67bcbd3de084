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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.EncoderFamily;
import org.openhab.binding.ultrastream.client.Futures;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.ResultCode;
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
import org.openhab.binding.ultrastream.internal.firmware.EncoderFirmware;
import org.openhab.binding.ultrastream.internal.firmware.FirmwareDevice;
import org.openhab.binding.ultrastream.internal.mapping.ChannelUpdate;
import org.openhab.binding.ultrastream.internal.mapping.DynamicChannel;
import org.openhab.binding.ultrastream.internal.mapping.InfoMapper;
import org.openhab.core.library.types.QuantityType;
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
 * <b>Concurrency, in four rules.</b>
 * <ol>
 * <li>Everything that talks to the device is work in this thing's {@link DeviceQueue}: polls, commands, reads, rule
 * actions and the logout run one after the other, in the order they came. openHAB's calls ({@code initialize},
 * {@code dispose}, {@code handleCommand}, the rule actions) only add work or timers, and return.</li>
 * <li>Work starts its exchanges and returns. Jetty's I/O receives the replies and hands each to openHAB's scheduler,
 * where in one task the client reads it and the handler applies it ({@link #apply}; the span's client completes its
 * futures on the scheduler). No thread ever waits for the device.</li>
 * <li>Each {@code initialize} makes a {@link Span}: the client, configuration, connection state and latest replies
 * until {@code dispose}. Work belongs to one span and reports to openHAB only through it ({@link Span#report});
 * {@code dispose} closes it, and a closed span reports and schedules nothing. The span's monitor is held around a
 * callback or a scheduling, the queue's around its list; neither ever during an exchange.</li>
 * <li>Only queue work changes a span's connection state, one piece at a time, so that state needs no lock. What
 * other threads read (online, the latest replies) is volatile.</li>
 * </ol>
 * <b>Life cycle.</b> The span first logs in and reads get-info, get-settings and get-status, then reports ONLINE
 * and polls get-status every {@code refreshInterval}; a slow timer re-reads get-info, get-settings and the snapshot
 * every {@code settingsRefreshInterval}. When an exchange fails the thing goes OFFLINE at once and the span retries
 * after a back-off that doubles from 5 s to 5 min (10 min for refused credentials), each delay jittered so that many
 * devices never retry in step. Commands and rule actions take one path ({@link #run}): they read back at once what
 * they changed; while offline they are refused and logged, never replayed. Events compare each get-status with the one
 * before of the same span, also across a lost
 * connection, so a recording that a reboot ended fires {@code RECORDING_STOPPED} when the device answers again.
 * <p>
 * <b>Firmware.</b> openHAB's firmware update service and the firmware rule actions go to {@link EncoderFirmware},
 * which runs each update as a {@code FirmwareUpdate} that reaches the device through {@link #submit}, as queue work.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamHandler extends BaseThingHandler
        implements
            FirmwareUpdateHandler,
            FirmwareDevice {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LAST_RETRY = Duration.ofMinutes(5);
    static final Duration CREDENTIALS_RETRY = Duration.ofMinutes(10);

    /** What {@link Span#lastStatusText} holds while ONLINE is reported. */
    private static final String ONLINE_TEXT = "ONLINE";

    private final Logger logger = LoggerFactory.getLogger(UltraStreamHandler.class);

    private final HttpClient httpClient;
    private final UltraStreamStateDescriptionProvider stateDescriptionProvider;
    private final ChannelLabels channelLabels;
    /** What this thing type reads and shows (see {@link Product}). */
    private final Product product;
    private final ScheduledExecutorService executor;
    /** The periodic timers, shared with the other things of the binding (see {@link BatchedTimers}). */
    private final BatchedTimers timers;
    /** One queue for the thing, across spans: a span's logout runs before the next span's login. */
    private final DeviceQueue queue;
    private final EncoderFirmware firmware;
    /**
     * The delay of the first poll after connecting, given the interval: a random moment within the first interval, so
     * that things started together (openHAB starts them all at once) do not poll in step. Tests fix it.
     */
    LongUnaryOperator firstPoll = millis -> 1 + ThreadLocalRandom.current().nextLong(millis);
    /** The current span; null before initialize and after dispose. */
    private volatile @Nullable Span span;
    /** Another address discovery heard this encoder announced at; null when none. See {@link #addressAnnounced}. */
    private volatile @Nullable String announcedAddress;

    /** A handler with timers of its own and English labels for the channels it adds. */
    public UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider) {
        this(thing, httpClient, stateDescriptionProvider, ChannelLabels.ENGLISH, null, null);
    }

    /**
     * @param channelLabels the labels of the channels the handler adds, translated
     * @param timers the periodic timers of all the binding's things, on openHAB's shared scheduler
     */
    public UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider, ChannelLabels channelLabels,
            BatchedTimers timers) {
        this(thing, httpClient, stateDescriptionProvider, channelLabels, null, timers);
    }

    /** For tests: runs every task on the given executor instead of openHAB's shared scheduler. */
    UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider, ScheduledExecutorService executor) {
        this(thing, httpClient, stateDescriptionProvider, ChannelLabels.ENGLISH, executor, null);
    }

    private UltraStreamHandler(Thing thing, HttpClient httpClient,
            UltraStreamStateDescriptionProvider stateDescriptionProvider, ChannelLabels channelLabels,
            @Nullable ScheduledExecutorService executor, @Nullable BatchedTimers timers) {
        super(thing);
        this.httpClient = httpClient;
        this.stateDescriptionProvider = stateDescriptionProvider;
        this.channelLabels = channelLabels;
        this.product = Product.of(thing.getThingTypeUID());
        this.executor = executor != null ? executor : scheduler;
        this.timers = timers != null ? timers : new BatchedTimers(this.executor);
        this.queue = new DeviceQueue(this.executor, thing.getUID().toString());
        this.firmware = new EncoderFirmware(this, this.executor, thing);
    }

    // -------------------------------------------------------------------------------------------------------------
    // For the actions and console code of this binding, and for tests

    /**
     * Runs a rule action's client call the way a channel command runs (see {@link #run}); returns at once.
     *
     * @param action {@code Action <vendor's name of the call>}, for the log
     * @param changesSettings whether get-settings is read back too (get-status always is)
     */
    public <T> CompletableFuture<T> runAction(String action, boolean changesSettings,
            Function<UltraStreamClient, CompletableFuture<T>> call) {
        Span s = span;
        return s == null
                ? refused(action)
                : run(s, action, changesSettings ? CommandRoutes.ReadBack.BOTH : CommandRoutes.ReadBack.STATUS, call);
    }

    /** The client of the current span, or null; for tests and diagnostics (the binding goes through the queue). */
    public @Nullable UltraStreamClient getClient() {
        Span s = span;
        return s == null ? null : s.client;
    }

    /** Whether the device is connected and ONLINE, i.e. whether commands are accepted. */
    public boolean isOnline() {
        Span s = span;
        return s != null && s.online;
    }

    /** The latest get-status reply, or null before the first. */
    public @Nullable DeviceStatus getLatestStatus() {
        Span s = span;
        return s == null ? null : s.latestStatus;
    }

    /** The latest get-settings reply, or null before the first. */
    public @Nullable DeviceSettings getLatestSettings() {
        Span s = span;
        return s == null ? null : s.latestSettings;
    }

    /** The latest get-info reply, or null before the first. */
    public @Nullable DeviceInfo getLatestInfo() {
        Span s = span;
        return s == null ? null : s.latestInfo;
    }

    /** The firmware side of this encoder: updates, and what the online check found. */
    public EncoderFirmware firmware() {
        return firmware;
    }

    /** Runs one client call of the firmware process as queue work of the current span; the future has its answer. */
    @Override
    public <T> CompletableFuture<T> submit(Function<UltraStreamClient, CompletableFuture<T>> call) {
        Span s = span;
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the thing is not initialized"));
        }
        return queue.submit(() -> Futures.start(() -> call.apply(s.client)));
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
     * Tells the handler that the device was told to reboot, so that the coming silence is reported as "rebooting"
     * rather than as a lost connection.
     */
    public void rebootRequested() {
        Span s = span;
        if (s != null) {
            s.rebootExpected = true;
        }
    }

    /**
     * The queue's work in progress, complete when it is idle; lets tests and benchmarks that run the handler on a
     * scheduler of their own wait for the device before their clock moves on.
     */
    public CompletableFuture<?> queueSettled() {
        return queue.settled();
    }

    /**
     * Discovery heard this encoder's serial announced at {@code address}, which is not the configured one. Discovery
     * never changes the configuration on that word alone (anyone on the network can announce any serial); the status
     * tells the user instead, until the configuration changes.
     */
    public void addressAnnounced(String address) {
        if (address.equals(announcedAddress)) {
            return;
        }
        announcedAddress = address;
        Span s = span;
        if (s != null) {
            s.report(() -> {
                ThingStatusInfo current = getThing().getStatusInfo();
                if (current.getStatus() != ThingStatus.UNINITIALIZED) {
                    updateStatus(current.getStatus(), current.getStatusDetail(), withAddressNotice(
                            current.getStatus(), current.getStatusDetail(), current.getDescription()));
                }
            });
        }
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

    /** Rule actions reach the device through this handler's queue, the same path as channel commands. */
    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(UltraStreamActions.class);
    }

    @Override
    public void initialize() {
        UltraStreamConfiguration config = getConfigAs(UltraStreamConfiguration.class);
        if (config.hostname.isBlank()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-hostname");
            return;
        }
        UltraStreamClient client;
        try {
            client = new UltraStreamClient(httpClient,
                    UltraStreamClientOptions.builder(config.hostname).port(config.port)
                            .downloadPort(config.downloadPort).username(config.username).password(config.password)
                            .build(),
                    executor);
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-invalid [\"" + quote(e.getMessage()) + "\"]");
            return;
        }
        logger.debug("Initializing {} with {}", getThing().getUID(), config);
        announcedAddress = null; // the configuration changed: the user may have taken the announced address
        Span s = new Span(client, config, new ChannelUids(getThing().getUID()), executor, timers, queue,
                new Span.Jobs(this::connect, this::poll, this::readSettings, firstPoll));
        span = s;
        updateStatus(ThingStatus.UNKNOWN);
        s.startSettingsTimer();
        s.connectSoon();
    }

    @Override
    public void dispose() {
        Span s = span;
        span = null;
        if (s != null) {
            s.close(); // waits at most for a callback in progress, never for the device
            // The device admits two clients: give the session back, after the work in flight, before the next span.
            queue.submit(() -> s.client.logoutAsync().whenComplete((done, failure) -> {
                if (failure != null) {
                    logger.debug("Logout from {} failed: {}", s.client.options().host(),
                            Futures.unwrap(failure).getMessage());
                }
            }));
        }
        stateDescriptionProvider.removeThing(getThing().getUID());
        firmware.dispose();
    }

    // -------------------------------------------------------------------------------------------------------------
    // Queue work: connect, poll, reads

    /** Logs in and reads everything once; the thing goes ONLINE (or to a busy status) with the first get-status. */
    private CompletableFuture<@Nullable Void> connect(Span s) {
        if (s.connected || s.isClosed()) {
            return CompletableFuture.completedFuture(null);
        }
        UltraStreamClient c = s.client;
        CompletableFuture<Connected> replies = c.loginAsync().thenCompose(v -> c.getInfoAsync())
                .thenCompose(info -> rightProduct(info) != product
                        ? CompletableFuture.completedFuture(new Connected(info, null, null))
                        : product.readSettings.from(c).thenCompose(settings -> product.readStatus.from(c)
                                .thenApply(status -> new Connected(info, settings, status))));
        return apply(s, replies, r -> {
            DeviceSettings settings = r.settings();
            DeviceStatus status = r.status();
            if (settings == null || status == null) {
                wrongThingType(s, r.info());
                return;
            }
            s.connected = true;
            s.failures = 0;
            s.rebootExpected = false;
            firmware.connected();
            // latestStatus stays: what changed while the connection was lost (a reboot ended a recording) fires now.
            s.forgetAll();
            applyInfo(s, r.info());
            applySettings(s, settings);
            applyStatus(s, status);
            s.startPolling();
            logger.debug("Connected to {} ({})", getThing().getUID(), c.options().host());
        }).thenCompose(v -> s.connected ? refreshSnapshot(s) : CompletableFuture.completedFuture(null));
    }

    /** get-info, and the other two replies, or null for both when the device is not of this thing type. */
    private record Connected(DeviceInfo info, @Nullable DeviceSettings settings, @Nullable DeviceStatus status) {
    }

    /** The product get-info names; this thing's own when it names none this binding knows (read what is there). */
    private Product rightProduct(DeviceInfo info) {
        EncoderFamily family = EncoderFamily.of(info.product.productName);
        if (family == null) {
            logger.debug("{} names its product '{}', which is no family this binding knows; read as {}",
                    getThing().getUID(), info.product.productName, product.thingType);
        }
        return family == null ? product : Product.of(family);
    }

    /**
     * The device is of the other family: a configuration error, shown until the thing is configured again (a new
     * span). Nothing is polled or filled, and the session is given back.
     */
    private void wrongThingType(Span s, DeviceInfo info) {
        s.latestInfo = info;
        setOffline(s, ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.conf-error-wrong-type [\""
                + quote(NetworkText.clean(info.product.moduleName, NetworkText.MAX_NAME)) + "\", \""
                + rightProduct(info).thingType + "\"]", null);
        s.client.logoutAsync();
    }

    private CompletableFuture<@Nullable Void> poll(Span s) {
        return read(s, false, true, false);
    }

    /** The slow timer's work: get-info, get-settings and the snapshot. */
    private CompletableFuture<@Nullable Void> readSettings(Span s) {
        if (!s.connected) {
            return CompletableFuture.completedFuture(null);
        }
        return apply(s, s.client.getInfoAsync(), info -> applyInfo(s, info))
                .thenCompose(v -> read(s, true, false, true));
    }

    /** Reads what REFRESH commands asked for, and publishes those channels again. */
    private CompletableFuture<@Nullable Void> serveReads(Span s) {
        boolean status = false;
        boolean settings = false;
        boolean snapshot = false;
        for (Iterator<String> wanted = s.wantedReads.iterator(); wanted.hasNext();) {
            String id = wanted.next();
            wanted.remove();
            s.forget(id);
            if (DEVICE_SNAPSHOT.equals(id)) {
                snapshot = true;
            } else if (id.startsWith(GROUP_ENCODING + "#") || id.startsWith(GROUP_STREAM_SERVERS + "#")
                    || id.startsWith(INPUT_MIXER_PREFIX)) {
                settings = true;
            } else {
                status = true;
            }
        }
        return read(s, settings, status, snapshot); // while not connected, connecting publishes everything anyway
    }

    /** Reads get-settings, get-status and the snapshot as asked, in that order; stops when the device fails. */
    private CompletableFuture<@Nullable Void> read(Span s, boolean settings, boolean status, boolean snapshot) {
        UltraStreamClient c = s.client;
        CompletableFuture<@Nullable Void> chain = CompletableFuture.completedFuture(null);
        if (settings) {
            chain = chain.thenCompose(v -> s.connected
                    ? apply(s, product.readSettings.from(c), r -> applySettings(s, r))
                    : CompletableFuture.completedFuture(null));
        }
        if (status) {
            chain = chain.thenCompose(v -> s.connected
                    ? apply(s, product.readStatus.from(c), r -> applyStatus(s, r))
                    : CompletableFuture.completedFuture(null));
        }
        if (snapshot) {
            chain = chain.thenCompose(v -> s.connected ? refreshSnapshot(s) : CompletableFuture.completedFuture(null));
        }
        return chain;
    }

    /**
     * Applies the outcome of {@code exchange} in the scheduler's task that completed it (rule 2): {@code use} with the
     * reply, or going offline on a failure. Nothing of a closed span is applied. A bug in {@code use} is logged once
     * and the span retries later: no job ends for good.
     */
    private <T> CompletableFuture<@Nullable Void> apply(Span s, CompletableFuture<T> exchange, Consumer<T> use) {
        return exchange.handle((reply, failure) -> {
            if (s.isClosed()) {
                return null;
            }
            if (failure != null) {
                goOffline(s, Futures.unwrap(failure));
                return null;
            }
            try {
                use.accept(reply);
            } catch (RuntimeException e) {
                goOffline(s, e);
            }
            return null;
        });
    }

    /** A bug of this binding: the message at WARN, to be reported; the stack trace at DEBUG. */
    private void logBug(String job, Throwable e) {
        logger.warn("Unexpected failure in {} of {}: {}", job, getThing().getUID(), e.toString());
        logger.debug("Stack trace of that failure", e);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Applying replies (in tasks on the scheduler, one at a time)

    private void applyStatus(Span s, DeviceStatus status) {
        if (!s.repeatsMapped(status)) {
            ChannelUpdate update = product.mapStatus.map(s.latestStatus, status, s.latestInfo, s.latestSettings);
            s.latestStatus = status;
            updateDynamicChannels(s);
            publish(s, update);
            s.statusMapped();
        }
        Set<DeviceStatusFlag> flags = status.statusFlags();
        if (flags.contains(DeviceStatusFlag.STATUS_UPGRADE)) {
            setOffline(s, ThingStatusDetail.FIRMWARE_UPDATING, "@text/offline.firmware-updating", null);
        } else if (flags.contains(DeviceStatusFlag.STATUS_REBOOT)) {
            setOffline(s, ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-rebooting", null);
        } else if (flags.contains(DeviceStatusFlag.STATUS_RESET)) {
            setOffline(s, ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-resetting", null);
        } else {
            setOnline(s);
        }
    }

    private void applySettings(Span s, DeviceSettings settings) {
        s.latestSettings = settings;
        updateDynamicChannels(s);
        publish(s, product.mapSettings.map(settings, s.latestInfo, s.latestStatus));
        updateStateOptions(s);
    }

    private void applyInfo(Span s, DeviceInfo info) {
        s.latestInfo = info;
        Map<String, String> properties = InfoMapper.properties(info);
        Map<String, String> current = getThing().getProperties();
        if (properties.entrySet().stream().anyMatch(e -> !e.getValue().equals(current.get(e.getKey())))) {
            s.report(() -> updateProperties(properties));
        }
        updateStateOptions(s);
    }

    private void updateStateOptions(Span s) {
        DeviceInfo info = s.latestInfo;
        if (info == null) {
            return;
        }
        s.report(() -> product.stateOptions.of(info, s.latestSettings).forEach(
                (channelId, options) -> stateDescriptionProvider.setStateOptions(s.channelUids.of(channelId),
                        options)));
    }

    /**
     * Adds and removes the channels the product adds at run time (one set per stream server, the AIO's input and
     * mixer) so that the thing has exactly those the latest replies call for.
     */
    private void updateDynamicChannels(Span s) {
        List<DynamicChannel> wanted = product.dynamicChannels.of(s.latestInfo, s.latestSettings, s.latestStatus);
        Set<String> wantedIds = new HashSet<>();
        wanted.forEach(channel -> wantedIds.add(channel.id()));
        if (wantedIds.equals(s.dynamicChannelIds)) {
            return; // as the reply before wanted them: no need to look through the thing's channels on every poll
        }
        s.dynamicChannelIds = wantedIds;
        List<Channel> existing = getThing().getChannels().stream()
                .filter(channel -> DynamicChannel.isDynamic(channel.getUID().getId())).toList();
        Set<String> existingIds = new HashSet<>();
        existing.forEach(channel -> existingIds.add(channel.getUID().getId()));
        if (wantedIds.equals(existingIds)) {
            return;
        }
        ThingBuilder builder = editThing().withoutChannels(existing);
        for (DynamicChannel channel : wanted) {
            builder.withChannel(ChannelBuilder.create(new ChannelUID(getThing().getUID(), channel.id()),
                    channel.itemType()).withType(new ChannelTypeUID(BINDING_ID, channel.channelType()))
                    .withLabel(channelLabels.of(channel)).build());
        }
        existingIds.forEach(s::forget);
        logger.debug("Channels added at run time to {} are now {}", getThing().getUID(), wantedIds);
        s.report(() -> {
            s.channelUids.forget(existingIds);
            updateThing(builder.build());
        });
    }

    /** The snapshot is a picture for the UI: failing to get one says nothing about the connection. */
    private CompletableFuture<@Nullable Void> refreshSnapshot(Span s) {
        if (!isLinked(DEVICE_SNAPSHOT)) {
            return CompletableFuture.completedFuture(null);
        }
        return s.client.getSnapshotAsync().handle((snapshot, failure) -> {
            State state;
            if (failure == null) {
                state = new RawType(snapshot.bytes(), snapshot.mediaType());
            } else {
                state = UnDefType.UNDEF;
                logger.debug("No snapshot from {}: {}", getThing().getUID(), Futures.unwrap(failure).getMessage());
            }
            s.report(() -> updateState(s.channelUids.of(DEVICE_SNAPSHOT), state));
            return null;
        });
    }

    /** Publishes the states that changed since they were last published, then fires the events. */
    private void publish(Span s, ChannelUpdate update) {
        s.report(() -> {
            update.states().forEach((channelId, state) -> {
                // Read first and write only what changed: most states do not, and the map is old and cold by now.
                if (!unchanged(state, s.publishedStates.get(channelId))) {
                    s.publishedStates.put(channelId, state);
                    updateState(s.channelUids.of(channelId), state);
                }
            });
            update.events().forEach(event -> triggerChannel(s.channelUids.of(DEVICE_EVENT), event));
        });
    }

    /**
     * Whether {@code state} equals the one published before. Most channels do not change between polls, and
     * {@link QuantityType#equals} converts both sides to the system unit: two quantities of the same unit and value
     * are equal without that.
     */
    static boolean unchanged(State state, @Nullable State before) {
        if (state instanceof QuantityType<?> now && before instanceof QuantityType<?> then
                && now.getUnit().equals(then.getUnit()) && now.toBigDecimal().compareTo(then.toBigDecimal()) == 0) {
            return true;
        }
        return state.equals(before);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Offline, online and retries

    private void goOffline(Span s, Throwable failure) {
        UltraStreamException e;
        if (failure instanceof UltraStreamException known) {
            e = known;
        } else {
            logBug("the device job", failure);
            e = new UltraStreamMalformedReplyException("get-status", String.valueOf(failure.getMessage()), failure);
        }
        s.connected = false;
        s.failures++;
        Duration retry = backOff(s.failures);
        Set<DeviceStatusFlag> lastFlags = flagsOf(s.latestStatus);
        if (e instanceof UltraStreamAuthenticationException) {
            retry = CREDENTIALS_RETRY;
            setOffline(s, ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.conf-error-credentials", e);
        } else if (e.resultCode() == ResultCode.ERR_OCCUPIED) {
            setOffline(s, ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-occupied", e);
        } else if (e instanceof UltraStreamNetworkException && lastFlags.contains(DeviceStatusFlag.STATUS_UPGRADE)) {
            setOffline(s, ThingStatusDetail.FIRMWARE_UPDATING, "@text/offline.firmware-updating", e);
        } else if (e instanceof UltraStreamNetworkException && (s.rebootExpected
                || lastFlags.contains(DeviceStatusFlag.STATUS_REBOOT)
                || lastFlags.contains(DeviceStatusFlag.STATUS_RESET))) {
            setOffline(s, ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-rebooting", e);
        } else if (e instanceof UltraStreamNetworkException) {
            setOffline(s, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-unreachable [\"" + quote(e.getMessage()) + "\"]", e);
        } else {
            setOffline(s, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error-reply [\"" + quote(e.getMessage()) + "\"]", e);
        }
        s.retryIn(jittered(retry));
    }

    /** 5 s, 10 s, 20 s, ... up to 5 min. */
    static Duration backOff(int failures) {
        long seconds = FIRST_RETRY.getSeconds() << Math.min(Math.max(0, failures - 1), 10);
        return seconds >= LAST_RETRY.getSeconds() ? LAST_RETRY : Duration.ofSeconds(seconds);
    }

    /** A random delay between half of {@code delay} and all of it, so that devices that failed together spread. */
    static Duration jittered(Duration delay) {
        long millis = delay.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private void setOnline(Span s) {
        s.online = true;
        String previous = s.lastStatusText;
        if (ONLINE_TEXT.equals(previous)) {
            return;
        }
        if (previous != null) {
            logger.debug("{} is online again", getThing().getUID()); // the thing status says so
        }
        s.lastStatusText = ONLINE_TEXT;
        s.report(() -> updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                withAddressNotice(ThingStatus.ONLINE, ThingStatusDetail.NONE, null)));
    }

    /**
     * Reports the thing offline. The thing status tells the user (a lost connection is a status, not a warning), so
     * the log only has it at debug level, each retry included.
     */
    private void setOffline(Span s, ThingStatusDetail detail, String text, @Nullable UltraStreamException cause) {
        s.online = false;
        String reason = cause == null ? text : cause.getMessage();
        String previous = s.lastStatusText;
        if (text.equals(previous)) {
            logger.debug("{} still offline: {}", getThing().getUID(), reason);
            return;
        }
        logger.debug("{} is offline: {}", getThing().getUID(), reason);
        s.lastStatusText = text;
        s.report(() -> updateStatus(ThingStatus.OFFLINE, detail, withAddressNotice(ThingStatus.OFFLINE, detail, text)));
    }

    private static Set<DeviceStatusFlag> flagsOf(@Nullable DeviceStatus status) {
        return status == null ? Set.of() : status.statusFlags();
    }

    /** A text inside a {@code @text/key ["..."]} argument must not contain double quotes. */
    private static String quote(@Nullable String text) {
        return Objects.requireNonNullElse(text, "").replace('"', '\'');
    }

    // -------------------------------------------------------------------------------------------------------------
    // Commands

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        Span s = span;
        if (s == null) {
            return;
        }
        String channelId = channelUID.getId();
        if (command instanceof RefreshType) {
            // Coalesced, because openHAB sends one per linked channel at start.
            s.wantedReads.add(channelId);
            queue.submitUnlessWaiting(s.key("reads"), () -> serveReads(s));
            return;
        }
        CommandRoutes.Route route = product.route(channelId);
        if (route == null) {
            logger.debug("Channel {} of {} takes no commands; {} ignored", channelId, getThing().getUID(), command);
            return;
        }
        run(s, "Command " + command + " to " + channelId, route.readBack(), client -> {
            s.forget(channelId); // published after the read-back even when unchanged (a refusal)
            return route.sender().send(client, command);
        });
    }

    /**
     * Runs one client call as the span's next queue work, refused while the thing is not online; logs how it ended,
     * the same way for channel commands and rule actions. Then reads back what the call changes, after a refusal
     * too, so that the channels show what is really set. Commands while offline are never replayed.
     *
     * @param what the command or action, for the log
     * @return the call's answer; failed with {@link IllegalStateException} when the thing is not online
     */
    private <T> CompletableFuture<T> run(Span s, String what, CommandRoutes.ReadBack readBack,
            Function<UltraStreamClient, CompletableFuture<T>> call) {
        if (!s.online) {
            return refused(what);
        }
        return queue.submit(() -> {
            if (!s.connected || !s.online) {
                return refused(what);
            }
            CompletableFuture<T> sent = Futures.start(() -> call.apply(s.client));
            return sent.handle((answer, failure) -> ended(s, what, answer, failure))
                    .thenCompose(readBackNow -> readBackNow
                            ? read(s, readBack != CommandRoutes.ReadBack.STATUS,
                                    readBack != CommandRoutes.ReadBack.SETTINGS, false)
                            : CompletableFuture.completedFuture(null))
                    .thenCompose(x -> sent);
        });
    }

    private <T> CompletableFuture<T> refused(String what) {
        // WARN: what was asked for is lost, and nothing else says so (an item may show the commanded state).
        logger.warn("{} refused: the encoder {} is offline", what, getThing().getUID());
        return CompletableFuture
                .failedFuture(new IllegalStateException("the encoder " + getThing().getUID() + " is offline"));
    }

    /** Logs how a command or action ended; whether to read back (not when the device is gone). */
    private boolean ended(Span s, String what, @Nullable Object answer, @Nullable Throwable failure) {
        Throwable e = failure == null ? null : Futures.unwrap(failure);
        if (e == null) {
            if (answer instanceof ResultCode result && result != ResultCode.RET_SUCCEED) {
                // Not an error: RET_REPEAT, for example, means it was so already.
                logger.debug("{} on {}: the encoder answered {} ({})", what, getThing().getUID(), result,
                        result.meaning());
            }
        } else if (e instanceof IllegalArgumentException) {
            // WARN: the rule or the UI sent something the channel cannot take; the reason says what it takes.
            logger.warn("{} on {} not sent: {}", what, getThing().getUID(), e.getMessage());
        } else if (e instanceof UltraStreamNetworkException || e instanceof UltraStreamAuthenticationException) {
            // A lost connection or refused login is the thing's status, which goOffline reports.
            logger.debug("{} on {} failed: {}", what, getThing().getUID(), e.getMessage());
            goOffline(s, e);
            return false;
        } else if (e instanceof UltraStreamException) {
            // WARN: refused by the device (its result code in plain words) or by a check that says more than the
            // device would (mutual exclusion, disk state): the device is fine, the request was not carried out.
            logger.warn("{} on {} refused: {}", what, getThing().getUID(), e.getMessage());
        } else {
            logBug(what, e);
        }
        return !s.isClosed();
    }
}
