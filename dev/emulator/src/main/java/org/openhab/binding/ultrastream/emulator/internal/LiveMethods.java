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
package org.openhab.binding.ultrastream.emulator.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.internal.Exclusion.Activity;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Usapi.Access;

/**
 * Live and its stream servers: {@code add-server}, {@code set-server}, {@code del-server},
 * {@code enable-server}, {@code start-live}, {@code stop-live}, and the live server test
 * ({@code start-test-server}, {@code stop-test-server}, {@code clear-test-server}).
 */
@NonNullByDefault
final class LiveMethods {

    /** The document: at most 16 stream servers (the family's page: 16 tasks). */
    static final int MAX_SERVERS = 16;
    /** The document: at most two servers stream at once. */
    static final int MAX_ENABLED = 2;
    /** The family's code table (errChannelsLimited): at most six sessions stream at once. */
    static final int MAX_ENABLED_FAMILY = 6;

    private final DeviceModel model;
    private int nextId;

    LiveMethods(DeviceModel model) {
        this.model = model;
    }

    void register(Usapi api) {
        api.add("add-server", Access.SESSION, this::addServer);
        api.add("set-server", Access.SESSION, this::setServer);
        api.add("del-server", Access.SESSION, this::delServer);
        api.add("enable-server", Access.SESSION, this::enableServer);
        api.add("start-live", Access.SESSION, c -> Usapi.result(model.startLive(c.now)));
        api.add("stop-live", Access.SESSION,
                c -> Usapi.result(model.stopLive() ? ResultCode.RET_SUCCEED : ResultCode.RET_REPEAT));
        api.add("start-test-server", Access.SESSION, this::startTestServer);
        api.add("stop-test-server", Access.SESSION, this::stopTestServer);
        api.add("clear-test-server", Access.SESSION, c -> {
            model.livingTest.clear();
            return Usapi.ok();
        });
    }

    private Result addServer(Call call) {
        model.checkExclusion(Activity.EDIT_STREAM_SERVER, call.now);
        if (model.settings.servers.isEmpty()) {
            nextId = 0; // ids start again at 0 after a reset cleared the list
        }
        StreamServer server = readServer(call, newServer(nextId), serverTypes());
        ApiError.require(model.settings.servers.size() < MAX_SERVERS);
        requireUnique(server);
        model.settings.servers.add(server);
        nextId++;
        return Usapi.ok();
    }

    private Result setServer(Call call) {
        model.checkExclusion(Activity.EDIT_STREAM_SERVER, call.now);
        StreamServer old = existing(call);
        StreamServer changed = readServer(call, old.copy(), serverTypes());
        requireUnique(changed);
        if (old.isUse == 1) {
            requireMayEnable(changed);
        }
        model.settings.servers.set(model.settings.servers.indexOf(old), changed);
        return Usapi.ok();
    }

    private Result delServer(Call call) {
        model.checkExclusion(Activity.EDIT_STREAM_SERVER, call.now);
        model.settings.servers.remove(existing(call));
        return Usapi.ok();
    }

    /**
     * An Ultra Encode switches single sessions on and off while live (the per-server control of its clients); on an
     * Ultra Stream the document's table refuses editing servers while live.
     */
    private Result enableServer(Call call) {
        if (model.ultraStream || !model.isLive()) {
            model.checkExclusion(Activity.EDIT_STREAM_SERVER, call.now);
        }
        StreamServer server = existing(call);
        int use = call.requiredFlag("is-use");
        if (use == 1 && server.isUse == 0) {
            requireMayEnable(server);
        }
        server.isUse = use;
        model.serverEnabled(server, call.now);
        return Usapi.ok();
    }

    private StreamServer newServer(int id) {
        return model.ultraStream ? new StreamServer(id) : StreamServer.ofFamily(id);
    }

    /** The types add-server takes on an Ultra Encode (an Ultra Stream checks its own). */
    private Set<Integer> serverTypes() {
        return Capabilities.serverTypes(model.options.model());
    }

    /**
     * The document's limits: two enabled servers at most, and only one when one of them is Facebook or the
     * live stream is at 8 Mbps. An Ultra Encode streams to six at most.
     */
    private void requireMayEnable(StreamServer server) {
        long others = model.settings.servers.stream().filter(s -> s.isUse == 1 && s.id != server.id).count();
        if (!model.ultraStream) {
            if (others >= MAX_ENABLED_FAMILY) {
                throw new ApiError(ResultCode.ERR_CHANNELS_LIMITED);
            }
            return;
        }
        if (others == 0) {
            return;
        }
        if (others >= MAX_ENABLED) {
            throw new ApiError(ResultCode.ERR_CHANNELS_LIMITED);
        }
        boolean facebook = server.type == StreamServer.TYPE_FACEBOOK || model.settings.servers.stream()
                .anyMatch(s -> s.isUse == 1 && s.id != server.id && s.type == StreamServer.TYPE_FACEBOOK);
        if (facebook) {
            throw new ApiError(ResultCode.ERR_FACEBOOK_LIMITED);
        }
        if (model.settings.stream(model.settings.liveStream).kbps == Capabilities.KBPS_8M) {
            throw new ApiError(ResultCode.ERR_8M_LIMITED);
        }
    }

    private void requireUnique(StreamServer server) {
        for (StreamServer s : model.settings.servers) {
            if (s.id != server.id && s.sameTargetAs(server)) {
                throw new ApiError(ResultCode.ERR_SAME_NAME);
            }
        }
    }

