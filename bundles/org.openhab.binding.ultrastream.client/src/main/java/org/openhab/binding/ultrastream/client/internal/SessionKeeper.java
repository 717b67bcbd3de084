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
package org.openhab.binding.ultrastream.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.Futures;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamAuthenticationException;
import org.openhab.binding.ultrastream.client.UltraStreamDeviceException;
import org.openhab.binding.ultrastream.client.UltraStreamMalformedReplyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the session ({@code sid} cookie) of one client and logs in when there is none.
 * <p>
 * Logins are shared: when many callers find the session missing or expired at once, the first starts a login and
 * the others get the same future login, so a device sees one login, not one per caller. A caller renewing a session
 * says which session failed; if another caller has already replaced it, no new login is made. Nothing waits: a
 * login is a future like any other exchange, and the monitor of this object is held only to read and swap the
 * session and the login in progress, never during an exchange. The session id and the password hash never leave
 * this class except as a cookie.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SessionKeeper {

    private static final String LOGIN = "login";
    private static final String LOGOUT = "logout";

    private final Logger logger = LoggerFactory.getLogger(SessionKeeper.class);
    private final UsapiTransport transport;
    private final String host;
    private final String username;

    private volatile String passwordMd5;
    // Guarded by this.
    private @Nullable String sessionId;
    private @Nullable CompletableFuture<String> loginInProgress;
    private int loginCount;

    public SessionKeeper(UsapiTransport transport, String host, String username, String password) {
        this.transport = transport;
        this.host = host;
        this.username = username;
        this.passwordMd5 = Md5.hex(password);
    }

    /** The current session, logging in first when there is none. */
    public CompletableFuture<String> session() {
        return renew(null);
    }

    /**
     * A session other than {@code failed}: the current one, the one a login in progress will bring, or a fresh
     * login. With {@code failed} null, any existing session will do.
     */
    public synchronized CompletableFuture<String> renew(@Nullable String failed) {
        String current = sessionId;
        if (current != null && !current.equals(failed)) {
            return CompletableFuture.completedFuture(current);
        }
        CompletableFuture<String> shared = loginInProgress;
        if (shared != null) {
            return shared;
        }
        sessionId = null;
        CompletableFuture<String> login = new CompletableFuture<>();
        loginInProgress = login;
        loginCount++;
        // Completes on Jetty's thread (or here, when the request cannot even be sent).
        login().whenComplete((fresh, failure) -> {
            synchronized (this) {
                loginInProgress = null;
                sessionId = fresh;
            }
            if (failure != null) {
                login.completeExceptionally(Futures.unwrap(failure));
            } else {
                login.complete(fresh);
            }
        });
        return login;
    }

    /** Ends the session on the device, if there is one. */
    public CompletableFuture<@Nullable Void> logout() {
        String current;
        synchronized (this) {
            current = sessionId;
            sessionId = null;
        }
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        return Futures.then(transport.get(LOGOUT, Map.of(), current), whole -> {
            UsapiReply reply = whole.requireJson(LOGOUT);
            if (ResultCode.isError(reply.result()) && reply.result() != ResultCode.ERR_NEED_AUTH.code()) {
                throw new UltraStreamDeviceException(LOGOUT, reply.result());
            }
            return CompletableFuture.completedFuture(null);
        });
    }

    /** Forgets the session without telling the device (after a reboot or reset, which ends it anyway). */
    public synchronized void forget() {
        sessionId = null;
    }

    /** Uses another password from the next login on (after the user's own password was changed). */
    public void changePassword(String password) {
        passwordMd5 = Md5.hex(password);
    }

    /** How many logins this client made; lets tests and diagnostics see re-logins. */
    public synchronized int loginCount() {
        return loginCount;
    }

    private CompletableFuture<String> login() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", username);
        params.put("pass", passwordMd5);
        logger.debug("Logging in to {} as {}", host, username);
        return Futures.then(transport.get(LOGIN, params, null), whole -> {
            UsapiReply reply = whole.requireJson(LOGIN);
            ResultCode code = ResultCode.of(reply.result());
            if (code.isAuthenticationFailure()) {
                throw new UltraStreamAuthenticationException(LOGIN, reply.result());
            }
            if (ResultCode.isError(reply.result())) {
                throw new UltraStreamDeviceException(LOGIN, reply.result());
            }
            String fresh = reply.sessionId();
            if (fresh == null) {
                throw new UltraStreamMalformedReplyException(LOGIN, "login succeeded but no sid cookie was set");
            }
            return CompletableFuture.completedFuture(fresh);
        });
    }
}
