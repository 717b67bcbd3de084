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

import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One live push target of {@code stream-server} in {@code get-settings}, field for field. An Ultra Encode's entry
 * has the Ultra Stream's fields and then its own ({@code stream-index} to {@code is-media-hub}, from a real AIO's
 * settings and the family's add-server page); they are null, so not written, on an Ultra Stream.
 */
@NonNullByDefault
public final class StreamServer {

    public static final int TYPE_CUSTOM = 0;
    public static final int TYPE_FACEBOOK = 3;
    public static final int TYPE_RTSP = 100;
    public static final int TYPE_SRT_LISTENER = 121;

    /** Twitch, YouTube, Facebook: a stream key names the target. */
    private static final Set<Integer> KEY_TYPES = Set.of(1, 2, 3);
    /** RTSP, SRT Listener, RIST Listener: clients come to a port. */
    private static final Set<Integer> LISTENER_TYPES = Set.of(TYPE_RTSP, TYPE_SRT_LISTENER, 151);
    /** NDI|HX is found on the network: it needs neither URL nor key. */
    private static final int TYPE_NDI = 130;
    /** SRT Caller, SRT Listener, Wowza over SRT: their live[] entries carry SRT's statistics. */
    private static final Set<Integer> SRT_TYPES = Set.of(120, TYPE_SRT_LISTENER, 122);

    public final int id;
    public int type;
    public String url = "";
    public String key = "";
    public int isAuth;
    public String user = "";
    public String passwd = "";
    public int isUse;
    public String token = "";
    public int netMode = 1;
    public String name = "";
    // The Ultra Encode family's own fields.
    public @Nullable Integer streamIndex;
    public @Nullable Integer port;
    public @Nullable Integer latency;
    public @Nullable Integer bandwidth;
    public @Nullable Integer aes;
    public @Nullable String aesWord;
    public @Nullable String streamId;
    public @Nullable Integer maxConnections;
    public @Nullable Integer mtu;
    public @Nullable Integer audio;
    public @Nullable Integer audioStreams;
    public @Nullable Integer isMediaHub;
    /** When this server's live session began (family models), or -1; not part of the reply. */
    transient long liveSince = -1;

    public StreamServer(int id) {
        this.id = id;
    }

    /** A server of an Ultra Encode: the family's fields with a real AIO's values. */
    static StreamServer ofFamily(int id) {
        StreamServer s = new StreamServer(id);
        s.streamIndex = 0;
        s.port = 0;
        s.latency = 200;
        s.bandwidth = 25;
        s.aes = 0;
        s.aesWord = "";
        s.streamId = "";
        s.maxConnections = 1;
        s.mtu = 1496;
        s.audio = 0;
        s.audioStreams = 1;
        s.isMediaHub = 0;
        return s;
    }

    boolean isFamily() {
        return streamIndex != null;
    }

    StreamServer copy() {
        StreamServer c = new StreamServer(id);
        c.type = type;
        c.url = url;
        c.key = key;
        c.isAuth = isAuth;
        c.user = user;
        c.passwd = passwd;
        c.isUse = isUse;
        c.token = token;
        c.netMode = netMode;
        c.name = name;
        c.streamIndex = streamIndex;
        c.port = port;
        c.latency = latency;
        c.bandwidth = bandwidth;
        c.aes = aes;
        c.aesWord = aesWord;
        c.streamId = streamId;
        c.maxConnections = maxConnections;
        c.mtu = mtu;
        c.audio = audio;
        c.audioStreams = audioStreams;
        c.isMediaHub = isMediaHub;
        c.liveSince = liveSince;
        return c;
    }

    static boolean needsKey(int type) {
        return KEY_TYPES.contains(type);
    }

    static boolean listens(int type) {
        return LISTENER_TYPES.contains(type);
    }

    /** Whether the type names its target by URL: every type but the keyed, listening and NDI ones. */
    static boolean needsUrl(int type) {
        return !needsKey(type) && !listens(type) && type != TYPE_NDI;
    }

    boolean isSrt() {
        return SRT_TYPES.contains(type);
    }

    /** The stream it sends: 0 main, 1 sub-stream; an Ultra Stream's servers send the one set-stream chose. */
    int streamIndex(int fallback) {
        Integer index = streamIndex;
        return index != null ? index : fallback;
    }

    /**
     * The document's duplicate rule: custom servers are the same when URL and key match, the others when
     * the key matches. An Ultra Encode's are the same when URL, key and port all match.
     */
    public boolean sameTargetAs(StreamServer other) {
        if (type != other.type) {
            return false;
        }
        if (isFamily()) {
            return url.equals(other.url) && key.equals(other.key) && Objects.equals(port, other.port);
        }
        return type == TYPE_CUSTOM ? url.equals(other.url) && key.equals(other.key) : key.equals(other.key);
    }
}