    private StreamServer existing(Call call) {
        StreamServer s = model.server(call.requiredInt("id"));
        if (s == null) {
            throw new ApiError(ResultCode.ERR_NOT_FOUND);
        }
        return s;
    }

    /**
     * Reads the server parameters over {@code base}: type 0-3, a name by the name rules (default: the URL's
     * host), a URL for custom servers, a key for the others, user and password when {@code is-auth} is 1,
     * net-mode 0-2. An Ultra Encode takes its model's types and its own fields, and asks for a key, a URL or
     * nothing after the type ({@link #readFamilyFields}).
     */
    private static StreamServer readServer(Call call, StreamServer base, Set<Integer> familyTypes) {
        base.type = call.optionalInt("type", base.type);
        base.url = orElse(call.param("url"), base.url);
        base.key = orElse(call.param("key"), base.key);
        base.isAuth = call.optionalFlag("is-auth", base.isAuth);
        base.user = orElse(call.param("user"), base.user);
        base.passwd = orElse(call.param("passwd"), base.passwd);
        base.token = orElse(call.param("token"), base.token);
        base.netMode = call.optionalInt("net-mode", base.netMode);
        ApiError.require(base.netMode >= 0 && base.netMode <= 2);
        if (base.isFamily()) {
            ApiError.require(familyTypes.contains(base.type));
            readFamilyFields(call, base);
        } else {
            ApiError.require(base.type >= 0 && base.type <= StreamServer.TYPE_FACEBOOK);
            ApiError.require(base.type != StreamServer.TYPE_CUSTOM || !base.url.isEmpty());
            ApiError.require(base.type == StreamServer.TYPE_CUSTOM || !base.key.isEmpty());
        }
        ApiError.require(base.isAuth == 0 || (!base.user.isEmpty() && !base.passwd.isEmpty()));
        String name = call.param("name");
        if (name != null) {
            ApiError.require(TextRules.isName(name));
            base.name = name;
        } else if (base.name.isEmpty()) {
            base.name = defaultName(base);
        }
        return base;
    }

    /**
     * The family's own fields (add-server's and start-test-server's pages, a real AIO's settings): stream-index
     * 0/1, port, SRT's latency, bandwidth and encryption, audio stream 0-3. Twitch, YouTube and Facebook need a
     * key, listeners (RTSP, SRT and RIST Listener) a port (554 for RTSP, 8000 otherwise, when none is given), NDI|HX
     * nothing, every other type a URL.
     */
    private static void readFamilyFields(Call call, StreamServer s) {
        s.streamIndex = call.optionalFlag("stream-index", s.streamIndex(0));
        int port = call.optionalInt("port", orElse(s.port, 0));
        ApiError.require(port >= 0 && port <= 65535);
        if (port == 0 && StreamServer.listens(s.type)) {
            port = s.type == StreamServer.TYPE_RTSP ? 554 : 8000;
        }
        s.port = port;
        s.latency = call.optionalInt("latency", orElse(s.latency, 0));
        s.bandwidth = call.optionalInt("bandwidth", orElse(s.bandwidth, 0));
        int aes = call.optionalInt("aes", orElse(s.aes, 0));
        ApiError.require(aes == 0 || aes == 16 || aes == 24 || aes == 32);
        s.aes = aes;
        s.aesWord = orElse(call.param("aes-word"), orElse(s.aesWord, ""));
        s.streamId = orElse(call.param("stream-id"), orElse(s.streamId, ""));
        s.maxConnections = call.optionalInt("max-connections", orElse(s.maxConnections, 1));
        s.mtu = call.optionalInt("mtu", orElse(s.mtu, 0));
        int audio = call.optionalInt("audio", orElse(s.audio, 0));
        ApiError.require(audio >= 0 && audio <= 3 && s.latency >= 0 && s.bandwidth >= 0 && s.maxConnections >= 1);
        s.audio = audio;
        s.audioStreams = call.optionalInt("audio-streams", orElse(s.audioStreams, 1));
        s.isMediaHub = call.optionalFlag("is-media-hub", orElse(s.isMediaHub, 0));
        ApiError.require(!StreamServer.needsKey(s.type) || !s.key.isEmpty());
        ApiError.require(!StreamServer.needsUrl(s.type) || !s.url.isEmpty());
    }

    private static String defaultName(StreamServer s) {
        String host = s.url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
        String name = TextRules.isName(host) ? host : "Server " + s.id;
        return name;
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static int orElse(@Nullable Integer value, int fallback) {
        return value != null ? value : fallback;
    }

    /**
     * Tests one server for 20 s (it stops by itself); the same parameters as add-server (on an Ultra Encode only
     * RTMP, Twitch, YouTube, Facebook and SRT Caller, as its page says).
     */
    private Result startTestServer(Call call) {
        model.checkExclusion(Activity.LIVE_TEST, call.now);
        readServer(call, newServer(-1), Capabilities.ENCODE_TEST_SERVER_TYPES);
        model.livingTest.start(call.now, DeviceModel.LIVING_TEST_MS);
        return Usapi.ok();
    }

    private Result stopTestServer(Call call) {
        if (!model.livingTest.isRunning(call.now)) {
            return Usapi.result(ResultCode.RET_REPEAT);
        }
        model.livingTest.cancel(call.now);
        return Usapi.ok();
    }
}
