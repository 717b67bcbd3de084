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

    /** The document: at most 16 stream servers. */
    static final int MAX_SERVERS = 16;
    /** The document: at most two servers stream at once. */
    static final int MAX_ENABLED = 2;

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
        StreamServer server = readServer(call, new StreamServer(nextId));
        ApiError.require(model.settings.servers.size() < MAX_SERVERS);
        requireUnique(server);
        model.settings.servers.add(server);
        nextId++;
        return Usapi.ok();
    }

    private Result setServer(Call call) {
        model.checkExclusion(Activity.EDIT_STREAM_SERVER, call.now);
        StreamServer old = existing(call);
        StreamServer changed = readServer(call, copyOf(old));
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

    private Result enableServer(Call call) {
        model.checkExclusion(Activity.EDIT_STREAM_SERVER, call.now);
        StreamServer server = existing(call);
        int use = call.requiredFlag("is-use");
        if (use == 1 && server.isUse == 0) {
            requireMayEnable(server);
        }
        server.isUse = use;
        return Usapi.ok();
    }

    /**
     * The document's limits: two enabled servers at most, and only one when one of them is Facebook or the
     * live stream is at 8 Mbps.
     */
    private void requireMayEnable(StreamServer server) {
        long others = model.settings.servers.stream().filter(s -> s.isUse == 1 && s.id != server.id).count();
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
     * net-mode 0-2.
     */
    private static StreamServer readServer(Call call, StreamServer base) {
        base.type = call.optionalInt("type", base.type);
        ApiError.require(base.type >= 0 && base.type <= StreamServer.TYPE_FACEBOOK);
        base.url = orElse(call.param("url"), base.url);
        base.key = orElse(call.param("key"), base.key);
        base.isAuth = call.optionalFlag("is-auth", base.isAuth);
        base.user = orElse(call.param("user"), base.user);
        base.passwd = orElse(call.param("passwd"), base.passwd);
        base.token = orElse(call.param("token"), base.token);
        base.netMode = call.optionalInt("net-mode", base.netMode);
        ApiError.require(base.netMode >= 0 && base.netMode <= 2);
        ApiError.require(base.type != StreamServer.TYPE_CUSTOM || !base.url.isEmpty());
        ApiError.require(base.type == StreamServer.TYPE_CUSTOM || !base.key.isEmpty());
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

    private static String defaultName(StreamServer s) {
        String host = s.url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
        String name = TextRules.isName(host) ? host : "Server " + s.id;
        return name;
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static StreamServer copyOf(StreamServer s) {
        StreamServer c = new StreamServer(s.id);
        c.type = s.type;
        c.url = s.url;
        c.key = s.key;
        c.isAuth = s.isAuth;
        c.user = s.user;
        c.passwd = s.passwd;
        c.isUse = s.isUse;
        c.token = s.token;
        c.netMode = s.netMode;
        c.name = s.name;
        return c;
    }

    /** Tests one server for 20 s (it stops by itself); the same parameters as add-server. */
    private Result startTestServer(Call call) {
        model.checkExclusion(Activity.LIVE_TEST, call.now);
        readServer(call, new StreamServer(-1));
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
