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

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.ultrastream.client.dto.EncodeSettings;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.dto.LiveTarget;
import org.openhab.binding.ultrastream.emulator.Model;
import org.openhab.binding.ultrastream.internal.action.UltraStreamActions;
import org.openhab.binding.ultrastream.internal.mapping.DynamicChannel;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.types.UnDefType;

/**
 * Every member of the Ultra Encode family, emulated, served by the one handler as {@code ultrastream:ultra-encode}:
 * ONLINE with its model, a recording, a live stream to an enabled server, the AIO's input and mixer from channels
 * and rule actions, and a thing of the wrong type for its device.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraEncodeHandlerTest {

    private @Nullable HandlerHarness harness;

    @AfterEach
    void close() throws Exception {
        HandlerHarness h = harness;
        if (h != null) {
            h.close();
        }
    }

    private HandlerHarness start(Model model, ThingTypeUID thingType) throws Exception {
        HandlerHarness h = new HandlerHarness(options -> options.model(model), thingType).open();
        harness = h;
        h.start();
        return h;
    }

    @ParameterizedTest
    @EnumSource(value = Model.class, names = "ULTRA_ENCODE_.*", mode = EnumSource.Mode.MATCH_ANY)
    void eachMemberGoesOnlineRecordsAndStreams(Model model) throws Exception {
        HandlerHarness h = start(model, THING_TYPE_ULTRA_ENCODE);
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus());
        assertEquals(model.moduleName(), h.properties.get(Thing.PROPERTY_MODEL_ID));
        // AIO only: the input and mixer channels
        boolean aio = model == Model.ULTRA_ENCODE_AIO;
        assertEquals(aio, hasChannel(h, INPUT_SOURCE));
        assertEquals(aio, hasChannel(h, INPUT_MIXER_LAYOUT));

        h.command(RECORDING_ACTIVE, OnOffType.ON);
        assertTrue(h.device().isRecording(), "the device records");
        assertEquals(OnOffType.ON, h.state(RECORDING_ACTIVE));
        // Per-target state where the reply has rec[] (the AIO); the plain and Plus pages show no rec-status.
        assertEquals(aio ? new StringType("RET_RUNNING") : UnDefType.UNDEF, h.state("recording#usb-state"));
        assertEquals(aio ? new StringType("RET_INIT") : UnDefType.UNDEF, h.state("recording#nas-state"));
        h.command(RECORDING_ACTIVE, OnOffType.OFF);
        assertFalse(h.device().isRecording());
        assertEquals(List.of(EVENT_RECORDING_STARTED, EVENT_RECORDING_STOPPED), h.events);

        h.await(h.client().addServerAsync(HandlerHarness.rtmpServer("Stage", "key1")));
        h.pass(300_000); // the slow timer reads the settings: the server's channels appear
        int id = serverId(h);
        String enabled = DynamicChannel.Server.ENABLED.id(id);
        assertTrue(hasChannel(h, DynamicChannel.Server.ROUND_TRIP_TIME.id(id)));
        h.command(enabled, OnOffType.ON);
        assertEquals(OnOffType.ON, h.state(enabled));
        h.command(LIVE_ACTIVE, OnOffType.ON);
        assertTrue(h.device().isLive(), "the device streams");
        h.pass(3_000); // past the emulator's connecting phase
        h.nextPoll();
        assertEquals(OnOffType.ON, h.state(LIVE_ACTIVE));
        assertEquals(new StringType("RET_LIVING_CONNECTED"), h.state(DynamicChannel.Server.STATE.id(id)));
        assertEquals(new StringType("Stage"), h.state(DynamicChannel.Server.NAME.id(id)));
        LiveTarget session = session(h, id);
        Long bytesPerSecond = session.instBps;
        assertEquals(bytesPerSecond == null
                ? UnDefType.UNDEF
                : new QuantityType<>(bytesPerSecond * 8, Units.BIT_PER_SECOND),
                h.state(DynamicChannel.Server.BITRATE.id(id)), "inst-bps is bytes per second");
        assertEquals(aio, bytesPerSecond != null, "only the AIO's entries carry rates");
        h.command(LIVE_ACTIVE, OnOffType.OFF);
        assertFalse(h.device().isLive());
    }

    @Test
    void theAioTakesItsInputAndMixerFromChannels() throws Exception {
        HandlerHarness h = start(Model.ULTRA_ENCODE_AIO, THING_TYPE_ULTRA_ENCODE);
        assertEquals(new StringType("HDMI"), h.state(INPUT_SOURCE));
        h.command(INPUT_SOURCE, new StringType("sdi"));
        assertEquals(new StringType("SDI"), h.state(INPUT_SOURCE));
        assertEquals(Integer.valueOf(1), status(h).inputSource);

        h.command(INPUT_MIXER_LAYOUT, new StringType("SIDE_BY_SIDE"));
        assertEquals(new StringType("SIDE_BY_SIDE"), h.state(INPUT_MIXER_LAYOUT));
        h.command(INPUT_MIXER_POSITION, new StringType("Center"));
        assertEquals(new StringType("Center"), h.state(INPUT_MIXER_POSITION));
        h.command(INPUT_MIXER_HDMI_ON_TOP, OnOffType.ON);
        assertEquals(OnOffType.ON, h.state(INPUT_MIXER_HDMI_ON_TOP));
        h.command(INPUT_MIXER_FORMAT, new StringType("SDI"));
        assertEquals(new StringType("SDI"), h.state(INPUT_MIXER_FORMAT));
        EncodeSettings settings = h.await(h.client().getEncodeSettingsAsync());
        assertEquals(Integer.valueOf(1), settings.inputSource.mixer.type);
        assertEquals(Integer.valueOf(1), settings.inputSource.mixer.location);
        assertEquals(Integer.valueOf(1), settings.inputSource.mixer.isHdmiTop);
        assertEquals(Integer.valueOf(1), settings.inputSource.mixer.inputDevice);

        h.command(INPUT_SOURCE, new StringType("Composite")); // not a source the AIO lists: not sent
        assertEquals(new StringType("SDI"), h.state(INPUT_SOURCE));
        assertEquals(1, h.device().requestCount("select-input-source"));
    }

    @Test
    void theAioTakesItsInputAndMixerFromRuleActions() throws Exception {
        HandlerHarness h = start(Model.ULTRA_ENCODE_AIO, THING_TYPE_ULTRA_ENCODE);
        UltraStreamActions actions = new UltraStreamActions();
        actions.setThingHandler(h.handler());

        assertTrue(runAction(h, () -> actions.selectInputSource("Video Mixer")));
        assertEquals(new StringType("Video Mixer"), h.state(INPUT_SOURCE));
        assertTrue(runAction(h, () -> actions.setVideoMixer("side by side", "Bottom", null, null)));
        assertEquals(new StringType("SIDE_BY_SIDE"), h.state(INPUT_MIXER_LAYOUT));
        assertEquals(new StringType("Bottom"), h.state(INPUT_MIXER_POSITION));
        assertEquals(OnOffType.OFF, h.state(INPUT_MIXER_HDMI_ON_TOP), "kept");
        assertFalse(runAction(h, () -> actions.setVideoMixer(null, "Nowhere", null, null)));
        assertTrue(runAction(h, () -> actions.startRecording()));
        assertTrue(h.device().isRecording());
    }

    @Test
    void anUltraStreamThingForAnUltraEncodeIsAConfigurationError() throws Exception {
        HandlerHarness h = start(Model.ULTRA_ENCODE_AIO, THING_TYPE_ENCODER);
        assertWrongType(h, "Ultra Encode AIO", THING_TYPE_ULTRA_ENCODE);
    }

    @Test
    void anUltraEncodeThingForAnUltraStreamIsAConfigurationError() throws Exception {
        HandlerHarness h = start(Model.ULTRA_STREAM_SDI, THING_TYPE_ULTRA_ENCODE);
        assertWrongType(h, "Ultra Stream SDI", THING_TYPE_ENCODER);
    }

    private static void assertWrongType(HandlerHarness h, String module, ThingTypeUID right) {
        ThingStatusInfo status = h.lastStatus();
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-wrong-type [\"" + module + "\", \"" + right + "\"]",
                status.getDescription());
        h.pass(600_000); // no polls, no retries, no channels filled, until the thing is configured again
        assertEquals(0, h.device().requestCount("get-status"));
        assertEquals(0, h.device().requestCount("get-settings"));
        assertEquals(1, h.device().requestCount("get-info"));
        assertTrue(h.states.isEmpty(), "no channel filled: " + h.states);
        assertEquals(status, h.lastStatus());
        h.command(RECORDING_ACTIVE, OnOffType.ON);
        assertFalse(h.device().isRecording());
    }

    /** Runs a rule action on its own thread (it waits for its answer) while the test drives the handler's tasks. */
    private static boolean runAction(HandlerHarness h, Supplier<Boolean> action) throws Exception {
        CompletableFuture<Boolean> done = CompletableFuture.supplyAsync(action);
        long deadline = System.nanoTime() + SECONDS.toNanos(10);
        while (!done.isDone() && System.nanoTime() < deadline) {
            h.scheduler.runDue();
            Thread.onSpinWait();
        }
        return done.get(1, SECONDS);
    }

    private static boolean hasChannel(HandlerHarness h, String channelId) {
        return h.handler().getThing().getChannels().stream().anyMatch(c -> c.getUID().getId().equals(channelId));
    }

    private static EncodeStatus status(HandlerHarness h) {
        return (EncodeStatus) Objects.requireNonNull(h.handler().getLatestStatus());
    }

    /** The id of the one stored server, from the settings the handler read. */
    private static int serverId(HandlerHarness h) {
        EncodeSettings settings = (EncodeSettings) Objects.requireNonNull(h.handler().getLatestSettings());
        assertEquals(1, settings.streamServer.size());
        return Objects.requireNonNull(settings.streamServer.get(0).id);
    }

    /** The live[] entry of a server in the reply the handler mapped last. */
    private static LiveTarget session(HandlerHarness h, int id) {
        List<LiveTarget> live = Objects.requireNonNull(status(h).liveStatus.live);
        return live.stream().filter(entry -> Integer.valueOf(id).equals(entry.id)).findFirst().orElseThrow();
    }
}
