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

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;

/**
 * The table of {@code /usapi} methods: who may call each one, and which code answers it with one of the
 * {@link Replies}. The caller holds the model's monitor.
 */
@NonNullByDefault
public final class Usapi {

    /** Who may call a method. */
    public enum Access {
        /** No session needed (ping, login). */
        ANYONE,
        /** A valid session. */
        SESSION,
        /** A session of an administrator (type 1). */
        ADMIN
    }

    private record Method(Access access, Function<Call, ?> handler) {
    }

    private final DeviceModel model;
    private final Map<String, Method> methods = new HashMap<>();

    public Usapi(DeviceModel model) {
        this.model = model;
        new AccountMethods(model).register(this);
        new SettingsMethods(model).register(this);
        new RecMethods(model).register(this);
        new LiveMethods(model).register(this);
        new MaintenanceMethods(model).register(this);
        if (model.options.model().hasInputSelection()) {
            new InputMethods(model).register(this);
        }
        StatusReport status = new StatusReport(model);
        add("get-info", Access.SESSION, status::info);
        add("get-status", Access.SESSION, status::status);
        add("get-settings", Access.SESSION, status::settings);
    }

    void add(String name, Access access, Function<Call, ?> handler) {
        methods.put(name, new Method(access, handler));
    }

    /** Answers one call: checks the session and the user's rights, then runs the method. */
    public Object handle(Call call) {
        model.settle(call.now);
        Method method = methods.get(call.method);
        if (method == null) {
            return result(ResultCode.ERR_PARAM);
        }
        try {
            if (method.access() != Access.ANYONE) {
                String user = model.sessions.touch(call.sid, call.now);
                if (user == null) {
                    return result(ResultCode.ERR_NEED_AUTH);
                }
                call.user = user;
                Sessions.User account = model.sessions.user(user);
                if (method.access() == Access.ADMIN
                        && (account == null || account.type() != Sessions.TYPE_ADMIN)) {
                    return result(ResultCode.ERR_NO_PERMISSIN);
                }
            }
            return method.handler().apply(call);
        } catch (ApiError e) {
            return result(e.code());
        }
    }

    static Result result(ResultCode code) {
        return new Result(code.code());
    }

    static Result ok() {
        return Result.OK;
    }

    /** The session id of a {@code Cookie} header, or null. */
    public static @Nullable String sidFromCookie(@Nullable String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        for (String part : cookieHeader.split(";")) {
            String p = part.trim();
            if (p.startsWith("sid=")) {
                return p.substring(4);
            }
        }
        return null;
    }
}
