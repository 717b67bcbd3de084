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
package org.openhab.binding.ultrastream.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.ultrastream.client.Await.await;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamClientOptions;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.emulator.MalformedJson;
import org.openhab.binding.ultrastream.internal.handler.HandlerHarness;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;

/**
 * Faults of the device and of the connection, injected with the emulator's switches, seen through the handler:
 * the thing status and its text, the channels, the log (one line per change of status, no stack trace for an
 * expected fault) and the recovery by itself once the fault ends. Time is the harness's: a manual clock for the
 * emulator and a manual scheduler for the handler.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class DeviceFaultsTest {

    /** The retry after the first failure; the harness's settings timer is off, so it is the only pending task. */
    private static final long FIRST_RETRY_MILLIS = 5_000;
    private static final Map<String, Object> NO_SLOW_TIMER = Map.of("settingsRefreshInterval", BigDecimal.ZERO);

    @RegisterExtension
    final HandlerHarness h = new HandlerHarness();
    @AutoClose
    private final LogCapture log = LogCapture.binding();

    private void assertOffline(ThingStatusDetail detail, String textStart) {
        ThingStatusInfo status = h.lastStatus();
        assertEquals(ThingStatus.OFFLINE, status.getStatus(), String.valueOf(status));
        assertEquals(detail, status.getStatusDetail(), String.valueOf(status));
        assertTrue(String.valueOf(status.getDescription()).startsWith(textStart), String.valueOf(status));
    }

    private void assertOnline() {
        assertEquals(ThingStatus.ONLINE, h.lastStatus().getStatus(), String.valueOf(h.lastStatus()));
    }

    /**
     * The thing status tells the user that the connection was lost and came back; the log repeats it at debug level
     * only (a lost connection is a status, not a warning), and prints no stack trace.
     */
    private void assertLoggedOnceWithoutStackTrace() {
        assertEquals(List.of(), infoOrAbove("is offline"), log.text());
        assertEquals(List.of(), infoOrAbove("online again"), log.text());
        assertFalse(log.linesWith("is offline:").isEmpty(), "at debug level: " + log.text());
        assertEquals(1, log.linesWith("is online again").size(), log.text());
        assertFalse(log.hasStackTrace(), log.text());
    }

    /** The log lines at INFO, WARN or ERROR that mention {@code fragment}. */
    private List<String> infoOrAbove(String fragment) {
        return log.linesWith(fragment).stream()
                .filter(line -> line.contains(" INFO ") || line.contains(" WARN ") || line.contains(" ERROR "))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void aRebootInTheMiddleOfARecordingIsReportedAndTheThingComesBackWithTheRecordingStopped() throws Exception {
        h.start(NO_SLOW_TIMER);
        h.command(RECORDING_ACTIVE, OnOffType.ON);
        assertTrue(h.device().isRecording());

        h.device().faults().reboot();
        h.nextPoll();
        assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-unreachable");
        assertEquals(OnOffType.ON, h.state(RECORDING_ACTIVE), "the last known state stays while offline");
        assertEquals(List.of(EVENT_RECORDING_STARTED), h.events, "nothing is known yet while offline");

        h.pass(60_000); // the reboot takes 20 s of device time; the retries back off meanwhile
        assertOnline();
        assertFalse(h.device().isRecording());
        assertEquals(OnOffType.OFF, h.state(RECORDING_ACTIVE), "the recording ended with the reboot");
        assertEquals(List.of(EVENT_RECORDING_STARTED, EVENT_RECORDING_STOPPED), h.events,
                "the stop is told once the device answers again, and nothing else");
        assertLoggedOnceWithoutStackTrace();
    }

    @Test
    void aRebootInTheMiddleOfLiveStreamingTellsThatLiveStopped() throws Exception {
        UltraStreamHandler handler = h.start(NO_SLOW_TIMER);
        UltraStreamClient client = handler.getClient();
        assertNotNull(client);
        StreamServer server = HandlerHarness.rtmpServer("Studio", "stage");
        h.await(client.addServerAsync(server));
        h.await(client.enableServerAsync(h.await(client.getSettingsAsync()).streamServer.get(0).id, true));
        h.command(LIVE_ACTIVE, OnOffType.ON);
        assertTrue(h.device().isLive());

        h.device().faults().reboot();
        h.nextPoll();
        assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-unreachable");
        h.pass(60_000);

        assertOnline();
        assertFalse(h.device().isLive());
        assertEquals(OnOffType.OFF, h.state(LIVE_ACTIVE));
        assertEquals(List.of(EVENT_LIVE_STARTED, EVENT_LIVE_STOPPED), h.events);
        assertLoggedOnceWithoutStackTrace();
    }

    @Test
    void sessionsExpiringAtRandomMomentsNeverTakeTheThingOffline() throws Exception {
        UltraStreamHandler handler = h.start();
        Random random = new Random(7);
        int expiries = 0;
        for (int step = 0; step < 60; step++) {
            if (random.nextInt(3) == 0) {
                h.device().faults().expireSessions();
                expiries++;
            }
            switch (random.nextInt(4)) {
                case 0 -> h.nextPoll();
                case 1 -> h.command(DEVICE_NAME, new StringType("Stage " + step));
                case 2 -> {
                    handler.handleCommand(new ChannelUID(HandlerHarness.THING_UID, ENCODING_AUDIO_BITRATE),
                            RefreshType.REFRESH);
                    h.scheduler.runDue();
                }
                default -> h.pass(300_000); // the slow timer: get-info, get-settings, snapshot
            }
            assertOnline();
        }
        assertTrue(expiries > 10, "the seed must expire sessions often enough");
        assertTrue(h.statuses.stream().noneMatch(s -> s.getStatus() == ThingStatus.OFFLINE));
        assertTrue(h.device().requestCount("login") <= 1 + expiries, "at most one login per expiry");
        assertTrue(h.device().requestCount("login") > 1, "the session was renewed");
        assertFalse(log.hasStackTrace(), log.text());
    }

    @Test
    void aWrongPasswordStopsAtOneLoginPerTenMinutesUntilTheConfigurationIsFixed() throws Exception {
        UltraStreamHandler handler = h.start(Map.of("password", "wrong", "settingsRefreshInterval", BigDecimal.ZERO));
        assertOffline(ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.conf-error-credentials");

        h.command(RECORDING_ACTIVE, OnOffType.ON);
        h.pass(Duration.ofHours(1).toMillis());

        // Each retry comes after between half and all of the ten minutes (jitter).
        int logins = h.device().requestCount("login");
        assertTrue(logins >= 7 && logins <= 13, "the first login and one retry every five to ten minutes: " + logins);
        assertEquals(h.device().requestCount("login"), h.device().totalRequestCount(), "nothing but logins");
        assertEquals(2, h.statuses.size(), "UNKNOWN, then the configuration error once");
        assertEquals(List.of(), infoOrAbove("is offline:"), "the thing status says so; the log only at debug");

        // The user corrects the password: openHAB hands the handler the changed parameters, and the base handler
        // disposes, stores the new configuration and initializes again (a change made in place to
        // getThing().getConfiguration() would not be seen: openHAB's handler caches the configuration).
        handler.handleConfigurationUpdate(Map.of("password", "Admin"));
        h.scheduler.runDue();
        assertOnline();
        assertFalse(h.device().isRecording(), "the command refused while offline is not replayed");
        assertFalse(log.hasStackTrace(), log.text());
    }

    @Test
    void aDeviceOccupiedByTwoOtherClientsIsRetriedWithBackOffAndTakenWhenFree() throws Exception {
        UltraStreamClient admin = h.newClient("Admin", "Admin");
        await(admin.addUserAsync("first", "one"));
        await(admin.addUserAsync("second", "two"));
        await(admin.logoutAsync());
        UltraStreamClient first = h.newClient("first", "one");
        UltraStreamClient second = h.newClient("second", "two");
        await(first.loginAsync());
        await(second.loginAsync());
        h.device().resetRequestCounts();

        h.start(NO_SLOW_TIMER);
        assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-occupied");
        h.pass(Duration.ofMinutes(10).toMillis());
        // Without jitter at 0, 5, 15, 35, 75, 155 and 315 s (the next at 615 s); each delay jittered down to half
        // of it, at most at 0, 2.5, 7.5, 17.5, 37.5, 77.5, 157.5, 307.5 and 457.5 s.
        int logins = h.device().requestCount("login");
        assertTrue(logins >= 7 && logins <= 9, "back-off: " + logins + " logins in ten minutes");

        await(second.logoutAsync());
        h.pass(Duration.ofMinutes(5).toMillis());
        assertOnline();
        assertLoggedOnceWithoutStackTrace();
    }

    @Test
    void latencyBelowTheTimeoutKeepsTheThingOnline() throws Exception {
        h.start(NO_SLOW_TIMER);
        h.device().faults().latency(Duration.ofMillis(1500));

        h.nextPoll();
        h.command(DEVICE_NAME, new StringType("Slow but fine"));

        assertOnline();
        assertEquals("Slow but fine", h.device().boxName());
        assertTrue(h.statuses.stream().noneMatch(s -> s.getStatus() == ThingStatus.OFFLINE));
    }

    @Test
    void latencyAboveTheTimeoutIsACommunicationErrorThatEndsWithTheLatency() throws Exception {
        h.start(NO_SLOW_TIMER);
        // The client's default request timeout is 10 s.
        h.device().faults().latency(UltraStreamClientOptions.builder("x").build().requestTimeout().plusMillis(500));

        h.nextPoll();
        assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-unreachable");

        h.device().faults().latency(Duration.ZERO);
        h.pass(FIRST_RETRY_MILLIS);
        assertOnline();
        assertLoggedOnceWithoutStackTrace();
    }

    @Test
    void aConnectionDroppedMidReplyIsACommunicationErrorUntilItStops() throws Exception {
        h.start(NO_SLOW_TIMER);

        h.device().faults().dropConnections(true);
        h.nextPoll();
        assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-unreachable");
        assertTrue(String.valueOf(h.lastStatus().getDescription()).contains("closed the connection"),
                "a plain reason, not a dump of the HTTP library's objects: " + h.lastStatus().getDescription());
        h.pass(FIRST_RETRY_MILLIS);

        h.device().faults().dropConnections(false);
        h.pass(2 * FIRST_RETRY_MILLIS);
        assertOnline();
        assertLoggedOnceWithoutStackTrace();
    }

    @Test
    void http500IsACommunicationErrorNamingTheStatus() throws Exception {
        h.start(NO_SLOW_TIMER);

        h.device().faults().http500(true);
        h.nextPoll();
        assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-unreachable");
        assertTrue(String.valueOf(h.lastStatus().getDescription()).contains("500"));

        h.device().faults().http500(false);
        h.pass(FIRST_RETRY_MILLIS);
        assertOnline();
        assertLoggedOnceWithoutStackTrace();
    }

    @Test
    void malformedTruncatedOversizedAndEmptyRepliesAreReplyErrorsThatEndWithTheFault() throws Exception {
        h.start(NO_SLOW_TIMER);
        for (MalformedJson mode : List.of(MalformedJson.GARBAGE, MalformedJson.TRUNCATED, MalformedJson.OVERSIZED,
                MalformedJson.EMPTY)) {
            h.device().faults().malformedJson(mode);
            h.nextPoll();
            assertOffline(ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error-reply");

            h.device().faults().malformedJson(MalformedJson.NONE);
            // A retry may have failed within the poll interval too; the one after comes within 10 s of it.
            h.pass(3 * FIRST_RETRY_MILLIS);
            assertOnline();
        }
        assertEquals(4, log.linesWith("is online again").size());
        assertFalse(log.hasStackTrace(), log.text());
    }

    @Test
    void unknownMissingAndMisspelledFieldsLeaveTheThingOnlineWithWhatCouldBeRead() throws Exception {
        h.start(NO_SLOW_TIMER);

        // Every second field is left out and unknown ones are added, at every depth: a misspelled field is both.
        h.device().faults().malformedJson(MalformedJson.UNKNOWN_AND_MISSING_FIELDS);
        h.nextPoll();
        h.pass(300_000);
        h.command(DEVICE_NAME, new StringType("Still here"));

        assertOnline();
        assertEquals("Still here", h.device().boxName());
        assertTrue(h.statuses.stream().noneMatch(s -> s.getStatus() == ThingStatus.OFFLINE));
        assertFalse(log.hasStackTrace(), log.text());
    }

    @Test
    void commandsWhileOfflineAreRefusedWithAWarningAndNeverReplayed() throws Exception {
        h.start(NO_SLOW_TIMER);
        h.device().faults().http500(true);
        h.nextPoll();
        h.device().resetRequestCounts();

        h.command(RECORDING_ACTIVE, OnOffType.ON);
        h.command(DEVICE_NAME, new StringType("Lost?"));
        assertEquals(2, log.linesWith("refused: the encoder").size(), log.text());
        assertEquals(0, h.device().totalRequestCount(), "nothing was sent");

        h.device().faults().http500(false);
        h.pass(Duration.ofMinutes(5).toMillis());
        assertOnline();
        assertFalse(h.device().isRecording());
        assertEquals(0, h.device().requestCount("start-rec"));
        assertEquals(0, h.device().requestCount("set-name"));
        assertFalse(log.hasStackTrace(), log.text());
    }
}
