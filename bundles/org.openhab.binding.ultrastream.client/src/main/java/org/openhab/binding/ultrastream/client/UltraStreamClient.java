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
package org.openhab.binding.ultrastream.client;

import static org.openhab.binding.ultrastream.client.Futures.start;
import static org.openhab.binding.ultrastream.client.Futures.then;
import static org.openhab.binding.ultrastream.client.RequestChecks.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.client.MutualExclusion.Request;
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncodeSettings;
import org.openhab.binding.ultrastream.client.dto.EncodeStatus;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.FirmwareUploadReply;
import org.openhab.binding.ultrastream.client.dto.InputSourceSettings;
import org.openhab.binding.ultrastream.client.dto.MediaFile;
import org.openhab.binding.ultrastream.client.dto.MediaFileList;
import org.openhab.binding.ultrastream.client.dto.PingReply;
import org.openhab.binding.ultrastream.client.dto.RecControlSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.client.dto.User;
import org.openhab.binding.ultrastream.client.dto.UserList;
import org.openhab.binding.ultrastream.client.internal.Md5;
import org.openhab.binding.ultrastream.client.internal.RepeatedStatus;
import org.openhab.binding.ultrastream.client.internal.SessionKeeper;
import org.openhab.binding.ultrastream.client.internal.UsapiReply;
import org.openhab.binding.ultrastream.client.internal.UsapiTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The HTTP API of one Ultra Stream device: one typed method per method of the vendor document, named after it.
 * <p>
 * Thread-safe; make one per device. Every call {@code xxxAsync} returns at once with a future that completes, with
 * the answer or the failure, at the latest when the request timeout of its last exchange fires; no thread waits for
 * the device. Jetty's I/O receives each reply; the reply is then read (and the future completed) on the thread that
 * received it, or in a task of the executor given to the constructor. A program that wants the value on its own
 * thread waits with {@code join()} or {@code get(timeout)}; a failure is then the cause of the
 * {@code CompletionException} or {@code ExecutionException}, an {@link UltraStreamException} for whatever the device or
 * the network did. A call
 * that checks first reads what it checks against in the same chain of exchanges. The client logs in on first use,
 * keeps the {@code sid} session, and when a call answers {@code -17} (session expired) logs in once more and repeats
 * the call once; concurrent callers share one login.
 * <p>
 * Commands complete with the device's {@link ResultCode} when it is not an error ({@link ResultCode#RET_SUCCEED}, or
 * for example {@link ResultCode#RET_REPEAT}); error codes fail the future with {@link UltraStreamDeviceException}.
 * Where the document states rules (mutual exclusion, disk preconditions, character rules, the 4 GB rule, the ranges
 * of {@code get-info}), the client checks them first and fails with {@link UltraStreamPreconditionException} without
 * sending the command; a check may read {@code get-status}, {@code get-settings} or the cached {@code get-info}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamClient {

    /**
     * The part name of the firmware file in {@code upload-update-file}. The document names none; the device takes the
     * first part that carries a file name.
     */
    public static final String FIRMWARE_PART_NAME = "file";

    private static final DateTimeFormatter DEVICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z0-9_+\\-]+(/[A-Za-z0-9_+\\-]+)*");
    private static final Pattern IPV4 = Pattern
            .compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final int MAX_STREAM_SERVERS = 16;

    private final Logger logger = LoggerFactory.getLogger(UltraStreamClient.class);
    private final UltraStreamClientOptions options;
    private final UsapiTransport transport;
    private final SessionKeeper session;
    private volatile @Nullable DeviceInfo cachedInfo;
    private final RepeatedStatus repeatedStatus = new RepeatedStatus();

    /**
     * A client whose futures complete on Jetty's thread that received the reply.
     *
     * @param httpClient a started Jetty client; in openHAB the shared one. The client does not stop it.
     * @param options the device's address, account, timeouts and bounds
     */
    public UltraStreamClient(HttpClient httpClient, UltraStreamClientOptions options) {
        this(httpClient, options, Runnable::run);
    }

    /**
     * A client whose replies are read, and futures completed, in tasks of {@code replies}: Jetty's I/O thread only
     * hands the bytes over. A caller that handles the results on an executor of its own (openHAB's scheduler) saves
     * a second hand-over and keeps Jetty's shared pool free of that work.
     *
     * @param replies runs the reading of each reply; a task it refuses runs on Jetty's thread
     */
    public UltraStreamClient(HttpClient httpClient, UltraStreamClientOptions options, Executor replies) {
        this.options = options;
        this.transport = new UsapiTransport(httpClient, options, replies);
        this.session = new SessionKeeper(transport, options.host(), options.username(), options.password());
    }

    public UltraStreamClientOptions options() {
        return options;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Session: login, logout, ping

    /** {@code login}: logs in now (otherwise the first call does). Wrong credentials raise an authentication error. */
    public CompletableFuture<@Nullable Void> loginAsync() {
        return session.renew(null).thenApply(sid -> null);
    }

    /** {@code logout}: ends the session on the device. The next call logs in again. */
    public CompletableFuture<@Nullable Void> logoutAsync() {
        return session.logout();
    }

    /** How many logins this client has made (first login and re-logins). */
    public int loginCount() {
        return session.loginCount();
    }

    /** {@code ping}: whether the device answers, with its status mask. Needs no session. */
    public CompletableFuture<PingReply> pingAsync() {
        return then(transport.get("ping", Map.of(), null), reply -> {
            PingReply ping = reply.read("ping", PingReply.class);
            requireSuccess("ping", reply.result());
            return done(ping);
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading: get-info, get-status, get-settings

    /** {@code get-info}, always fetched; the reply also refreshes the cache {@link #cachedInfoAsync()} reads. */
    public CompletableFuture<DeviceInfo> getInfoAsync() {
        return query("get-info", Map.of(), DeviceInfo.class).thenApply(info -> {
            cachedInfo = info;
            return info;
        });
    }

    /** {@code get-info} from the cache, fetched on first use and after a reboot, reset or firmware update. */
    public CompletableFuture<DeviceInfo> cachedInfoAsync() {
        DeviceInfo info = cachedInfo;
        return info != null ? done(info) : getInfoAsync();
    }

    /**
     * {@code get-status}, with every group. A reply that repeats the one before apart from the device's clock gives
     * the same DTO again, with the new clock ({@link RepeatedStatus}).
     */
    public CompletableFuture<DeviceStatus> getStatusAsync() {
        return status(DeviceStatus.class);
    }

    /** {@code get-settings}. */
    public CompletableFuture<DeviceSettings> getSettingsAsync() {
        return query("get-settings", Map.of(), DeviceSettings.class);
    }

    /**
     * {@code get-status} of the Ultra Encode family: the shared groups and what the family adds. A reply that repeats
     * the one before apart from the device's clock gives the same DTO again, as {@link #getStatusAsync()} does.
     */
    public CompletableFuture<EncodeStatus> getEncodeStatusAsync() {
        return status(EncodeStatus.class);
    }

    private <T extends DeviceStatus> CompletableFuture<T> status(Class<T> type) {
        return query("get-status", Map.of(), reply -> repeatedStatus.read(reply, "get-status", type));
    }

    /** {@code get-settings} of the Ultra Encode family, with the AIO's input and mixer. */
    public CompletableFuture<EncodeSettings> getEncodeSettingsAsync() {
        return query("get-settings", Map.of(), EncodeSettings.class);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Recording and live

    /**
     * {@code start-rec}. The device decides whether it may start now (the mutual-exclusion table) and says so in
     * its result code: {@link ResultCode#RET_REPEAT} when recording already runs.
     */
    public CompletableFuture<ResultCode> startRecAsync() {
        return command("start-rec", Map.of());
    }

    /** {@code stop-rec}. */
    public CompletableFuture<ResultCode> stopRecAsync() {
        return command("stop-rec", Map.of());
    }

    /** {@code start-live}. As {@link #startRecAsync()}, the device decides and answers. */
    public CompletableFuture<ResultCode> startLiveAsync() {
        return command("start-live", Map.of());
    }

    /** {@code stop-live}. */
    public CompletableFuture<ResultCode> stopLiveAsync() {
        return command("stop-live", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Device settings

    /** {@code set-name}: 1 to 32 characters of A-Z a-z 0-9 space ._-+', no leading or trailing space. */
    public CompletableFuture<ResultCode> setNameAsync(String name) {
        return start(() -> {
            requireName("set-name", "name", name);
            return command("set-name", params("name", name));
        });
    }

    /** {@code set-app-settings}: whether app clients may change the configuration. */
    public CompletableFuture<ResultCode> setAppSettingsAsync(boolean appsMayChangeSettings) {
        return command("set-app-settings", params("is-settings", appsMayChangeSettings));
    }

    /**
     * {@code set-app-passwd} with {@code is-pass=1}: turns the pairing password on. The device treats the pairing
     * password as the administrator's login password (our reading, as the emulator does it), so when this client logs
     * in as
     * the administrator its later logins use the new password.
     */
    public CompletableFuture<ResultCode> enableAppPasswdAsync(String newPassword) {
        return start(() -> {
            require("set-app-passwd", !newPassword.isEmpty(), "the new pairing password is empty");
            return followAdministratorPassword(
                    command("set-app-passwd", params("is-pass", "1", "new-pass", Md5.hex(newPassword))), newPassword);
        });
    }

    /** {@code set-app-passwd} with {@code is-pass=0}: turns the pairing password off; needs the current one. */
    public CompletableFuture<ResultCode> disableAppPasswdAsync(String currentPassword) {
        return command("set-app-passwd", params("is-pass", "0", "pass", Md5.hex(currentPassword)));
    }

    /** {@code set-app-passwd} with {@code is-pass=1} and both passwords: changes the pairing password. */
    public CompletableFuture<ResultCode> changeAppPasswdAsync(String currentPassword, String newPassword) {
        return start(() -> {
            require("set-app-passwd", !newPassword.isEmpty(), "the new pairing password is empty");
            return followAdministratorPassword(command("set-app-passwd",
                    params("is-pass", "1", "pass", Md5.hex(currentPassword), "new-pass", Md5.hex(newPassword))),
                    newPassword);
        });
    }

    /**
     * {@code set-first-over}: the first-run setup (while {@link DeviceStatusFlag#STATUS_FIRST} is set).
     *
     * @param pairingPassword the pairing password to enable, or null to leave pairing without password
     */
    public CompletableFuture<ResultCode> setFirstOverAsync(String name, @Nullable String pairingPassword) {
        return start(() -> {
            requireName("set-first-over", "name", name);
            Map<String, String> params = params("name", name, "enable-passwd", pairingPassword != null);
            if (pairingPassword == null) {
                return command("set-first-over", params);
            }
            require("set-first-over", !pairingPassword.isEmpty(), "the pairing password is empty");
            params.put("passwd", Md5.hex(pairingPassword));
            return followAdministratorPassword(command("set-first-over", params), pairingPassword);
        });
    }

    /**
     * {@code set-rec-control}: where and how recording writes. Checks the options and {@code time-unit} against
     * the ranges of {@code get-info}, the folder and prefix character rules, and the 4 GB rule at the current
     * recording rate.
     */
    public CompletableFuture<ResultCode> setRecControlAsync(RecControlSettings recControl) {
        String method = "set-rec-control";
        return then(cachedInfoAsync(), info -> {
            require(method, recControl.usbOption != RecOption.LOOP.code(), "loop recording is for the SD card only");
            requireOneOf(method, "usb-option", recControl.usbOption, info.recControl.usbOption);
            requireOneOf(method, "sd-option", recControl.sdOption, info.recControl.sdOption);
            requireOneOf(method, "time-unit", recControl.timeUnit, info.recControl.timeUnit);
            requireOneOf(method, "mime-type", recControl.mimeType, info.recControl.fileExt);
            require(method, recControl.timeUnit > 0, "time-unit must be positive");
            requireNull(method, TextRules.checkFolder(recControl.rootFolder));
            requireNull(method, TextRules.checkFilePrefix(recControl.filePrefix));
            return getSettingsAsync();
        }).thenCompose(settings -> start(() -> {
            Long requiredKbps = RecordingFigures.requiredKbps(settings);
            if (requiredKbps != null) {
                requireFileWithin4G(method, recControl.timeUnit, requiredKbps);
            }
            return command(method,
                    params("usb-option", recControl.usbOption, "sd-option", recControl.sdOption, "mime-type",
                            recControl.mimeType, "root-folder", recControl.rootFolder, "file-prefix",
                            recControl.filePrefix, "time-unit", recControl.timeUnit));
        }));
    }

    /** {@code set-softap}: AP visibility, SSID and password (both by the name character rules). */
    public CompletableFuture<ResultCode> setSoftapAsync(boolean visible, String ssid, String password) {
        return start(() -> {
            requireName("set-softap", "softap-ssid", ssid);
            requireName("set-softap", "softap-passwd", password);
            return command("set-softap",
                    params("is-softap", "1", "is-visible", visible, "softap-ssid", ssid, "softap-passwd", password));
        });
    }

    /**
     * {@code set-date-time}.
     *
     * @param timezone a zone name such as {@code Asia/Shanghai} or {@code UTC}
     * @param auto true to take the time from the network for that zone
     * @param time the time to set when {@code auto} is false; ignored otherwise
     */
    public CompletableFuture<ResultCode> setDateTimeAsync(String timezone, boolean auto,
            @Nullable LocalDateTime time) {
        String method = "set-date-time";
        return start(() -> {
            require(method, TIMEZONE.matcher(timezone).matches(), "not a time zone name: " + timezone);
            require(method, auto || time != null, "a time is needed when is-auto is 0");
            String timeText = auto || time == null ? "" : DEVICE_TIME.format(time);
            return command(method, params("timezone", timezone, "is-auto", auto, "time", timeText));
        });
    }

    /** {@code set-signal-lost-ctrl}: whether recording and live stop when the input signal is lost. */
    public CompletableFuture<ResultCode> setSignalLostCtrlAsync(boolean stopOnSignalLost) {
        return command("set-signal-lost-ctrl", params("is-signal-lost", stopOnSignalLost));
    }

    /** {@code set-ssdp}: UPnP on or off. */
    public CompletableFuture<ResultCode> setSsdpAsync(boolean enabled) {
        return command("set-ssdp", params("is-ssdp", enabled));
    }

    /** {@code set-auto-rec}: record automatically while an input signal is locked. */
    public CompletableFuture<ResultCode> setAutoRecAsync(boolean enabled) {
        return command("set-auto-rec", params("is-auto-rec", enabled));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Storage: format, speed test, media files

    /** {@code start-format-usb}, after the document's preconditions (see {@link RequestChecks}). */
    public CompletableFuture<ResultCode> startFormatUsbAsync() {
        return then(getStatusAsync(), status -> {
            requireFormatPossible("start-format-usb", status, true);
            return command("start-format-usb", Map.of());
        });
    }

    /** {@code start-format-sd}, after the document's preconditions. */
    public CompletableFuture<ResultCode> startFormatSdAsync() {
        return then(getStatusAsync(), status -> {
            requireFormatPossible("start-format-sd", status, false);
            return command("start-format-sd", Map.of());
        });
    }

    /** {@code clear-format-usb}: resets {@code format-status} to idle (27), for USB and SD alike. */
    public CompletableFuture<ResultCode> clearFormatUsbAsync() {
        return command("clear-format-usb", Map.of());
    }

    /** {@code start-test-usb}: the USB speed test, after the document's preconditions. */
    public CompletableFuture<ResultCode> startTestUsbAsync() {
        return then(getStatusAsync(), status -> {
            requireSpeedTestPossible("start-test-usb", status);
            return command("start-test-usb", Map.of());
        });
    }

    /** {@code stop-test-usb}: cancels the speed test. */
    public CompletableFuture<ResultCode> stopTestUsbAsync() {
        return command("stop-test-usb", Map.of());
    }

    /** {@code clear-test-usb}: resets {@code disk-test} to idle (27). */
    public CompletableFuture<ResultCode> clearTestUsbAsync() {
        return command("clear-test-usb", Map.of());
    }

    /** {@code get-media-files}: {@code count} recorded files from index {@code start}. */
    public CompletableFuture<MediaFileList> getMediaFilesAsync(DiskType disk, int start, int count) {
        return start(() -> {
            require("get-media-files", start >= 0, "start must not be negative");
            require("get-media-files", count > 0, "count must be positive");
            return query("get-media-files", params("disk-type", disk.code(), "start", start, "count", count),
                    MediaFileList.class);
        });
    }

    /** {@code del-media-files}: deletes recorded files by name (a JSON POST). */
    public CompletableFuture<ResultCode> delMediaFilesAsync(DiskType disk, List<String> names) {
        String method = "del-media-files";
        return start(() -> {
            require(method, !names.isEmpty(), "no file names given");
            JsonArray files = new JsonArray();
            for (String name : names) {
                requireNull(method, MediaFiles.checkFileName(name));
                files.add(name);
            }
            JsonObject body = new JsonObject();
            body.addProperty("disk-type", disk.code());
            body.add("media-files", files);
            return checked(method, callWithSession(method, sid -> transport.postJson(method, body.toString(), sid)));
        });
    }

    /**
     * Downloads a recorded file from the download port ({@code http://ip:8080/download<path>/<name>}) into
     * {@code targetFolder}, under the file's own name. The name must be a plain file name, so nothing is ever
     * written outside the folder; the size is bounded by {@link UltraStreamClientOptions#maxDownloadBytes()}.
     *
     * @param list the listing the file came from (for its {@code path})
     * @return the written file
     */
    public CompletableFuture<Path> downloadMediaFileAsync(MediaFileList list, MediaFile file, Path targetFolder) {
        String what = "download";
        return start(() -> {
            requireNull(what, MediaFiles.checkFileName(file.name));
            require(what, list.path.startsWith("/"), "the listing has no absolute path");
            require(what, Files.isDirectory(targetFolder), "not a folder: " + targetFolder);
            Path target = MediaFiles.targetInside(targetFolder, file.name);
            if (target == null) {
                throw new UltraStreamPreconditionException(what,
                        "file name would leave the target folder: " + file.name);
            }
            String path = MediaFiles.downloadPath(list.path, file.name);
            return transport.download(what, path, target, options.maxDownloadBytes()).thenApply(bytes -> {
                logger.debug("Downloaded {} bytes of {} from {}", bytes, file.name, options.host());
                return target;
            });
        });
    }

    /** The input snapshot ({@code snapshot} of {@code get-info}), served without a session. */
    public CompletableFuture<Snapshot> getSnapshotAsync() {
        return then(cachedInfoAsync(), info -> {
            String path = info.snapshot;
            require("snapshot", path.startsWith("/"), "the device reports no snapshot path");
            return transport.fetch("snapshot", path, options.maxSnapshotBytes()).thenApply(content -> {
                String mediaType = content.mediaType();
                return new Snapshot(content.bytes(), mediaType != null ? mediaType : "image/jpeg");
            });
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Live servers

    /**
     * {@code add-server}: a new live server (disabled until {@link #enableServerAsync(int, boolean)}). Checks the name,
     * the type, the authentication fields, the limit of 16 servers and that no same server exists.
     */
    public CompletableFuture<ResultCode> addServerAsync(StreamServer server) {
        String method = "add-server";
        return then(start(() -> {
            checkServer(method, server, true);
            return getSettingsAsync();
        }), settings -> then(getStatusAsync(), status -> {
            requireNoConflict(method, Request.EDIT_STREAM_SERVER, status.statusFlags());
            require(method, settings.streamServer.size() < MAX_STREAM_SERVERS,
                    "at most " + MAX_STREAM_SERVERS + " live servers can be stored");
            for (StreamServer existing : settings.streamServer) {
                require(method, existing == null || !sameServer(existing, server),
                        "the same live server is already stored (id " + (existing == null ? "" : existing.id) + ")");
            }
            return command(method, serverParams(null, server, true));
        }));
    }

    /** {@code set-server}: changes a stored live server. */
    public CompletableFuture<ResultCode> setServerAsync(int id, StreamServer server) {
        String method = "set-server";
        return then(start(() -> {
            checkServer(method, server, true);
            return getSettingsAsync();
        }), settings -> {
            requireServerExists(method, id, settings);
            return commandWithoutConflict(method, Request.EDIT_STREAM_SERVER, serverParams(id, server, true));
        });
    }

    /** {@code del-server}. The device answers {@link ResultCode#ERR_NOT_FOUND} for an unknown id. */
    public CompletableFuture<ResultCode> delServerAsync(int id) {
        return command("del-server", params("id", id));
    }

    /**
     * {@code enable-server}: enables or disables a stored live server. The device's limits (two servers at once,
     * Facebook alone, one server at 8 Mbps) are the device's to apply: its result code names the limit.
     */
    public CompletableFuture<ResultCode> enableServerAsync(int id, boolean use) {
        return command("enable-server", params("id", id, "is-use", use));
    }

    /** {@code start-test-server}: a push test of a server (stops by itself after 20 s). */
    public CompletableFuture<ResultCode> startTestServerAsync(StreamServer server) {
        return start(() -> {
            checkServer("start-test-server", server, false);
            return commandWithoutConflict("start-test-server", Request.LIVE_TEST, serverParams(null, server, false));
        });
    }

    /** {@code stop-test-server}: cancels the push test. */
    public CompletableFuture<ResultCode> stopTestServerAsync() {
        return command("stop-test-server", Map.of());
    }

    /** {@code clear-test-server}: resets {@code living-test} to idle (27). */
    public CompletableFuture<ResultCode> clearTestServerAsync() {
        return command("clear-test-server", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Encoding

    /**
     * {@code set-stream} as a read-modify-write: reads {@code get-settings}, keeps what is not given (null) as the
     * device has it right now, and sends. A new recording stream must keep the 4 GB rule at its rate. The device
     * applies its own codec rule (HEVC main stream only when neither live nor the preview uses it).
     */
    public CompletableFuture<ResultCode> changeStreamsAsync(@Nullable EncoderStream rec, @Nullable EncoderStream live,
            @Nullable EncoderStream mws) {
        String method = "set-stream";
        return then(getSettingsAsync(), settings -> {
            EncoderStream newRec = rec != null ? rec : currentStream(method, "rec-stream", settings.recStream);
            EncoderStream newLive = live != null ? live : currentStream(method, "live-stream", settings.liveStream);
            EncoderStream newMws = mws != null ? mws : currentStream(method, "mws-stream", settings.mwsStream);
            EncoderSettings recVideo = newRec == EncoderStream.MAIN ? settings.mainStream : settings.subStream;
            requireFileWithin4GAt(method, settings, recVideo.kbps);
            return setStreamAsync(newRec, newLive, newMws);
        });
    }

    /** {@code set-stream}: sends exactly these streams; see {@link #changeStreamsAsync} for a change of one. */
    public CompletableFuture<ResultCode> setStreamAsync(EncoderStream rec, EncoderStream live, EncoderStream mws) {
        return command("set-stream", params("rec", rec.code(), "live", live.code(), "mws", mws.code()));
    }

    /**
     * {@code set-video} as a read-modify-write: reads {@code get-settings}, applies {@code change} to that fresh copy
     * of the stream's parameters, and sends them all ({@code set-video} takes every parameter). What the encoder's
     * app or web page changed a moment ago is kept. When the stream is the recording stream, the 4 GB rule is
     * checked at the new rate. A change that does not fit fails the future with {@link IllegalArgumentException}
     * (its message says why).
     */
    public CompletableFuture<ResultCode> changeVideoAsync(EncoderStream stream, VideoChange change) {
        String method = "set-video";
        return then(getSettingsAsync(), settings -> then(cachedInfoAsync(), info -> {
            EncoderSettings video = stream == EncoderStream.MAIN ? settings.mainStream : settings.subStream;
            video.isAuto = EncodingValues.isAuto(stream, video);
            video.codec = EncodingValues.codec(stream, video); // so that a profile change knows the sub stream's codec
            change.applyTo(video, info.codecCap);
            Integer recStream = settings.recStream;
            if (recStream != null && recStream == stream.code()) {
                requireFileWithin4GAt(method, settings, video.kbps);
            }
            return setVideoAsync(stream, video);
        }));
    }

    /**
     * {@code set-video}: sends exactly these parameters of one encoder stream, checked against {@code codec-cap} of
     * the cached {@code get-info} (a value the device does not offer is named with the ones it does) and the rules
     * for the sub stream (manual and H.264). See {@link #changeVideoAsync} to change one parameter.
     */
    public CompletableFuture<ResultCode> setVideoAsync(EncoderStream stream, EncoderSettings video) {
        String method = "set-video";
        return then(cachedInfoAsync(), info -> {
            int isAuto = known(method, "is-auto", EncodingValues.isAuto(stream, video));
            int codec = known(method, "codec", EncodingValues.codec(stream, video));
            int cx = known(method, "cx", video.cx);
            int cy = known(method, "cy", video.cy);
            long duration = known(method, "duration", video.duration);
            int kbps = known(method, "kbps", video.kbps);
            int gop = known(method, "gop", video.gop);
            int fourcc = known(method, "fourcc", video.fourcc);
            int profile = known(method, "profile", video.profile);
            int cbrstat = known(method, "cbrstat", video.cbrstat);
            int fullrange = known(method, "fullrange", video.fullrange);
            CodecCap cap = info.codecCap;
            require(method, isAuto == 0 || isAuto == 1, "is-auto must be 0 or 1");
            require(method, kbps > 0, "kbps must be positive");
            requireOneOf(method, "codec", codec, cap.videoCodec);
            boolean hevc = codec == VideoCodec.HEVC.code();
            if (stream == EncoderStream.SUB) {
                require(method, isAuto == 0, "sub-stream must be set manually (is-auto 0)");
                require(method, !hevc, "sub-stream must be H.264");
            }
            if (isAuto == 0) {
                requireResolution(method, cx, cy, cap.resolutions);
                requireOneOf(method, "duration", duration, cap.durations);
            }
            requireOneOf(method, "kbps", kbps, cap.videoKbps);
            requireOneOf(method, "gop", gop, cap.gopSec);
            requireOneOf(method, "profile", profile, hevc ? cap.hevcProfile : cap.profile);
            requireOneOf(method, "cbrstat", cbrstat, cap.statSec);
            requireOneOf(method, "fullrange", fullrange, cap.videoRange);
            return command(method,
                    params("stream", stream.code(), "is-auto", isAuto, "cx", cx, "cy", cy, "duration", duration, "kbps",
                            kbps, "gop", gop, "fourcc", fourcc, "profile", profile, "cbrstat", cbrstat, "fullrange",
                            fullrange, "codec", codec));
        });
    }

    /**
     * {@code set-audio}: the audio bit rate, one of {@code codec-cap.audio-kbps}. The device applies the 4 GB rule
     * itself ({@link ResultCode#ERR_4G_LIMITED}).
     */
    public CompletableFuture<ResultCode> setAudioAsync(int kbps) {
        String method = "set-audio";
        return then(cachedInfoAsync(), info -> {
            requireOneOf(method, "kbps", kbps, info.codecCap.audioKbps);
            require(method, kbps > 0, "kbps must be positive");
            return command(method, params("kbps", kbps));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Input and video mixer (Ultra Encode AIO)

    /**
     * {@code select-input-source}: the input the encoders take, a {@code value} of {@code get-info}'s
     * {@code input-source.sources[]}. The device refuses a value it does not offer.
     */
    public CompletableFuture<ResultCode> selectInputSourceAsync(int source) {
        return command("select-input-source", params("input-source", source));
    }

    /**
     * {@code set-video-mixer-config} as a read-modify-write: reads {@code get-settings} and sends the mixer as the
     * device has it right now, with {@code change} applied; the device takes the four parameters only together.
     */
    public CompletableFuture<ResultCode> changeVideoMixerAsync(Consumer<InputSourceSettings.VideoMixer> change) {
        String method = "set-video-mixer-config";
        return then(getEncodeSettingsAsync(), settings -> {
            InputSourceSettings.VideoMixer mixer = settings.inputSource.mixer;
            change.accept(mixer);
            return command(method,
                    params("input-device", known(method, "input-device", mixer.inputDevice), "is-hdmi-top",
                            known(method, "is-hdmi-top", mixer.isHdmiTop), "type", known(method, "type", mixer.type),
                            "location", known(method, "location", mixer.location)));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // System

    /** {@code reboot}. Refused while a format, test, recording or live runs. The session ends. */
    public CompletableFuture<ResultCode> rebootAsync() {
        return commandWithoutConflict("reboot", Request.REBOOT, Map.of()).thenApply(this::forgetDevice);
    }

    /** {@code reset-all-settings}. Refused while a format, test, recording or live runs. */
    public CompletableFuture<ResultCode> resetAllSettingsAsync() {
        return commandWithoutConflict("reset-all-settings", Request.RESET, Map.of()).thenApply(this::forgetDevice);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Users

    /** {@code get-users} (administrators only). */
    public CompletableFuture<UserList> getUsersAsync() {
        return query("get-users", Map.of(), UserList.class);
    }

    /** {@code add-user} (administrators only). */
    public CompletableFuture<ResultCode> addUserAsync(String id, String password) {
        return start(() -> {
            require("add-user", !id.isBlank(), "user name is empty");
            require("add-user", !password.isEmpty(), "password is empty");
            return command("add-user", params("id", id, "pass", Md5.hex(password)));
        });
    }

    /** {@code del-user} (administrators only). The client's own user cannot be deleted through it. */
    public CompletableFuture<ResultCode> delUserAsync(String id) {
        return start(() -> {
            require("del-user", !id.isBlank(), "user name is empty");
            require("del-user", !id.equals(options.username()),
                    "refusing to delete the user this client logs in as");
            return command("del-user", params("id", id));
        });
    }

    /**
     * {@code ch-password}: changes the password of the logged-in user. Later re-logins of this client use the new
     * password.
     */
    public CompletableFuture<ResultCode> chPasswordAsync(String currentPassword, String newPassword) {
        return start(() -> {
            require("ch-password", !newPassword.isEmpty(), "the new password is empty");
            return command("ch-password", params("pass", Md5.hex(currentPassword), "new-pass", Md5.hex(newPassword)))
                    .thenApply(code -> {
                        session.changePassword(newPassword);
                        return code;
                    });
        });
    }

    /** {@code set-password}: sets another user's password (administrators only). */
    public CompletableFuture<ResultCode> setPasswordAsync(String id, String newPassword) {
        return start(() -> {
            require("set-password", !id.isBlank(), "user name is empty");
            require("set-password", !newPassword.isEmpty(), "the new password is empty");
            return command("set-password", params("id", id, "pass", Md5.hex(newPassword))).thenApply(code -> {
                if (id.equals(options.username())) {
                    session.changePassword(newPassword);
                }
                return code;
            });
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Network

    /**
     * {@code set-eth}. With DHCP the addresses are sent empty; without, each must be an IPv4 address (DNS may be
     * empty).
     */
    public CompletableFuture<ResultCode> setEthAsync(boolean dhcp, String ip, String mask, String router,
            String dns) {
        String method = "set-eth";
        return start(() -> {
            if (!dhcp) {
                require(method, IPV4.matcher(ip).matches(), "ip is not an IPv4 address: " + ip);
                require(method, IPV4.matcher(mask).matches(), "mask is not an IPv4 address: " + mask);
                require(method, IPV4.matcher(router).matches(), "router is not an IPv4 address: " + router);
                require(method, dns.isEmpty() || IPV4.matcher(dns).matches(), "dns is not an IPv4 address: " + dns);
            }
            return command(method, params("is-dhcp", dhcp, "ip", dhcp ? "" : ip, "mask", dhcp ? "" : mask, "router",
                    dhcp ? "" : router, "dns", dhcp ? "" : dns));
        });
    }

    /** {@code disconn-wifi}. */
    public CompletableFuture<ResultCode> disconnWifiAsync() {
        return command("disconn-wifi", Map.of());
    }

    /** {@code open-softap}: AP mode on. */
    public CompletableFuture<ResultCode> openSoftapAsync() {
        return command("open-softap", Map.of());
    }

    /** {@code close-softap}: AP mode off. */
    public CompletableFuture<ResultCode> closeSoftapAsync() {
        return command("close-softap", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Firmware

    /**
     * {@code update}: installs uploaded firmware or downloads and installs the online version. Refused while any
     * operation of the mutual-exclusion table runs, or while a format or an online check runs.
     */
    public CompletableFuture<ResultCode> updateAsync(UpdateMode mode) {
        String method = "update";
        return then(getStatusAsync(), status -> {
            Set<DeviceStatusFlag> flags = status.statusFlags();
            requireNoConflict(method, Request.FIRMWARE_UPDATE, flags);
            require(method, !flags.contains(DeviceStatusFlag.STATUS_CHECK_UPGRADE), "an online update check runs");
            return command(method, params("mode", mode.wireValue()));
        }).thenApply(code -> {
            cachedInfo = null;
            return code;
        });
    }

    /**
     * {@code upload-update-file}: uploads a {@code .mwf} firmware package as a streamed multipart POST; then call
     * {@link #updateAsync(UpdateMode)} with {@link UpdateMode#UPLOAD}. Uses the transfer timeout.
     */
    public CompletableFuture<FirmwareUploadReply> uploadUpdateFileAsync(Path firmware) {
        String method = "upload-update-file";
        return start(() -> {
            String fileName = String.valueOf(firmware.getFileName());
            require(method, fileName.toLowerCase(Locale.ROOT).endsWith(".mwf"), "not a .mwf file: " + fileName);
            require(method, Files.isRegularFile(firmware) && Files.isReadable(firmware), "cannot read " + firmware);
            return then(callWithSession(method, sid -> transport.postFile(method, FIRMWARE_PART_NAME, firmware, sid)),
                    reply -> {
                        FirmwareUploadReply upload = reply.read(method, FirmwareUploadReply.class);
                        requireSuccess(method, reply.result());
                        return done(upload);
                    });
        });
    }

    /** {@code cancel-download}: cancels the download of an online update. */
    public CompletableFuture<ResultCode> cancelDownloadAsync() {
        return command("cancel-download", Map.of());
    }

    /** {@code online-update-check}: looks for new firmware online; refused while an update runs. */
    public CompletableFuture<ResultCode> onlineUpdateCheckAsync() {
        return then(getStatusAsync(), status -> {
            require("online-update-check", !status.statusFlags().contains(DeviceStatusFlag.STATUS_UPGRADE),
                    "a firmware update runs");
            return command("online-update-check", Map.of());
        });
    }

    /** {@code clear-upgrade}: resets {@code upgrade-status} to idle (27). */
    public CompletableFuture<ResultCode> clearUpgradeAsync() {
        return command("clear-upgrade", Map.of());
    }

    /** {@code clear-check-update}: resets {@code check-upgrade} to idle (27). */
    public CompletableFuture<ResultCode> clearCheckUpdateAsync() {
        return command("clear-check-update", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calls: every method above is built from these

    /** One exchange that needs a session, given the session id to use. */
    @FunctionalInterface
    private interface Exchange {
        CompletableFuture<UsapiReply> send(String sessionId);
    }

    /**
     * Sends with the current session; when the device answers {@code -17}, renews the session (one login shared
     * by all callers that saw the same expired session) and sends once more.
     */
    private CompletableFuture<UsapiReply> callWithSession(String method, Exchange exchange) {
        return session.session().thenCompose(sid -> exchange.send(sid).thenCompose(reply -> {
            if (reply.result() != ResultCode.ERR_NEED_AUTH.code()) {
                return done(reply);
            }
            logger.debug("Session for {} expired during {}; logging in again", options.host(), method);
            return then(session.renew(sid).thenCompose(exchange::send), again -> {
                if (again.result() == ResultCode.ERR_NEED_AUTH.code()) {
                    throw new UltraStreamAuthenticationException(method, again.result());
                }
                return done(again);
            });
        }));
    }

    /** The one generic call: a GET with a session, its result code checked, its reply read into {@code type}. */
    public <T> CompletableFuture<T> query(String method, Map<String, String> params, Class<T> type) {
        return query(method, params, reply -> reply.read(method, type));
    }

    /** How a query's reply is read; it refuses a reply that is not JSON. */
    private interface ReplyReader<T> {
        T read(UsapiReply reply) throws UltraStreamException;
    }

    private <T> CompletableFuture<T> query(String method, Map<String, String> params, ReplyReader<T> reader) {
        return then(callWithSession(method, sid -> transport.get(method, params, sid)), reply -> {
            T value = reader.read(reply); // refuses a reply that is not JSON, before its result is trusted
            requireSuccess(method, reply.result());
            return done(value);
        });
    }

    /** A GET with a session that answers only a result code. */
    private CompletableFuture<ResultCode> command(String method, Map<String, String> params) {
        return checked(method, callWithSession(method, sid -> transport.get(method, params, sid)));
    }

    /** A command refused without sending while get-status shows an operation it excludes. */
    private CompletableFuture<ResultCode> commandWithoutConflict(String method, Request request,
            Map<String, String> params) {
        return then(getStatusAsync(), status -> {
            requireNoConflict(method, request, status.statusFlags());
            return command(method, params);
        });
    }

    private static CompletableFuture<ResultCode> checked(String method, CompletableFuture<UsapiReply> reply) {
        return then(reply, r -> {
            requireSuccess(method, r.requireJson(method).result());
            return done(ResultCode.of(r.result()));
        });
    }

    /** Login failures are told apart in {@link SessionKeeper}; here {@code -1} is a wrong password argument. */
    private static void requireSuccess(String method, int result) throws UltraStreamException {
        if (ResultCode.isError(result)) {
            throw new UltraStreamDeviceException(method, result);
        }
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /**
     * The pairing password is the administrator's login password: when this client is the administrator (as
     * {@code get-users}, which only administrators may call, shows), it logs in with the new one from now on.
     */
    private CompletableFuture<ResultCode> followAdministratorPassword(CompletableFuture<ResultCode> command,
            String newPassword) {
        return command.thenCompose(code -> getUsersAsync().handle((users, failure) -> {
            if (failure == null) {
                for (User user : users.users) {
                    if (user != null && user.isAdministrator() && user.id.equals(options.username())) {
                        session.changePassword(newPassword);
                    }
                }
            } else if (Futures.unwrap(failure) instanceof UltraStreamDeviceException) {
                logger.debug("Not an administrator of {}; keeping the login password", options.host());
            } else {
                throw new CompletionException(Futures.unwrap(failure));
            }
            return code;
        }));
    }

    /** After reboot, reset or update: the session is gone and the ranges may change. */
    private ResultCode forgetDevice(ResultCode code) {
        session.forget();
        cachedInfo = null;
        return code;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers for live servers and parameters

    private static void checkServer(String method, StreamServer server, boolean named)
            throws UltraStreamPreconditionException {
        if (named) {
            requireName(method, "server name", server.name);
        }
        StreamServerType type = Coded.of(StreamServerType.class, server.type);
        require(method, type != null, "unknown server type " + server.type);
        require(method, Coded.of(NetMode.class, server.netMode) != null, "net-mode must be 0, 1 or 2");
        require(method, server.isAuth == 0 || server.isAuth == 1, "is-auth must be 0 or 1");
        if (server.isAuth == 1) {
            require(method, !server.user.isEmpty() && !server.passwd.isEmpty(),
                    "with is-auth 1, user and passwd are required");
        }
        if (type == StreamServerType.CUSTOM) {
            require(method, !server.url.isBlank(), "a custom server needs a url");
        } else if (type != null && type.isKeyOnly()) {
            require(method, !server.key.isBlank(), "the stream key is empty");
        }
        // The family's other types take fields of their own (ports, latency); the device names what is missing.
    }

    /**
     * The document: Twitch, YouTube and Facebook servers are the same when the key matches, others with the URL too.
     */
    private static boolean sameServer(StreamServer a, StreamServer b) {
        if (a.type != b.type) {
            return false;
        }
        StreamServerType type = Coded.of(StreamServerType.class, a.type);
        boolean sameKey = a.key.equals(b.key);
        return type != null && type.isKeyOnly() ? sameKey : sameKey && a.url.equals(b.url);
    }

    private static StreamServer requireServerExists(String method, int id, DeviceSettings settings)
            throws UltraStreamPreconditionException {
        for (StreamServer server : settings.streamServer) {
            if (server != null && Integer.valueOf(id).equals(server.id)) {
                return server;
            }
        }
        throw new UltraStreamPreconditionException(method, "no live server with id " + id);
    }

    private static Map<String, String> serverParams(@Nullable Integer id, StreamServer server, boolean named) {
        return params("id", id, "type", server.type, "name", named ? server.name : null, "url", server.url, "key",
                server.key, "is-auth", server.isAuth, "user", server.user, "passwd", server.passwd, "token",
                server.token, "net-mode", server.netMode);
    }

    /** A stream the settings name, for a set-stream that keeps it. */
    private static EncoderStream currentStream(String method, String what, @Nullable Integer code)
            throws UltraStreamPreconditionException {
        EncoderStream stream = code == null ? null : Coded.of(EncoderStream.class, code);
        if (stream != null) {
            return stream;
        }
        throw new UltraStreamPreconditionException(method,
                "the encoder did not report " + what + ", so it cannot be kept; name all three streams");
    }

    /**
     * The 4 GB rule at a new video rate, when the settings carry the rest of the figures. Kept on the client because
     * it says what the device's {@code ERR_4G_LIMITED} does not: the longest file length allowed at this rate.
     */
    private static void requireFileWithin4GAt(String method, DeviceSettings settings, @Nullable Integer videoKbps)
            throws UltraStreamPreconditionException {
        Integer audioKbps = settings.audio.kbps;
        if (videoKbps != null && audioKbps != null) {
            requireFileWithin4G(method, settings.recControl.timeUnit, (long) videoKbps + audioKbps);
        }
    }

    /** A parameter set-video must send; the device's settings may lack it, and then nothing is sent. */
    private static <T> T known(String method, String what, @Nullable T value) throws UltraStreamPreconditionException {
        if (value == null) {
            throw new UltraStreamPreconditionException(method,
                    "the stream's " + what + " is not known (the encoder's settings do not report it)");
        }
        return value;
    }

    /**
     * Parameters in order, from name/value pairs: booleans as the document's flags 1 and 0, numbers as they are, a
     * null value left out. Mutable, so a caller can add optional ones.
     */
    private static Map<String, String> params(@Nullable Object... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                params.put(String.valueOf(namesAndValues[i]),
                        value instanceof Boolean on ? (on ? "1" : "0") : String.valueOf(value));
            }
        }
        return params;
    }
}
