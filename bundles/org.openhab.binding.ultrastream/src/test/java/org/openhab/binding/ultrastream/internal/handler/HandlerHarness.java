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

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.client.Await;
import org.openhab.binding.ultrastream.client.EmulatedDeviceExtension;
import org.openhab.binding.ultrastream.client.OpenedForEachTest;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamException;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.emulator.EmulatedDevice;
import org.openhab.binding.ultrastream.emulator.EmulatorOptions;
import org.openhab.binding.ultrastream.emulator.ManualClock;
import org.openhab.binding.ultrastream.emulator.UltraStreamEmulator;
import org.openhab.binding.ultrastream.internal.UltraStreamStateDescriptionProvider;
import org.openhab.core.common.registry.ProviderChangeListener;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemBuilderFactory;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.i18n.ChannelTypeI18nLocalizationService;
import org.openhab.core.thing.link.ItemChannelLink;
import org.openhab.core.thing.link.ItemChannelLinkProvider;
import org.openhab.core.thing.link.ItemChannelLinkRegistry;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.StateOption;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One emulated encoder, a handler for it and everything the handler talks to: a real Jetty client over loopback, a
 * mocked {@link ThingHandlerCallback} that records what the handler reports, a mocked options provider, and a
 * {@link ManualScheduler} so that the test decides when polls run. The emulator runs on a {@link ManualClock}
 * ({@link EmulatedDeviceExtension}). Fresh for every test when registered with {@code @RegisterExtension}, or
 * opened and closed by the test.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HandlerHarness implements OpenedForEachTest {

    public static final ThingUID THING_UID = new ThingUID(THING_TYPE_ENCODER, "stage");
    public static final long REFRESH_MILLIS = 5_000;

    private final EmulatedDeviceExtension emulated;
    public final ManualClock clock;
    public final HttpClient httpClient;
    public final ManualScheduler scheduler = new ManualScheduler();
    public final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    /** The items linked to the thing's channels, and the events the options provider posted. */
    public final ItemLinks links = new ItemLinks();
    public final List<Event> postedEvents = new CopyOnWriteArrayList<>();
    final OptionsRecorder provider = new OptionsRecorder(postedEvents::add, links);

    /** Last state per channel id ({@code group#channel}), and every state in order. */
    public final Map<String, State> states = new ConcurrentHashMap<>();
    public final List<String> stateLog = new CopyOnWriteArrayList<>();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final List<ThingStatusInfo> statuses = new CopyOnWriteArrayList<>();
    public final Map<String, String> properties = new ConcurrentHashMap<>();

    /** The thing's type and UID: {@link #THING_UID} for an Ultra Stream, {@code ultra-encode:stage} otherwise. */
    public final ThingTypeUID thingType;
    public final ThingUID thingUid;

    private @Nullable UltraStreamHandler handler;

    public HandlerHarness() {
        this(options -> options);
    }

    /** @param options what the test changes in the emulator's options */
    public HandlerHarness(UnaryOperator<EmulatorOptions.Builder> options) {
        this(options, THING_TYPE_ENCODER);
    }

    /** A harness whose thing is of {@code thingType}, with that type's static channels. */
    public HandlerHarness(UnaryOperator<EmulatorOptions.Builder> options, ThingTypeUID thingType) {
        this.thingType = thingType;
        this.thingUid = THING_TYPE_ENCODER.equals(thingType) ? THING_UID : new ThingUID(thingType, "stage");
        emulated = new EmulatedDeviceExtension(options);
        clock = emulated.clock;
        httpClient = emulated.httpClient;
        when(callback.isChannelLinked(any())).thenReturn(true);
        doAnswer(call -> {
            ChannelUID uid = call.getArgument(0);
            states.put(uid.getId(), call.getArgument(1));
            stateLog.add(uid.getId());
            return null;
        }).when(callback).stateUpdated(any(), any());
        doAnswer(call -> {
            events.add(call.getArgument(2));
            return null;
        }).when(callback).channelTriggered(any(), any(), any());
        doAnswer(call -> {
            // As openHAB's thing manager does: the thing carries its status (BaseThingHandler.isInitialized reads it).
            Thing thing = call.getArgument(0);
            thing.setStatusInfo(call.getArgument(1));
            statuses.add(call.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(call -> {
            Thing thing = call.getArgument(0);
            properties.putAll(thing.getProperties());
            return null;
        }).when(callback).thingUpdated(any());
    }

    /** Starts the emulator and the Jetty client; as an extension, before each test. */
    @Override
    public HandlerHarness open() throws Exception {
        emulated.open();
        return this;
    }

    public UltraStreamEmulator emulator() {
        return emulated.emulator();
    }

    public EmulatedDevice device() {
        return emulated.device();
    }

    /** Another client of the device, such as the encoder's app, beside the handler's. */
    public UltraStreamClient newClient(String username, String password) {
        return emulated.newClient(username, password);
    }

    /** The configuration of a thing for the emulated device; entries in {@code overrides} replace the defaults. */
    public Map<String, Object> configuration(Map<String, Object> overrides) {
        EmulatedDevice device = device();
        Map<String, Object> config = new HashMap<>();
        config.put("hostname", device.host());
        config.put("port", new BigDecimal(device.httpPort()));
        config.put("downloadPort", new BigDecimal(device.downloadPort()));
        config.put("username", "Admin");
        config.put("password", "Admin");
        config.put("refreshInterval", new BigDecimal(REFRESH_MILLIS / 1000));
        config.put("settingsRefreshInterval", new BigDecimal(300));
        config.putAll(overrides);
        return config;
    }

    /** Creates the handler for a thing with every static channel of thing-types.xml, and initializes it. */
    public UltraStreamHandler start(Map<String, Object> overrides) throws Exception {
        UltraStreamHandler newHandler = create(overrides, scheduler);
        scheduler.follow(newHandler::queueSettled);
        newHandler.initialize();
        scheduler.runDue();
        return newHandler;
    }

    /** Creates and initializes the handler with its tasks on {@code executor} (real threads) instead. */
    public UltraStreamHandler startOn(ScheduledExecutorService executor, Map<String, Object> overrides)
            throws Exception {
        UltraStreamHandler newHandler = create(overrides, executor);
        newHandler.initialize();
        return newHandler;
    }

    private UltraStreamHandler create(Map<String, Object> overrides, ScheduledExecutorService executor)
            throws Exception {
        List<Channel> channels = new ArrayList<>();
        for (String channelId : staticChannels(thingType.getId()).keySet()) {
            channels.add(ChannelBuilder.create(new ChannelUID(thingUid, channelId)).build());
        }
        Thing thing = ThingBuilder.create(thingType, thingUid).withChannels(channels)
                .withConfiguration(new Configuration(configuration(overrides))).build();
        UltraStreamHandler newHandler = new UltraStreamHandler(thing, httpClient, provider, executor);
        newHandler.firstPoll = interval -> interval; // the first poll one interval after connecting, as tests count

        newHandler.setCallback(callback);
        handler = newHandler;
        return newHandler;
    }

    public UltraStreamHandler start() throws Exception {
        return start(Map.of());
    }

    public UltraStreamHandler handler() {
        UltraStreamHandler current = handler;
        if (current == null) {
            throw new IllegalStateException("not started");
        }
        return current;
    }

    /**
     * Waits for a future of the handler's {@link #client()}: its replies are read on the handler's scheduler, which
     * runs meanwhile (time stands still).
     */
    public <T> T await(CompletableFuture<T> future) throws UltraStreamException {
        scheduler.follow(() -> future);
        scheduler.runDue();
        return Await.await(future);
    }

    /**
     * The client of the handler's current span: the binding's own session, for a test to act as the app would. Its
     * futures complete on the handler's scheduler: wait for them with {@link #await}.
     */
    public UltraStreamClient client() {
        UltraStreamClient client = handler().getClient();
        if (client == null) {
            throw new IllegalStateException("not initialized");
        }
        return client;
    }

    /** Sends a command the way openHAB does and lets the handler run it. */
    public void command(String channelId, Command command) {
        handler().handleCommand(new ChannelUID(thingUid, channelId), command);
        scheduler.runDue();
    }

    /** One poll interval passes, on the emulator's clock and on the handler's scheduler. */
    public void nextPoll() {
        pass(REFRESH_MILLIS);
    }

    public void pass(long millis) {
        clock.advance(Duration.ofMillis(millis));
        scheduler.advance(millis);
    }

    /** An RTMP stream server on loopback, to add with the client's add-server. */
    public static StreamServer rtmpServer(String name, String key) {
        StreamServer server = new StreamServer();
        server.type = 0;
        server.name = name;
        server.url = "rtmp://127.0.0.1/live";
        server.key = key;
        return server;
    }

    public ThingStatusInfo lastStatus() {
        if (statuses.isEmpty()) {
            throw new AssertionError("no status reported");
        }
        return statuses.get(statuses.size() - 1);
    }

    @Nullable
    public State state(String channelId) {
        return states.get(channelId);
    }

    /**
     * Every channel of thing-types.xml ({@code group#channel} to channel type id), read from the file itself so
     * that a channel added there without a state fails the tests.
     */
    public static Map<String, String> staticChannels() throws Exception {
        return staticChannels(THING_TYPE_ENCODER.getId());
    }

    /** The static channels of one thing type, from both thing XML files (group types are shared between them). */
    public static Map<String, String> staticChannels(String thingTypeId) throws Exception {
        Map<String, String> channels = new LinkedHashMap<>();
        Map<String, List<String[]>> groupTypes = new HashMap<>();
        List<Element> groups = new ArrayList<>();
        for (String file : List.of("thing-types.xml", "ultra-encode.xml")) {
            InputStream in = HandlerHarness.class.getResourceAsStream("/OH-INF/thing/" + file);
            assertNotNull(in, file);
            Document doc;
            try (in) {
                doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
            NodeList groupTypeNodes = doc.getElementsByTagName("channel-group-type");
            for (int i = 0; i < groupTypeNodes.getLength(); i++) {
                Element groupType = (Element) groupTypeNodes.item(i);
                List<String[]> list = new ArrayList<>();
                NodeList channelNodes = groupType.getElementsByTagName("channel");
                for (int j = 0; j < channelNodes.getLength(); j++) {
                    Element channel = (Element) channelNodes.item(j);
                    list.add(new String[]{ channel.getAttribute("id"), channel.getAttribute("typeId") });
                }
                groupTypes.put(groupType.getAttribute("id"), list);
            }
            NodeList thingTypes = doc.getElementsByTagName("thing-type");
            for (int i = 0; i < thingTypes.getLength(); i++) {
                Element thingType = (Element) thingTypes.item(i);
                NodeList groupNodes = thingType.getElementsByTagName("channel-group");
                for (int j = 0; j < groupNodes.getLength() && thingTypeId.equals(thingType.getAttribute("id")); j++) {
                    groups.add((Element) groupNodes.item(j));
                }
            }
        }
        for (Element group : groups) {
            for (String[] channel : groupTypes.getOrDefault(group.getAttribute("typeId"), List.of())) {
                channels.put(group.getAttribute("id") + "#" + channel[0], channel[1]);
            }
        }
        return channels;
    }

    /**
     * The real provider, wired as DS wires it (constructor, then the inherited activate), with a look at the options
     * the handler set. Option labels are translated from the binding's English texts.
     */
    static final class OptionsRecorder extends UltraStreamStateDescriptionProvider {
        OptionsRecorder(EventPublisher eventPublisher, ItemChannelLinkRegistry links) {
            super(eventPublisher, links, new ChannelTypeI18nLocalizationService(new BindingTexts()));
            ComponentContext context = mock(ComponentContext.class);
            BundleContext bundleContext = mock(BundleContext.class);
            when(context.getBundleContext()).thenReturn(bundleContext);
            when(bundleContext.getBundle()).thenReturn(mock(Bundle.class));
            activate(context);
        }

        List<StateOption> options(String channelId) {
            return channelOptionsMap.getOrDefault(new ChannelUID(THING_UID, channelId), List.of());
        }

        int thingCount() {
            return channelOptionsMap.size();
        }
    }

    /** Item-channel links as openHAB keeps them: a link names its item only while the item exists. */
    public static final class ItemLinks extends ItemChannelLinkRegistry {
        private final ItemRegistry items;
        private final List<ProviderChangeListener<ItemChannelLink>> listeners = new CopyOnWriteArrayList<>();
        private final List<ItemChannelLink> all = new CopyOnWriteArrayList<>();

        ItemLinks() {
            this(mock(ItemRegistry.class));
        }

        private ItemLinks(ItemRegistry items) {
            super(null, mock(ThingRegistry.class), items, mock(ItemBuilderFactory.class), mock(BundleContext.class));
            this.items = items;
            addProvider(source);
        }

        private final ItemChannelLinkProvider source = new ItemChannelLinkProvider() {
            @Override
            public void addProviderChangeListener(ProviderChangeListener<ItemChannelLink> listener) {
                listeners.add(listener);
            }

            @Override
            public Collection<ItemChannelLink> getAll() {
                return all;
            }

            @Override
            public void removeProviderChangeListener(ProviderChangeListener<ItemChannelLink> listener) {
                listeners.remove(listener);
            }
        };

        /** Creates the item and links it to the channel, as a user does in the UI. */
        public void link(String itemName, ChannelUID channelUID) {
            Item item = mock(Item.class);
            when(item.getName()).thenReturn(itemName);
            when(items.get(itemName)).thenReturn(item);
            ItemChannelLink link = new ItemChannelLink(itemName, channelUID);
            all.add(link);
            listeners.forEach(listener -> listener.added(source, link));
        }
    }

    @Override
    public void close() throws Exception {
        UltraStreamHandler current = handler;
        if (current != null) {
            current.dispose();
            scheduler.runDue();
        }
        emulated.close();
    }
}
