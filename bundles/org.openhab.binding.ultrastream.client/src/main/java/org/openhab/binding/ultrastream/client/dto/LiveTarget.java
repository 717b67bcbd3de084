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
package org.openhab.binding.ultrastream.client.dto;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * One entry of {@code live-status.live[]}, the shape the Ultra Encode family reports its live sessions in: one entry
 * per stored stream server, with the transport's figures where the protocol has them (SRT). A field the reply lacks
 * is null.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class LiveTarget {
    /** The id of the stream server in {@code get-settings}' {@code stream-server[]}. */
    public @Nullable Integer id;
    /** The server type, the codes of {@code add-server}. */
    public @Nullable Integer type;
    @SerializedName("is-use")
    public @Nullable Integer isUse;
    public @Nullable String name;
    @SerializedName("run-ms")
    public @Nullable Long runMs;
    /** The connection state, with the codes of {@code live-status.result}. */
    public @Nullable Integer result;
    /**
     * The rate sent right now, in <b>bytes</b> per second: a real AIO's SRT session shows 1.08 times its encoder's
     * bit rate when read as bytes, and a seventh of it when read as bits.
     */
    @SerializedName("inst-bps")
    public @Nullable Long instBps;
    /** The encoder stream sent: 0 main, 1 sub. */
    @SerializedName("stream-index")
    public @Nullable Integer streamIndex;
    /** SRT: packets sent, lost and sent again since the session (re)connected. */
    @SerializedName("pkt-sent-total")
    public @Nullable Long pktSentTotal;
    @SerializedName("pkt-loss-total")
    public @Nullable Long pktLossTotal;
    @SerializedName("pkt-retrans-total")
    public @Nullable Long pktRetransTotal;
    /** SRT: the round-trip time in ms (the device spells it {@code rrt-ms}). */
    @SerializedName(value = "rrt-ms", alternate = { "rtt-ms" })
    public @Nullable Long rttMs;
    /** The network the target is reached through, with the codes of {@code net}. */
    public @Nullable Integer net;
}
