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
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.client.MutualExclusion.Request;
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;
import org.openhab.binding.ultrastream.client.dto.FirmwareUploadReply;
import org.openhab.binding.ultrastream.client.dto.MediaFile;
import org.openhab.binding.ultrastream.client.dto.MediaFileList;
import org.openhab.binding.ultrastream.client.dto.PingReply;
import org.openhab.binding.ultrastream.client.dto.RecControlSettings;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.client.dto.User;
import org.openhab.binding.ultrastream.client.dto.UserList;
import org.openhab.binding.ultrastream.client.internal.Md5;
import org.openhab.binding.ultrastream.client.internal.SessionKeeper;
import org.openhab.binding.ultrastream.client.internal.UsapiReply;
import org.openhab.binding.ultrastream.client.internal.UsapiTransport;
import org.openhab.binding.ultrastream.client.internal.UsapiTransport.BoundedContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The HTTP API of one Ultra Stream device: one typed method per method of the vendor document, named after it.
 * <p>
 * Thread-safe; make one per device. The calls block the calling thread for at most the configured timeout. The
 * client logs in on first use, keeps the {@code sid} session, and when a call answers {@code -17} (session
 * expired) logs in once more and repeats the call once; concurrent callers share one login.
 * <p>
 * Commands return the device's {@link ResultCode} when it is not an error ({@link ResultCode#RET_SUCCEED}, or for
 * example {@link ResultCode#RET_REPEAT}); error codes raise {@link UltraStreamDeviceException}. Where the document
 * states rules (mutual exclusion, disk preconditions, character rules, the 4 GB rule, the ranges of
 * {@code get-info}), the client checks them first and raises {@link UltraStreamPreconditionException} without
 * sending the command; a check may read {@code get-status}, {@code get-settings} or the cached {@code get-info}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamClient {

    /** The part name of the firmware file in {@code upload-update-file} (see docs/protocol-decisions.md). */
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

    /**
     * @param httpClient a started Jetty client; in openHAB the shared one. The client does not stop it.
     * @param options the device's address, account, timeouts and bounds
     */
    public UltraStreamClient(HttpClient httpClient, UltraStreamClientOptions options) {
        this.options = options;
        this.transport = new UsapiTransport(httpClient, options);
        this.session = new SessionKeeper(transport, options.host(), options.username(), options.password());
    }

    public UltraStreamClientOptions options() {
        return options;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Session: login, logout, ping

    /** {@code login}: logs in now (otherwise the first call does). Wrong credentials raise an authentication error. */
    public void login() throws UltraStreamException {
        session.renew(null);
    }

    /** {@code logout}: ends the session on the device. The next call logs in again. */
    public void logout() throws UltraStreamException {
        session.logout();
    }

    /** How many logins this client has made (first login and re-logins). */
    public int loginCount() {
        return session.loginCount();
    }

    /** {@code ping}: whether the device answers, with its status mask. Needs no session. */
    public PingReply ping() throws UltraStreamException {
        UsapiReply reply = transport.get("ping", Map.of(), null);
        requireSuccess("ping", reply.result());
        return reply.read("ping", PingReply.class);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading: get-info, get-status, get-settings

    /** {@code get-info}, always fetched; the reply also refreshes the cache {@link #cachedInfo()} reads. */
    public DeviceInfo getInfo() throws UltraStreamException {
        DeviceInfo info = query("get-info", Map.of(), DeviceInfo.class);
        cachedInfo = info;
        return info;
    }

    /** {@code get-info} from the cache, fetched on first use and after a reboot, reset or firmware update. */
    public DeviceInfo cachedInfo() throws UltraStreamException {
        DeviceInfo info = cachedInfo;
        return info != null ? info : getInfo();
    }

    /** {@code get-status}, with every group. */
    public DeviceStatus getStatus() throws UltraStreamException {
        return query("get-status", Map.of(), DeviceStatus.class);
    }

    /** {@code get-settings}. */
    public DeviceSettings getSettings() throws UltraStreamException {
        return query("get-settings", Map.of(), DeviceSettings.class);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Recording and live

    /**
     * {@code start-rec}. The device decides whether it may start now (the mutual-exclusion table) and says so in
     * its result code: {@link ResultCode#RET_REPEAT} when recording already runs.
     */
    public ResultCode startRec() throws UltraStreamException {
        return command("start-rec", Map.of());
    }

    /** {@code stop-rec}. */
    public ResultCode stopRec() throws UltraStreamException {
        return command("stop-rec", Map.of());
    }

    /** {@code start-live}. As {@link #startRec()}, the device decides and answers. */
    public ResultCode startLive() throws UltraStreamException {
        return command("start-live", Map.of());
    }

    /** {@code stop-live}. */
    public ResultCode stopLive() throws UltraStreamException {
        return command("stop-live", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Device settings

    /** {@code set-name}: 1 to 32 characters of A-Z a-z 0-9 space ._-+', no leading or trailing space. */
    public ResultCode setName(String name) throws UltraStreamException {
        requireName("set-name", "name", name);
        return command("set-name", params("name", name));
    }

    /** {@code set-app-settings}: whether app clients may change the configuration. */
    public ResultCode setAppSettings(boolean appsMayChangeSettings) throws UltraStreamException {
        return command("set-app-settings", params("is-settings", flag(appsMayChangeSettings)));
    }

    /**
     * {@code set-app-passwd} with {@code is-pass=1}: turns the pairing password on. The device treats the pairing
     * password as the administrator's login password (docs/protocol-decisions.md), so when this client logs in as
     * the administrator its later logins use the new password.
     */
    public ResultCode enableAppPasswd(String newPassword) throws UltraStreamException {
        require("set-app-passwd", !newPassword.isEmpty(), "the new pairing password is empty");
        ResultCode code = command("set-app-passwd", params("is-pass", "1", "new-pass", Md5.hex(newPassword)));
        followAdministratorPassword(newPassword);
        return code;
    }

    /** {@code set-app-passwd} with {@code is-pass=0}: turns the pairing password off; needs the current one. */
    public ResultCode disableAppPasswd(String currentPassword) throws UltraStreamException {
        return command("set-app-passwd", params("is-pass", "0", "pass", Md5.hex(currentPassword)));
    }

    /** {@code set-app-passwd} with {@code is-pass=1} and both passwords: changes the pairing password. */
    public ResultCode changeAppPasswd(String currentPassword, String newPassword) throws UltraStreamException {
        require("set-app-passwd", !newPassword.isEmpty(), "the new pairing password is empty");
        ResultCode code = command("set-app-passwd",
                params("is-pass", "1", "pass", Md5.hex(currentPassword), "new-pass", Md5.hex(newPassword)));
        followAdministratorPassword(newPassword);
        return code;
    }

    /**
     * {@code set-first-over}: the first-run setup (while {@link DeviceStatusFlag#STATUS_FIRST} is set).
     *
     * @param pairingPassword the pairing password to enable, or null to leave pairing without password
     */
    public ResultCode setFirstOver(String name, @Nullable String pairingPassword) throws UltraStreamException {
        requireName("set-first-over", "name", name);
        Map<String, String> params = params("name", name, "enable-passwd", flag(pairingPassword != null));
        if (pairingPassword != null) {
            require("set-first-over", !pairingPassword.isEmpty(), "the pairing password is empty");
            params.put("passwd", Md5.hex(pairingPassword));
        }
        ResultCode code = command("set-first-over", params);
        if (pairingPassword != null) {
            followAdministratorPassword(pairingPassword);
        }
        return code;
    }

    /**
     * {@code set-rec-control}: where and how recording writes. Checks the options and {@code time-unit} against
     * the ranges of {@code get-info}, the folder and prefix character rules, and the 4 GB rule at the current
     * recording rate.
     */
    public ResultCode setRecControl(RecControlSettings recControl) throws UltraStreamException {
        String method = "set-rec-control";
        DeviceInfo info = cachedInfo();
        require(method, recControl.usbOption != RecOption.LOOP.code(), "loop recording is for the SD card only");
        requireOneOf(method, "usb-option", recControl.usbOption, info.recControl.usbOption);
        requireOneOf(method, "sd-option", recControl.sdOption, info.recControl.sdOption);
        requireOneOf(method, "time-unit", recControl.timeUnit, info.recControl.timeUnit);
        requireOneOf(method, "mime-type", recControl.mimeType, info.recControl.fileExt);
        require(method, recControl.timeUnit > 0, "time-unit must be positive");
        requireNull(method, TextRules.checkFolder(recControl.rootFolder));
        requireNull(method, TextRules.checkFilePrefix(recControl.filePrefix));
        Long requiredKbps = RecordingFigures.requiredKbps(getSettings());
        if (requiredKbps != null) {
            requireFileWithin4G(method, recControl.timeUnit, requiredKbps);
        }
        return command(method,
                params("usb-option", String.valueOf(recControl.usbOption), "sd-option",
                        String.valueOf(recControl.sdOption), "mime-type", String.valueOf(recControl.mimeType),
                        "root-folder", recControl.rootFolder, "file-prefix", recControl.filePrefix, "time-unit",
                        String.valueOf(recControl.timeUnit)));
    }

    /** {@code set-softap}: AP visibility, SSID and password (both by the name character rules). */
    public ResultCode setSoftap(boolean visible, String ssid, String password) throws UltraStreamException {
        requireName("set-softap", "softap-ssid", ssid);
        requireName("set-softap", "softap-passwd", password);
        return command("set-softap",
                params("is-softap", "1", "is-visible", flag(visible), "softap-ssid", ssid, "softap-passwd", password));
    }

    /**
     * {@code set-date-time}.
     *
     * @param timezone a zone name such as {@code Asia/Shanghai} or {@code UTC}
     * @param auto true to take the time from the network for that zone
     * @param time the time to set when {@code auto} is false; ignored otherwise
     */
    public ResultCode setDateTime(String timezone, boolean auto, @Nullable LocalDateTime time)
            throws UltraStreamException {
        String method = "set-date-time";
        require(method, TIMEZONE.matcher(timezone).matches(), "not a time zone name: " + timezone);
        require(method, auto || time != null, "a time is needed when is-auto is 0");
        String timeText = auto || time == null ? "" : DEVICE_TIME.format(time);
        return command(method, params("timezone", timezone, "is-auto", flag(auto), "time", timeText));
    }

    /** {@code set-signal-lost-ctrl}: whether recording and live stop when the input signal is lost. */
    public ResultCode setSignalLostCtrl(boolean stopOnSignalLost) throws UltraStreamException {
        return command("set-signal-lost-ctrl", params("is-signal-lost", flag(stopOnSignalLost)));
    }

    /** {@code set-ssdp}: UPnP on or off. */
    public ResultCode setSsdp(boolean enabled) throws UltraStreamException {
        return command("set-ssdp", params("is-ssdp", flag(enabled)));
    }

    /** {@code set-auto-rec}: record automatically while an input signal is locked. */
    public ResultCode setAutoRec(boolean enabled) throws UltraStreamException {
        return command("set-auto-rec", params("is-auto-rec", flag(enabled)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Storage: format, speed test, media files

    /** {@code start-format-usb}, after the document's preconditions (see {@link RequestChecks}). */
    public ResultCode startFormatUsb() throws UltraStreamException {
        requireFormatPossible("start-format-usb", getStatus(), true);
        return command("start-format-usb", Map.of());
    }

    /** {@code start-format-sd}, after the document's preconditions. */
    public ResultCode startFormatSd() throws UltraStreamException {
        requireFormatPossible("start-format-sd", getStatus(), false);
        return command("start-format-sd", Map.of());
    }

    /** {@code clear-format-usb}: resets {@code format-status} to idle (27), for USB and SD alike. */
    public ResultCode clearFormatUsb() throws UltraStreamException {
        return command("clear-format-usb", Map.of());
    }

    /** {@code start-test-usb}: the USB speed test, after the document's preconditions. */
    public ResultCode startTestUsb() throws UltraStreamException {
        requireSpeedTestPossible("start-test-usb", getStatus());
        return command("start-test-usb", Map.of());
    }

    /** {@code stop-test-usb}: cancels the speed test. */
    public ResultCode stopTestUsb() throws UltraStreamException {
        return command("stop-test-usb", Map.of());
    }

    /** {@code clear-test-usb}: resets {@code disk-test} to idle (27). */
    public ResultCode clearTestUsb() throws UltraStreamException {
        return command("clear-test-usb", Map.of());
    }

    /** {@code get-media-files}: {@code count} recorded files from index {@code start}. */
    public MediaFileList getMediaFiles(DiskType disk, int start, int count) throws UltraStreamException {
        require("get-media-files", start >= 0, "start must not be negative");
        require("get-media-files", count > 0, "count must be positive");
        return query("get-media-files", params("disk-type", String.valueOf(disk.code()), "start",
                String.valueOf(start), "count", String.valueOf(count)), MediaFileList.class);
    }

    /** {@code del-media-files}: deletes recorded files by name (a JSON POST). */
    public ResultCode delMediaFiles(DiskType disk, List<String> names) throws UltraStreamException {
        String method = "del-media-files";
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
    }

    /**
     * Downloads a recorded file from the download port ({@code http://ip:8080/download<path>/<name>}) into
     * {@code targetFolder}, under the file's own name. The name must be a plain file name, so nothing is ever
     * written outside the folder; the size is bounded by {@link UltraStreamClientOptions#maxDownloadBytes()}.
     *
     * @param list the listing the file came from (for its {@code path})
     * @return the written file
     */
    public Path downloadMediaFile(MediaFileList list, MediaFile file, Path targetFolder) throws UltraStreamException {
        String what = "download";
        requireNull(what, MediaFiles.checkFileName(file.name));
        require(what, list.path.startsWith("/"), "the listing has no absolute path");
        require(what, Files.isDirectory(targetFolder), "not a folder: " + targetFolder);
        Path target = MediaFiles.targetInside(targetFolder, file.name);
        if (target == null) {
            throw new UltraStreamPreconditionException(what, "file name would leave the target folder: " + file.name);
        }
        String path = MediaFiles.downloadPath(list.path, file.name);
        long bytes = transport.download(what, path, target, options.maxDownloadBytes());
        logger.debug("Downloaded {} bytes of {} from {}", bytes, file.name, options.host());
        return target;
    }

    /** The input snapshot ({@code snapshot} of {@code get-info}), served without a session. */
    public Snapshot getSnapshot() throws UltraStreamException {
        String path = cachedInfo().snapshot;
        require("snapshot", path.startsWith("/"), "the device reports no snapshot path");
        BoundedContent content = transport.fetch("snapshot", path, options.maxSnapshotBytes());
        String mediaType = content.mediaType();
        return new Snapshot(content.bytes(), mediaType != null ? mediaType : "image/jpeg");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Live servers

    /**
     * {@code add-server}: a new live server (disabled until {@link #enableServer(int, boolean)}). Checks the name,
     * the type, the authentication fields, the limit of 16 servers and that no same server exists.
     */
    public ResultCode addServer(StreamServer server) throws UltraStreamException {
        String method = "add-server";
        checkServer(method, server, true);
        DeviceSettings settings = getSettings();
        requireNoConflict(method, Request.EDIT_STREAM_SERVER, getStatus().statusFlags());
        require(method, settings.streamServer.size() < MAX_STREAM_SERVERS,
                "at most " + MAX_STREAM_SERVERS + " live servers can be stored");
        for (StreamServer existing : settings.streamServer) {
            require(method, existing == null || !sameServer(existing, server),
                    "the same live server is already stored (id " + (existing == null ? "" : existing.id) + ")");
        }
        return command(method, serverParams(null, server, true));
    }

    /** {@code set-server}: changes a stored live server. */
    public ResultCode setServer(int id, StreamServer server) throws UltraStreamException {
        String method = "set-server";
        checkServer(method, server, true);
        requireServerExists(method, id, getSettings());
        requireNoConflict(method, Request.EDIT_STREAM_SERVER, getStatus().statusFlags());
        return command(method, serverParams(id, server, true));
    }

    /** {@code del-server}. The device answers {@link ResultCode#ERR_NOT_FOUND} for an unknown id. */
    public ResultCode delServer(int id) throws UltraStreamException {
        return command("del-server", params("id", String.valueOf(id)));
    }

    /**
     * {@code enable-server}: enables or disables a stored live server. The device's limits (two servers at once,
     * Facebook alone, one server at 8 Mbps) are the device's to apply: its result code names the limit.
     */
    public ResultCode enableServer(int id, boolean use) throws UltraStreamException {
        return command("enable-server", params("id", String.valueOf(id), "is-use", flag(use)));
    }

    /** {@code start-test-server}: a push test of a server (stops by itself after 20 s). */
    public ResultCode startTestServer(StreamServer server) throws UltraStreamException {
        String method = "start-test-server";
        checkServer(method, server, false);
        requireNoConflict(method, Request.LIVE_TEST, getStatus().statusFlags());
        return command(method, serverParams(null, server, false));
    }

    /** {@code stop-test-server}: cancels the push test. */
    public ResultCode stopTestServer() throws UltraStreamException {
        return command("stop-test-server", Map.of());
    }

    /** {@code clear-test-server}: resets {@code living-test} to idle (27). */
    public ResultCode clearTestServer() throws UltraStreamException {
        return command("clear-test-server", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Encoding

    /**
     * {@code set-stream} as a read-modify-write: reads {@code get-settings}, keeps what is not given (null) as the
     * device has it right now, and sends. A new recording stream must keep the 4 GB rule at its rate. The device
     * applies its own codec rule (HEVC main stream only when neither live nor the preview uses it).
     */
    public ResultCode changeStreams(@Nullable EncoderStream rec, @Nullable EncoderStream live,
            @Nullable EncoderStream mws) throws UltraStreamException {
        String method = "set-stream";
        DeviceSettings settings = getSettings();
        EncoderStream newRec = rec != null ? rec : currentStream(method, "rec-stream", settings.recStream);
        EncoderStream newLive = live != null ? live : currentStream(method, "live-stream", settings.liveStream);
        EncoderStream newMws = mws != null ? mws : currentStream(method, "mws-stream", settings.mwsStream);
        EncoderSettings recVideo = newRec == EncoderStream.MAIN ? settings.mainStream : settings.subStream;
        requireFileWithin4GAt(method, settings, recVideo.kbps);
        return setStream(newRec, newLive, newMws);
    }

    /** {@code set-stream}: sends exactly these streams; see {@link #changeStreams} for a change of one. */
    public ResultCode setStream(EncoderStream rec, EncoderStream live, EncoderStream mws) throws UltraStreamException {
        return command("set-stream", params("rec", String.valueOf(rec.code()), "live", String.valueOf(live.code()),
                "mws", String.valueOf(mws.code())));
    }

    /**
     * {@code set-video} as a read-modify-write: reads {@code get-settings}, applies {@code change} to that fresh copy
     * of the stream's parameters, and sends them all ({@code set-video} takes every parameter). What the encoder's
     * app or web page changed a moment ago is kept. When the stream is the recording stream, the 4 GB rule is
     * checked at the new rate.
     *
     * @throws IllegalArgumentException when the change does not fit (its message says why)
     */
    public ResultCode changeVideo(EncoderStream stream, VideoChange change) throws UltraStreamException {
        String method = "set-video";
        DeviceSettings settings = getSettings();
        EncoderSettings video = stream == EncoderStream.MAIN ? settings.mainStream : settings.subStream;
        video.isAuto = EncodingValues.isAuto(stream, video);
        video.codec = EncodingValues.codec(stream, video); // so that a profile change knows the sub stream's codec
        change.applyTo(video, cachedInfo().codecCap);
        Integer recStream = settings.recStream;
        if (recStream != null && recStream == stream.code()) {
            requireFileWithin4GAt(method, settings, video.kbps);
        }
        return setVideo(stream, video);
    }

    /**
     * {@code set-video}: sends exactly these parameters of one encoder stream, checked against {@code codec-cap} of
     * the cached {@code get-info} (a value the device does not offer is named with the ones it does) and the rules
     * for the sub stream (manual and H.264). See {@link #changeVideo} to change one parameter.
     */
    public ResultCode setVideo(EncoderStream stream, EncoderSettings video) throws UltraStreamException {
        String method = "set-video";
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
        CodecCap cap = cachedInfo().codecCap;
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
        Map<String, String> params = params("stream", String.valueOf(stream.code()), "is-auto",
                String.valueOf(isAuto), "cx", String.valueOf(cx), "cy", String.valueOf(cy), "duration",
                String.valueOf(duration), "kbps", String.valueOf(kbps), "gop", String.valueOf(gop), "fourcc",
                String.valueOf(fourcc), "profile", String.valueOf(profile), "cbrstat", String.valueOf(cbrstat),
                "fullrange", String.valueOf(fullrange), "codec", String.valueOf(codec));
        return command(method, params);
    }

    /**
     * {@code set-audio}: the audio bit rate, one of {@code codec-cap.audio-kbps}. The device applies the 4 GB rule
     * itself ({@link ResultCode#ERR_4G_LIMITED}).
     */
    public ResultCode setAudio(int kbps) throws UltraStreamException {
        String method = "set-audio";
        requireOneOf(method, "kbps", kbps, cachedInfo().codecCap.audioKbps);
        require(method, kbps > 0, "kbps must be positive");
        return command(method, params("kbps", String.valueOf(kbps)));
    }

    // ---------------------------------------------------------------------------------------------------------
    // System

    /** {@code reboot}. Refused while a format, test, recording or live runs. The session ends. */
    public ResultCode reboot() throws UltraStreamException {
        requireNoConflict("reboot", Request.REBOOT, getStatus().statusFlags());
        ResultCode code = command("reboot", Map.of());
        forgetDevice();
        return code;
    }

    /** {@code reset-all-settings}. Refused while a format, test, recording or live runs. */
    public ResultCode resetAllSettings() throws UltraStreamException {
        requireNoConflict("reset-all-settings", Request.RESET, getStatus().statusFlags());
        ResultCode code = command("reset-all-settings", Map.of());
        forgetDevice();
        return code;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Users

    /** {@code get-users} (administrators only). */
    public UserList getUsers() throws UltraStreamException {
        return query("get-users", Map.of(), UserList.class);
    }

    /** {@code add-user} (administrators only). */
    public ResultCode addUser(String id, String password) throws UltraStreamException {
        require("add-user", !id.isBlank(), "user name is empty");
        require("add-user", !password.isEmpty(), "password is empty");
        return command("add-user", params("id", id, "pass", Md5.hex(password)));
    }

    /** {@code del-user} (administrators only). The client's own user cannot be deleted through it. */
    public ResultCode delUser(String id) throws UltraStreamException {
        require("del-user", !id.isBlank(), "user name is empty");
        require("del-user", !id.equals(options.username()), "refusing to delete the user this client logs in as");
        return command("del-user", params("id", id));
    }

    /**
     * {@code ch-password}: changes the password of the logged-in user. Later re-logins of this client use the new
     * password.
     */
    public ResultCode chPassword(String currentPassword, String newPassword) throws UltraStreamException {
        require("ch-password", !newPassword.isEmpty(), "the new password is empty");
        ResultCode code = command("ch-password",
                params("pass", Md5.hex(currentPassword), "new-pass", Md5.hex(newPassword)));
        session.changePassword(newPassword);
        return code;
    }

    /** {@code set-password}: sets another user's password (administrators only). */
    public ResultCode setPassword(String id, String newPassword) throws UltraStreamException {
        require("set-password", !id.isBlank(), "user name is empty");
        require("set-password", !newPassword.isEmpty(), "the new password is empty");
        ResultCode code = command("set-password", params("id", id, "pass", Md5.hex(newPassword)));
        if (id.equals(options.username())) {
            session.changePassword(newPassword);
        }
        return code;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Network

    /**
     * {@code set-eth}. With DHCP the addresses are sent empty; without, each must be an IPv4 address (DNS may be
     * empty).
     */
    public ResultCode setEth(boolean dhcp, String ip, String mask, String router, String dns)
            throws UltraStreamException {
        String method = "set-eth";
        if (!dhcp) {
            require(method, IPV4.matcher(ip).matches(), "ip is not an IPv4 address: " + ip);
            require(method, IPV4.matcher(mask).matches(), "mask is not an IPv4 address: " + mask);
            require(method, IPV4.matcher(router).matches(), "router is not an IPv4 address: " + router);
            require(method, dns.isEmpty() || IPV4.matcher(dns).matches(), "dns is not an IPv4 address: " + dns);
        }
        return command(method, params("is-dhcp", flag(dhcp), "ip", dhcp ? "" : ip, "mask", dhcp ? "" : mask,
                "router", dhcp ? "" : router, "dns", dhcp ? "" : dns));
    }

    /** {@code disconn-wifi}. */
    public ResultCode disconnWifi() throws UltraStreamException {
        return command("disconn-wifi", Map.of());
    }

    /** {@code open-softap}: AP mode on. */
    public ResultCode openSoftap() throws UltraStreamException {
        return command("open-softap", Map.of());
    }

    /** {@code close-softap}: AP mode off. */
    public ResultCode closeSoftap() throws UltraStreamException {
        return command("close-softap", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Firmware

    /**
     * {@code update}: installs uploaded firmware or downloads and installs the online version. Refused while any
     * operation of the mutual-exclusion table runs, or while a format or an online check runs.
     */
    public ResultCode update(UpdateMode mode) throws UltraStreamException {
        String method = "update";
        Set<DeviceStatusFlag> flags = getStatus().statusFlags();
        requireNoConflict(method, Request.FIRMWARE_UPDATE, flags);
        require(method, !flags.contains(DeviceStatusFlag.STATUS_CHECK_UPGRADE), "an online update check runs");
        ResultCode code = command(method, params("mode", mode.wireValue()));
        cachedInfo = null;
        return code;
    }

    /**
     * {@code upload-update-file}: uploads a {@code .mwf} firmware package as a streamed multipart POST; then call
     * {@link #update(UpdateMode)} with {@link UpdateMode#UPLOAD}. Uses the transfer timeout.
     */
    public FirmwareUploadReply uploadUpdateFile(Path firmware) throws UltraStreamException {
        String method = "upload-update-file";
        String fileName = String.valueOf(firmware.getFileName());
        require(method, fileName.toLowerCase(Locale.ROOT).endsWith(".mwf"), "not a .mwf file: " + fileName);
        require(method, Files.isRegularFile(firmware) && Files.isReadable(firmware), "cannot read " + firmware);
        UsapiReply reply = callWithSession(method,
                sid -> transport.postFile(method, FIRMWARE_PART_NAME, firmware, sid));
        checked(method, reply);
        return reply.read(method, FirmwareUploadReply.class);
    }

    /** {@code cancel-download}: cancels the download of an online update. */
    public ResultCode cancelDownload() throws UltraStreamException {
        return command("cancel-download", Map.of());
    }

    /** {@code online-update-check}: looks for new firmware online; refused while an update runs. */
    public ResultCode onlineUpdateCheck() throws UltraStreamException {
        require("online-update-check", !getStatus().statusFlags().contains(DeviceStatusFlag.STATUS_UPGRADE),
                "a firmware update runs");
        return command("online-update-check", Map.of());
    }

    /** {@code clear-upgrade}: resets {@code upgrade-status} to idle (27). */
    public ResultCode clearUpgrade() throws UltraStreamException {
        return command("clear-upgrade", Map.of());
    }

    /** {@code clear-check-update}: resets {@code check-upgrade} to idle (27). */
    public ResultCode clearCheckUpdate() throws UltraStreamException {
        return command("clear-check-update", Map.of());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Calls

    /** One exchange that needs a session, given the session id to use. */
    @FunctionalInterface
    private interface Exchange {
        UsapiReply send(String sessionId) throws UltraStreamException;
    }

    /**
     * Sends with the current session; when the device answers {@code -17}, renews the session (one login shared
     * by all callers that saw the same expired session) and sends once more.
     */
    private UsapiReply callWithSession(String method, Exchange exchange) throws UltraStreamException {
        String sid = session.session();
        UsapiReply reply = exchange.send(sid);
        if (reply.result() != ResultCode.ERR_NEED_AUTH.value()) {
            return reply;
        }
        logger.debug("Session for {} expired during {}; logging in again", options.host(), method);
        reply = exchange.send(session.renew(sid));
        if (reply.result() == ResultCode.ERR_NEED_AUTH.value()) {
            throw new UltraStreamAuthenticationException(method, reply.result());
        }
        return reply;
    }

    private UsapiReply call(String method, Map<String, String> params) throws UltraStreamException {
        return callWithSession(method, sid -> transport.get(method, params, sid));
    }

    private ResultCode command(String method, Map<String, String> params) throws UltraStreamException {
        return checked(method, call(method, params));
    }

    private <T> T query(String method, Map<String, String> params, Class<T> type) throws UltraStreamException {
        UsapiReply reply = call(method, params);
        checked(method, reply);
        return reply.read(method, type);
    }

    private static ResultCode checked(String method, UsapiReply reply) throws UltraStreamException {
        requireSuccess(method, reply.result());
        return ResultCode.of(reply.result());
    }

    /** Login failures are told apart in {@link SessionKeeper}; here {@code -1} is a wrong password argument. */
    private static void requireSuccess(String method, int result) throws UltraStreamException {
        if (ResultCode.isError(result)) {
            throw new UltraStreamDeviceException(method, result);
        }
    }

    /**
     * The pairing password is the administrator's login password: when this client is the administrator (as
     * {@code get-users}, which only administrators may call, shows), it logs in with the new one from now on.
     */
    private void followAdministratorPassword(String newPassword) throws UltraStreamException {
        try {
            for (User user : getUsers().users) {
                if (user != null && user.isAdministrator() && user.id.equals(options.username())) {
                    session.changePassword(newPassword);
                }
            }
        } catch (UltraStreamDeviceException e) {
            logger.debug("Not an administrator of {}; keeping the login password", options.host());
        }
    }

    /** After reboot, reset or update: the session is gone and the ranges may change. */
    private void forgetDevice() {
        session.forget();
        cachedInfo = null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers for live servers and parameters

    private static void checkServer(String method, StreamServer server, boolean named)
            throws UltraStreamPreconditionException {
        if (named) {
            requireName(method, "server name", server.name);
        }
        require(method, StreamServerType.of(server.type) != StreamServerType.UNKNOWN,
                "unknown server type " + server.type);
        require(method, server.netMode >= NetMode.MOBILE_FIRST.code() && server.netMode <= NetMode.WIFI_FIRST.code(),
                "net-mode must be 0, 1 or 2");
        require(method, server.isAuth == 0 || server.isAuth == 1, "is-auth must be 0 or 1");
        if (server.isAuth == 1) {
            require(method, !server.user.isEmpty() && !server.passwd.isEmpty(),
                    "with is-auth 1, user and passwd are required");
        }
        if (server.type == StreamServerType.CUSTOM.code()) {
            require(method, !server.url.isBlank(), "a custom server needs a url");
        } else {
            require(method, !server.key.isBlank(), "the stream key is empty");
        }
    }

    /** The document: custom servers are the same when URL and key match, others when the key matches. */
    private static boolean sameServer(StreamServer a, StreamServer b) {
        if (a.type != b.type) {
            return false;
        }
        boolean sameKey = a.key.equals(b.key);
        return a.type == StreamServerType.CUSTOM.code() ? sameKey && a.url.equals(b.url) : sameKey;
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
        Map<String, String> params = new LinkedHashMap<>();
        if (id != null) {
            params.put("id", String.valueOf(id));
        }
        params.put("type", String.valueOf(server.type));
        if (named) {
            params.put("name", server.name);
        }
        params.put("url", server.url);
        params.put("key", server.key);
        params.put("is-auth", String.valueOf(server.isAuth));
        params.put("user", server.user);
        params.put("passwd", server.passwd);
        params.put("token", server.token);
        params.put("net-mode", String.valueOf(server.netMode));
        return params;
    }

    /** A stream the settings name, for a set-stream that keeps it. */
    private static EncoderStream currentStream(String method, String what, @Nullable Integer code)
            throws UltraStreamPreconditionException {
        for (EncoderStream stream : EncoderStream.values()) {
            if (code != null && stream.code() == code) {
                return stream;
            }
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

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }

    /** Parameters in order, from name/value pairs. Mutable, so a caller can add optional ones. */
    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
