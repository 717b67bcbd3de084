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
import org.openhab.binding.ultrastream.emulator.internal.Replies.Ping;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Users;
import org.openhab.binding.ultrastream.emulator.internal.Usapi.Access;

/**
 * Sessions, users and the app password: {@code ping}, {@code login}, {@code logout}, {@code get-users},
 * {@code add-user}, {@code del-user}, {@code ch-password}, {@code set-password}, {@code set-app-passwd},
 * {@code set-first-over}.
 */
@NonNullByDefault
final class AccountMethods {

    private final DeviceModel model;

    AccountMethods(DeviceModel model) {
        this.model = model;
    }

    void register(Usapi api) {
        api.add("ping", Access.ANYONE, this::ping);
        api.add("login", Access.ANYONE, this::login);
        api.add("logout", Access.SESSION, this::logout);
        api.add("get-users", Access.ADMIN, this::getUsers);
        api.add("add-user", Access.ADMIN, this::addUser);
        api.add("del-user", Access.ADMIN, this::delUser);
        api.add("ch-password", Access.SESSION, this::chPassword);
        api.add("set-password", Access.ADMIN, this::setPassword);
        api.add("set-app-passwd", Access.SESSION, this::setAppPasswd);
        api.add("set-first-over", Access.SESSION, this::setFirstOver);
    }

    private Ping ping(Call call) {
        return new Ping(0, model.statusMask(call.now));
    }

    /**
     * Checks the user and the MD5 of the password; with the app password switched off
     * ({@code set-app-passwd&is-pass=0}) any password is accepted.
     */
    private Result login(Call call) {
        String id = call.param("id");
        String pass = call.param("pass");
        Sessions.User user = id == null ? null : model.sessions.user(id);
        if (user == null || (model.settings.passwd == 1 && !user.passMd5().equals(pass))) {
            return Usapi.result(ResultCode.LOGIN_FAILED);
        }
        String sid = model.sessions.open(user.id(), call.now);
        if (sid == null) {
            return Usapi.result(ResultCode.ERR_OCCUPIED);
        }
        call.issuedSid = sid;
        return Usapi.ok();
    }

    private Result logout(Call call) {
        model.sessions.close(call.sid);
        return Usapi.ok();
    }

    private Users getUsers(Call call) {
        return new Users(0, model.sessions.users().values().stream().map(u -> new Users.Entry(u.id(), u.type()))
                .toList());
    }

    private Result addUser(Call call) {
        String id = call.required("id");
        String pass = call.required("pass");
        ApiError.require(TextRules.isName(id) && TextRules.isMd5(pass));
        if (model.sessions.user(id) != null) {
            return Usapi.result(ResultCode.ERR_SAME_NAME);
        }
        model.sessions.users().put(id, new Sessions.User(id, pass, Sessions.TYPE_USER));
        return Usapi.ok();
    }

    private Result delUser(Call call) {
        Sessions.User user = existingUser(call.required("id"));
        if (user.type() == Sessions.TYPE_ADMIN) {
            return Usapi.result(ResultCode.ERR_NO_PERMISSIN);
        }
        model.sessions.users().remove(user.id());
        model.sessions.closeAllOf(user.id());
        return Usapi.ok();
    }

    private Result chPassword(Call call) {
        String pass = call.required("pass");
        String newPass = call.required("new-pass");
        ApiError.require(TextRules.isMd5(newPass));
        Sessions.User me = existingUser(String.valueOf(call.user));
        if (!me.passMd5().equals(pass)) {
            return Usapi.result(ResultCode.ERR_PASSWD);
        }
        replacePassword(me, newPass);
        return Usapi.ok();
    }

    private Result setPassword(Call call) {
        Sessions.User user = existingUser(call.required("id"));
        String pass = call.required("pass");
        ApiError.require(TextRules.isMd5(pass));
        replacePassword(user, pass);
        return Usapi.ok();
    }

    /** The app password is the administrator's login password; {@code passwd} says whether it is asked. */
    private Result setAppPasswd(Call call) {
        int isPass = call.requiredFlag("is-pass");
        Sessions.User admin = existingUser(model.options.username());
        boolean wasOn = model.settings.passwd == 1;
        if (isPass == 0 || wasOn) {
            if (!admin.passMd5().equals(call.param("pass"))) {
                return Usapi.result(ResultCode.ERR_PASSWD);
            }
        }
        if (isPass == 1) {
            String newPass = call.required("new-pass");
            ApiError.require(TextRules.isMd5(newPass));
            replacePassword(admin, newPass);
        }
        model.settings.passwd = isPass;
        return Usapi.ok();
    }

    /** First-run setup: name and app password; clears {@code statusFirst}. Takes {@code passwd} or {@code pass}. */
    private Result setFirstOver(Call call) {
        String name = call.required("name");
        int enable = call.requiredFlag("enable-passwd");
        ApiError.require(TextRules.isName(name));
        String pass = call.has("passwd") ? call.param("passwd") : call.param("pass");
        if (enable == 1) {
            ApiError.require(TextRules.isMd5(pass));
            replacePassword(existingUser(model.options.username()), String.valueOf(pass));
        }
        model.settings.name = name;
        model.settings.passwd = enable;
        model.first = false;
        return Usapi.ok();
    }

    private Sessions.User existingUser(String id) {
        Sessions.User user = model.sessions.user(id);
        if (user == null) {
            throw new ApiError(ResultCode.ERR_NO_USER);
        }
        return user;
    }

    private void replacePassword(Sessions.User user, String md5) {
        model.sessions.users().put(user.id(), new Sessions.User(user.id(), md5, user.type()));
    }
}
