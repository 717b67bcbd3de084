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

/**
 * The document's API status codes (API 状态码), under the document's names.
 */
@NonNullByDefault
public enum ResultCode {
    RET_SEND_WAITING(31),
    RET_LIVING_AUTH_ERR(30),
    RET_LIVING_NOTSET(29),
    RET_LIVING_DNS(28),
    RET_INIT(27),
    RET_LIVING_AUTHING(25),
    RET_LIVING_WAITING(24),
    RET_LIVING_CONNECTING(23),
    RET_LIVING_CONNECTED(22),
    RET_CANCEL(5),
    RET_LOW_SPACE(4),
    RET_LOW_SPEED(3),
    RET_RUNNING(2),
    RET_REPEAT(1),
    RET_SUCCEED(0),
    ERR_PASSWD(-1),
    ERR_OCCUPIED(-2),
    ERR_DISK(-5),
    ERR_BUSY(-9),
    ERR_PARAM(-10),
    ERR_NOT_FOUND(-14),
    ERR_FILE(-15),
    ERR_NO_SPACE(-16),
    ERR_NEED_AUTH(-17),
    ERR_SYSTEM(-18),
    ERR_NO_USER(-25),
    ERR_NO_PERMISSIN(-26),
    ERR_SAME_NAME(-27),
    ERR_STRING(-28),
    ERR_CHANNELS_LIMITED(-29),
    ERR_8M_LIMITED(-30),
    ERR_FACEBOOK_LIMITED(-31),
    ERR_CODEC_LIMITED(-32),
    ERR_4G_LIMITED(-33),
    ERR_MWF_UNSUPPORTED(-34),
    ERR_NO_SIGNAL(-35),
    ERR_SD_NO_SPACE(-39),
    /** Not in the document: the answer of {@code login} to a wrong user name or password. */
    LOGIN_FAILED(36);

    private final int code;

    ResultCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
