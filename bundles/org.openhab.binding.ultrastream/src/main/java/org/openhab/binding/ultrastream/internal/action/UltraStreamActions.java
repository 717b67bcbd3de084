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
package org.openhab.binding.ultrastream.internal.action;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.*;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.EncoderStream;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.VideoChange;
import org.openhab.binding.ultrastream.client.dto.MediaFile;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.internal.command.CommandValues;
import org.openhab.binding.ultrastream.internal.command.EncodingCommands;
import org.openhab.binding.ultrastream.internal.command.InputCommands;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.binding.ultrastream.internal.mapping.SettingsMapper;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule actions of an Ultra Stream encoder ({@code actions.get("ultrastream", thingUID)}). Each action makes the
 * same {@link UltraStreamClient} call as the matching channel command, the same way
 * ({@link UltraStreamHandler#runAction}): as work in the thing's queue, logged as a command is, and read back at
 * once. The rule's thread waits for the answer, bounded (see {@link #call}); openHAB's handler threads never do.
 * <p>
 * Actions that change something return {@code true} when the device accepted the request, {@code false} when it was
 * not carried out (the log says why).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@ThingActionsScope(name = "ultrastream")
@NonNullByDefault
public class UltraStreamActions implements ThingActions {

    /** How many files {@link #listMediaFiles} returns at most per call. */
    static final int MAX_LISTED_FILES = 100;
    /** How long a rule waits at most for an action's answer (see {@link #call}). */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final Logger logger = LoggerFactory.getLogger(UltraStreamActions.class);
    private volatile @Nullable UltraStreamHandler handler;

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (handler instanceof UltraStreamHandler ultraStreamHandler) {
            this.handler = ultraStreamHandler;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Recording and live

    @RuleAction(label = "@text/action.ultrastream.startRecording.label", description = "@text/action.ultrastream.startRecording.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean startRecording() {
        return run("start-rec", false, UltraStreamClient::startRecAsync);
    }

    @RuleAction(label = "@text/action.ultrastream.stopRecording.label", description = "@text/action.ultrastream.stopRecording.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean stopRecording() {
        return run("stop-rec", false, UltraStreamClient::stopRecAsync);
    }

    @RuleAction(label = "@text/action.ultrastream.startLive.label", description = "@text/action.ultrastream.startLive.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean startLive() {
        return run("start-live", false, UltraStreamClient::startLiveAsync);
    }

    @RuleAction(label = "@text/action.ultrastream.stopLive.label", description = "@text/action.ultrastream.stopLive.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean stopLive() {
        return run("stop-live", false, UltraStreamClient::stopLiveAsync);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Encoding

    @RuleAction(label = "@text/action.ultrastream.setStream.label", description = "@text/action.ultrastream.setStream.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean setStream(
            @ActionInput(name = "rec", label = "@text/action.ultrastream.input.rec.label", description = "@text/action.ultrastream.input.stream.description") @Nullable String rec,
            @ActionInput(name = "live", label = "@text/action.ultrastream.input.live.label", description = "@text/action.ultrastream.input.stream.description") @Nullable String live,
            @ActionInput(name = "preview", label = "@text/action.ultrastream.input.preview.label", description = "@text/action.ultrastream.input.stream.description") @Nullable String preview) {
        return run("set-stream", true,
                client -> client.changeStreamsAsync(streamOrKeep(rec), streamOrKeep(live), streamOrKeep(preview)));
    }

    @RuleAction(label = "@text/action.ultrastream.setVideo.label", description = "@text/action.ultrastream.setVideo.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean setVideo(
            @ActionInput(name = "stream", label = "@text/action.ultrastream.input.stream.label", description = "@text/action.ultrastream.input.stream.description", required = true) String stream,
            @ActionInput(name = "resolution", label = "@text/action.ultrastream.input.resolution.label", description = "@text/action.ultrastream.input.resolution.description") @Nullable String resolution,
            @ActionInput(name = "frameRate", label = "@text/action.ultrastream.input.frameRate.label", description = "@text/action.ultrastream.input.frameRate.description") @Nullable Double frameRate,
            @ActionInput(name = "bitrate", label = "@text/action.ultrastream.input.bitrate.label", description = "@text/action.ultrastream.input.bitrate.description") @Nullable Integer bitrate,
            @ActionInput(name = "codec", label = "@text/action.ultrastream.input.codec.label", description = "@text/action.ultrastream.input.codec.description") @Nullable String codec,
            @ActionInput(name = "profile", label = "@text/action.ultrastream.input.profile.label", description = "@text/action.ultrastream.input.profile.description") @Nullable String profile,
            @ActionInput(name = "gop", label = "@text/action.ultrastream.input.gop.label", description = "@text/action.ultrastream.input.gop.description") @Nullable Integer gop) {
        return run("set-video", true, client -> {
            // The same parsers and the same read-modify-write as the encoding channels' commands.
            VideoChange change = (video, cap) -> {
            };
            change = andThen(change, VIDEO_RESOLUTION, text(resolution));
            change = andThen(change, VIDEO_FRAME_RATE, CommandValues.number(frameRate));
            change = andThen(change, VIDEO_BITRATE, CommandValues.number(bitrate));
            change = andThen(change, VIDEO_CODEC, text(codec));
            change = andThen(change, VIDEO_PROFILE, text(profile));
            change = andThen(change, VIDEO_GOP, CommandValues.number(gop));
            return client.changeVideoAsync(CommandValues.stream(stream), change);
        });
    }

    @RuleAction(label = "@text/action.ultrastream.setAudio.label", description = "@text/action.ultrastream.setAudio.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean setAudio(
            @ActionInput(name = "bitrate", label = "@text/action.ultrastream.input.audioBitrate.label", description = "@text/action.ultrastream.input.audioBitrate.description", required = true) int bitrate) {
        return run("set-audio", true, client -> EncodingCommands.setAudio(client, new DecimalType(bitrate)));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Input and video mixer (Ultra Encode AIO): the parsers and calls of the input channels' commands

    @RuleAction(label = "@text/action.ultrastream.selectInputSource.label", description = "@text/action.ultrastream.selectInputSource.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean selectInputSource(
            @ActionInput(name = "source", label = "@text/action.ultrastream.input.source.label", description = "@text/action.ultrastream.input.source.description", required = true) String source) {
        return run("select-input-source", true, client -> InputCommands.selectSource(client, new StringType(source)));
    }

    @RuleAction(label = "@text/action.ultrastream.setVideoMixer.label", description = "@text/action.ultrastream.setVideoMixer.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean setVideoMixer(
            @ActionInput(name = "layout", label = "@text/action.ultrastream.input.layout.label", description = "@text/action.ultrastream.input.layout.description") @Nullable String layout,
            @ActionInput(name = "position", label = "@text/action.ultrastream.input.position.label", description = "@text/action.ultrastream.input.position.description") @Nullable String position,
            @ActionInput(name = "hdmiOnTop", label = "@text/action.ultrastream.input.hdmiOnTop.label") @Nullable Boolean hdmiOnTop,
            @ActionInput(name = "format", label = "@text/action.ultrastream.input.format.label", description = "@text/action.ultrastream.input.format.description") @Nullable String format) {
        Map<String, Command> changes = new LinkedHashMap<>(); // the layout first: the position is one of its own
        putIfGiven(changes, INPUT_MIXER_LAYOUT, text(layout));
        putIfGiven(changes, INPUT_MIXER_POSITION, text(position));
        putIfGiven(changes, INPUT_MIXER_HDMI_ON_TOP, hdmiOnTop == null ? null : OnOffType.from(hdmiOnTop));
        putIfGiven(changes, INPUT_MIXER_FORMAT, text(format));
        return run("set-video-mixer-config", true, client -> InputCommands.changeMixer(client, changes));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Stream servers

    @RuleAction(label = "@text/action.ultrastream.addStreamServer.label", description = "@text/action.ultrastream.addStreamServer.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean addStreamServer(
            @ActionInput(name = "name", label = "@text/action.ultrastream.input.serverName.label", required = true) String name,
            @ActionInput(name = "type", label = "@text/action.ultrastream.input.serverType.label", description = "@text/action.ultrastream.input.serverType.description", required = true) String type,
            @ActionInput(name = "url", label = "@text/action.ultrastream.input.url.label") @Nullable String url,
            @ActionInput(name = "key", label = "@text/action.ultrastream.input.key.label") @Nullable String key,
            @ActionInput(name = "user", label = "@text/action.ultrastream.input.user.label") @Nullable String user,
            @ActionInput(name = "password", label = "@text/action.ultrastream.input.password.label") @Nullable String password) {
        return run("add-server", true, client -> {
            StreamServer server = new StreamServer();
            fillServer(server, name, type, url, key, user, password);
            return client.addServerAsync(server);
        });
    }

    @RuleAction(label = "@text/action.ultrastream.setStreamServer.label", description = "@text/action.ultrastream.setStreamServer.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean setStreamServer(
            @ActionInput(name = "id", label = "@text/action.ultrastream.input.serverId.label", required = true) int id,
            @ActionInput(name = "name", label = "@text/action.ultrastream.input.serverName.label", required = true) String name,
            @ActionInput(name = "type", label = "@text/action.ultrastream.input.serverType.label", description = "@text/action.ultrastream.input.serverType.description", required = true) String type,
            @ActionInput(name = "url", label = "@text/action.ultrastream.input.url.label") @Nullable String url,
            @ActionInput(name = "key", label = "@text/action.ultrastream.input.key.label") @Nullable String key,
            @ActionInput(name = "user", label = "@text/action.ultrastream.input.user.label") @Nullable String user,
            @ActionInput(name = "password", label = "@text/action.ultrastream.input.password.label") @Nullable String password) {
        // Start from the stored server, so that what the action does not name (net-mode, token) is kept.
        return run("set-server", true, client -> storedServer(client, id).thenCompose(server -> {
            fillServer(server, name, type, url, key, user, password);
            return client.setServerAsync(id, server);
        }));
    }

    @RuleAction(label = "@text/action.ultrastream.deleteStreamServer.label", description = "@text/action.ultrastream.deleteStreamServer.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean deleteStreamServer(
            @ActionInput(name = "id", label = "@text/action.ultrastream.input.serverId.label", required = true) int id) {
        return run("del-server", true, client -> client.delServerAsync(id));
    }

    @RuleAction(label = "@text/action.ultrastream.enableStreamServer.label", description = "@text/action.ultrastream.enableStreamServer.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean enableStreamServer(
            @ActionInput(name = "id", label = "@text/action.ultrastream.input.serverId.label", required = true) int id,
            @ActionInput(name = "enabled", label = "@text/action.ultrastream.input.enabled.label", required = true) boolean enabled) {
        return run("enable-server", true, client -> client.enableServerAsync(id, enabled));
    }

    @RuleAction(label = "@text/action.ultrastream.testStreamServer.label", description = "@text/action.ultrastream.testStreamServer.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean testStreamServer(
            @ActionInput(name = "id", label = "@text/action.ultrastream.input.serverId.label", required = true) int id) {
        return run("start-test-server", false,
                client -> storedServer(client, id).thenCompose(client::startTestServerAsync));
    }

    // -------------------------------------------------------------------------------------------------------------
    // Storage

    @RuleAction(label = "@text/action.ultrastream.formatUsb.label", description = "@text/action.ultrastream.formatUsb.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean formatUsb(
            @ActionInput(name = "confirm", label = "@text/action.ultrastream.input.confirm.label", description = "@text/action.ultrastream.input.confirm.description", required = true) boolean confirm) {
        return confirmed("start-format-usb", confirm)
                && run("start-format-usb", false, UltraStreamClient::startFormatUsbAsync);
    }

    @RuleAction(label = "@text/action.ultrastream.formatSd.label", description = "@text/action.ultrastream.formatSd.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean formatSd(
            @ActionInput(name = "confirm", label = "@text/action.ultrastream.input.confirm.label", description = "@text/action.ultrastream.input.confirm.description", required = true) boolean confirm) {
        return confirmed("start-format-sd", confirm)
                && run("start-format-sd", false, UltraStreamClient::startFormatSdAsync);
    }

    @RuleAction(label = "@text/action.ultrastream.startUsbSpeedTest.label", description = "@text/action.ultrastream.startUsbSpeedTest.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean startUsbSpeedTest() {
        return run("start-test-usb", false, UltraStreamClient::startTestUsbAsync);
    }

    @RuleAction(label = "@text/action.ultrastream.listMediaFiles.label", description = "@text/action.ultrastream.listMediaFiles.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.files.label", type = "java.util.List<java.lang.String>") List<String> listMediaFiles(
            @ActionInput(name = "disk", label = "@text/action.ultrastream.input.disk.label", description = "@text/action.ultrastream.input.disk.description", required = true) String disk,
            @ActionInput(name = "start", label = "@text/action.ultrastream.input.start.label", description = "@text/action.ultrastream.input.start.description") int start,
            @ActionInput(name = "count", label = "@text/action.ultrastream.input.count.label", description = "@text/action.ultrastream.input.count.description") int count) {
        List<String> names = call("get-media-files", false,
                client -> client.getMediaFilesAsync(ActionArguments.disk(disk), Math.max(0, start),
                        count > 0 ? Math.min(count, MAX_LISTED_FILES) : MAX_LISTED_FILES)
                        .thenApply(list -> list.mediaFiles.stream().map((MediaFile file) -> file.name).toList()));
        return names != null ? names : List.of();
    }

    @RuleAction(label = "@text/action.ultrastream.deleteMediaFiles.label", description = "@text/action.ultrastream.deleteMediaFiles.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean deleteMediaFiles(
            @ActionInput(name = "disk", label = "@text/action.ultrastream.input.disk.label", description = "@text/action.ultrastream.input.disk.description", required = true) String disk,
            @ActionInput(name = "names", label = "@text/action.ultrastream.input.names.label", description = "@text/action.ultrastream.input.names.description", required = true) String names) {
        // the names arrive as one text, as openHAB's rule editor can only offer a text field for them
        return run("del-media-files", false,
                client -> client.delMediaFilesAsync(ActionArguments.disk(disk), ActionArguments.fileNames(names)));
    }

    /** For scripts that hold the names as a list (e.g. from {@link #listMediaFiles}); not offered in the UI. */
    public boolean deleteMediaFiles(String disk, List<String> names) {
        return run("del-media-files", false, client -> client.delMediaFilesAsync(ActionArguments.disk(disk), names));
    }

    // -------------------------------------------------------------------------------------------------------------
    // System and firmware

    @RuleAction(label = "@text/action.ultrastream.reboot.label", description = "@text/action.ultrastream.reboot.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean reboot() {
        UltraStreamHandler current = handler;
        return run("reboot", false, client -> client.rebootAsync().thenApply(code -> {
            if (current != null) {
                current.rebootRequested(); // so that the coming silence reads "rebooting", not "connection lost"
            }
            return code;
        }));
    }

    @RuleAction(label = "@text/action.ultrastream.checkFirmwareUpdate.label", description = "@text/action.ultrastream.checkFirmwareUpdate.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean checkFirmwareUpdate() {
        UltraStreamHandler current = handler;
        if (current == null || !current.firmware().checkOnline()) {
            // WARN, as every refusal of an action: what the rule asked for does not happen (see the handler's run).
            logger.warn("Action online-update-check refused: the encoder {} is offline", thingName());
            return false;
        }
        return true;
    }

    @RuleAction(label = "@text/action.ultrastream.applyFirmwareUpdate.label", description = "@text/action.ultrastream.applyFirmwareUpdate.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean applyFirmwareUpdate() {
        UltraStreamHandler current = handler;
        return current != null && current.firmware().installOnline();
    }

    @RuleAction(label = "@text/action.ultrastream.setDateTime.label", description = "@text/action.ultrastream.setDateTime.description")
    public @ActionOutput(label = "@text/action.ultrastream.output.accepted.label", type = "java.lang.Boolean") boolean setDateTime(
            @ActionInput(name = "timezone", label = "@text/action.ultrastream.input.timezone.label", description = "@text/action.ultrastream.input.timezone.description", required = true) String timezone,
            @ActionInput(name = "dateTime", label = "@text/action.ultrastream.input.dateTime.label", description = "@text/action.ultrastream.input.dateTime.description") @Nullable String dateTime) {
        return run("set-date-time", true, client -> {
            var time = ActionArguments.dateTime(dateTime);
            return client.setDateTimeAsync(timezone.trim(), time == null, time);
        });
    }

    // -------------------------------------------------------------------------------------------------------------
    // Static wrappers for Rules DSL

    public static boolean startRecording(ThingActions actions) {
        return ((UltraStreamActions) actions).startRecording();
    }

    public static boolean stopRecording(ThingActions actions) {
        return ((UltraStreamActions) actions).stopRecording();
    }

    public static boolean startLive(ThingActions actions) {
        return ((UltraStreamActions) actions).startLive();
    }

    public static boolean stopLive(ThingActions actions) {
        return ((UltraStreamActions) actions).stopLive();
    }

    public static boolean setStream(ThingActions actions, @Nullable String rec, @Nullable String live,
            @Nullable String preview) {
        return ((UltraStreamActions) actions).setStream(rec, live, preview);
    }

    public static boolean setVideo(ThingActions actions, String stream, @Nullable String resolution,
            @Nullable Double frameRate, @Nullable Integer bitrate, @Nullable String codec, @Nullable String profile,
            @Nullable Integer gop) {
        return ((UltraStreamActions) actions).setVideo(stream, resolution, frameRate, bitrate, codec, profile, gop);
    }

    public static boolean setAudio(ThingActions actions, int bitrate) {
        return ((UltraStreamActions) actions).setAudio(bitrate);
    }

    public static boolean selectInputSource(ThingActions actions, String source) {
        return ((UltraStreamActions) actions).selectInputSource(source);
    }

    public static boolean setVideoMixer(ThingActions actions, @Nullable String layout, @Nullable String position,
            @Nullable Boolean hdmiOnTop, @Nullable String format) {
        return ((UltraStreamActions) actions).setVideoMixer(layout, position, hdmiOnTop, format);
    }

    public static boolean addStreamServer(ThingActions actions, String name, String type, @Nullable String url,
            @Nullable String key, @Nullable String user, @Nullable String password) {
        return ((UltraStreamActions) actions).addStreamServer(name, type, url, key, user, password);
    }

    public static boolean setStreamServer(ThingActions actions, int id, String name, String type,
            @Nullable String url, @Nullable String key, @Nullable String user, @Nullable String password) {
        return ((UltraStreamActions) actions).setStreamServer(id, name, type, url, key, user, password);
    }

    public static boolean deleteStreamServer(ThingActions actions, int id) {
        return ((UltraStreamActions) actions).deleteStreamServer(id);
    }

    public static boolean enableStreamServer(ThingActions actions, int id, boolean enabled) {
        return ((UltraStreamActions) actions).enableStreamServer(id, enabled);
    }

    public static boolean testStreamServer(ThingActions actions, int id) {
        return ((UltraStreamActions) actions).testStreamServer(id);
    }

    public static boolean formatUsb(ThingActions actions, boolean confirm) {
        return ((UltraStreamActions) actions).formatUsb(confirm);
    }

    public static boolean formatSd(ThingActions actions, boolean confirm) {
        return ((UltraStreamActions) actions).formatSd(confirm);
    }

    public static boolean startUsbSpeedTest(ThingActions actions) {
        return ((UltraStreamActions) actions).startUsbSpeedTest();
    }

    public static List<String> listMediaFiles(ThingActions actions, String disk, int start, int count) {
        return ((UltraStreamActions) actions).listMediaFiles(disk, start, count);
    }

    public static boolean deleteMediaFiles(ThingActions actions, String disk, String names) {
        return ((UltraStreamActions) actions).deleteMediaFiles(disk, names);
    }

    public static boolean deleteMediaFiles(ThingActions actions, String disk, List<String> names) {
        return ((UltraStreamActions) actions).deleteMediaFiles(disk, names);
    }

    public static boolean reboot(ThingActions actions) {
        return ((UltraStreamActions) actions).reboot();
    }

    public static boolean checkFirmwareUpdate(ThingActions actions) {
        return ((UltraStreamActions) actions).checkFirmwareUpdate();
    }

    public static boolean applyFirmwareUpdate(ThingActions actions) {
        return ((UltraStreamActions) actions).applyFirmwareUpdate();
    }

    public static boolean setDateTime(ThingActions actions, String timezone, @Nullable String dateTime) {
        return ((UltraStreamActions) actions).setDateTime(timezone, dateTime);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Running a call

    /** Whether the device accepted the call; an answer such as RET_REPEAT (it was so already) is no error. */
    private boolean run(String method, boolean changesSettings,
            Function<UltraStreamClient, CompletableFuture<ResultCode>> call) {
        return call(method, changesSettings, call) != null;
    }

    /**
     * Runs one client call for a rule as a channel command runs: through the thing's queue, refused while the thing
     * is not ONLINE, its outcome logged by the handler. The rule's thread waits for the answer, at most
     * {@link #MAX_WAIT}: the work may wait behind an exchange in flight and takes a few exchanges itself, each bounded
     * by the request timeout. Past that the rule gets no answer, and work that had not started yet is dropped.
     *
     * @param method the vendor's name of the call, for the log
     * @param changesSettings whether get-settings is read back too (get-status always is)
     * @return the answer, or null when the call was refused, failed or took too long
     */
    private <T> @Nullable T call(String method, boolean changesSettings,
            Function<UltraStreamClient, CompletableFuture<T>> call) {
        UltraStreamHandler current = handler;
        if (current == null) {
            // WARN: see checkFirmwareUpdate
            logger.warn("Action {} refused: it belongs to no encoder thing", method);
            return null;
        }
        CompletableFuture<T> answer = current.runAction("Action " + method, changesSettings, call);
        try {
            return answer.get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
        } catch (TimeoutException e) {
            answer.cancel(false);
            // WARN: the rule gets no answer; a device this slow needs looking at.
            logger.warn("Action {} on {}: no answer within {} s", method, thingName(), MAX_WAIT.toSeconds());
        } catch (ExecutionException e) {
            // the handler logged why
        }
        return null;
    }

    private boolean confirmed(String method, boolean confirm) {
        if (!confirm) {
            // WARN: see checkFirmwareUpdate
            logger.warn("Action {} on {} refused: formatting erases every recording; pass confirm = true",
                    method, thingName());
        }
        return confirm;
    }

    private String thingName() {
        UltraStreamHandler current = handler;
        return current == null ? "(no thing)" : current.getThing().getUID().toString();
    }

    /** The stream a rule names, or null (blank) to keep the one the encoder uses now. */
    private static @Nullable EncoderStream streamOrKeep(@Nullable String text) {
        return text == null || text.isBlank() ? null : CommandValues.stream(text);
    }

    /** Text a rule passes for a setting as a command; null (blank) to leave the setting as it is. */
    private static @Nullable Command text(@Nullable String text) {
        return text == null || text.isBlank() ? null : new StringType(text);
    }

    private static void putIfGiven(Map<String, Command> changes, String channelId, @Nullable Command command) {
        if (command != null) {
            changes.put(channelId, command);
        }
    }

    /** {@code change}, then what {@code command} asks of {@code setting}; without a command, {@code change} alone. */
    private static VideoChange andThen(VideoChange change, String setting, @Nullable Command command) {
        return command == null ? change : change.andThen(EncodingCommands.videoChange(setting, command));
    }

    private static CompletableFuture<StreamServer> storedServer(UltraStreamClient client, int id) {
        return client.getSettingsAsync().thenApply(settings -> {
            StreamServer server = SettingsMapper.streamServers(settings).get(id);
            if (server == null) {
                throw new IllegalArgumentException("the encoder has no stream server with id " + id);
            }
            return server;
        });
    }

    /** The fields an action names; authentication is on when a user is given. */
    private static void fillServer(StreamServer server, String name, String type, @Nullable String url,
            @Nullable String key, @Nullable String user, @Nullable String password) {
        server.name = name;
        server.type = ActionArguments.serverType(type).code();
        server.url = url == null ? "" : url;
        server.key = key == null ? "" : key;
        server.user = user == null ? "" : user;
        server.passwd = password == null ? "" : password;
        server.isAuth = server.user.isEmpty() ? 0 : 1;
    }
}
