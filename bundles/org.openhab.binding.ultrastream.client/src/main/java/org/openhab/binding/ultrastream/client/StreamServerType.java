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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The live server types of {@code add-server}, {@code set-server} and {@code start-test-server} (the
 * {@code type} of a {@code stream-server} entry). The Ultra Stream takes the first four; the Ultra Encode family's
 * pages add the others (the AIO's list, version 2.4, is the longest). Which of them a device takes is the device's
 * to say, in its result code.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum StreamServerType implements Coded {
    /** A custom RTMP server (URL and key). */
    CUSTOM(0),
    TWITCH(1),
    YOUTUBE(2),
    /** While Facebook is enabled no other live server can be used. */
    FACEBOOK(3),
    WOWZA_RTMP(4),
    RTSP(100),
    SRT_CALLER(120),
    SRT_LISTENER(121),
    WOWZA_SRT(122),
    NDI_HX(130),
    HLS(131),
    TS_OVER_UDP(132),
    TS_OVER_RTP(133),
    TVU_ISS(140),
    YOUTUBE_HLS(143),
    ZIXI(144),
    RIST_CALLER(150),
    RIST_LISTENER(151);

    private final int code;

    StreamServerType(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /** The services that know a stream by its key alone: no URL, and the same key is the same server. */
    public boolean isKeyOnly() {
        return this == TWITCH || this == YOUTUBE || this == FACEBOOK;
    }
}
