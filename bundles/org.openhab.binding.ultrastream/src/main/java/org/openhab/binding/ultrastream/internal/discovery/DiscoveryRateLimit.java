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
package org.openhab.binding.ultrastream.internal.discovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits how many devices not seen before discovery reports per minute, per sender and in all, so that a flood of
 * valid-looking announcements or descriptions (each with another serial) adds a bounded number of inbox entries. A
 * flood is logged once per minute, not per packet.
 * <p>
 * The numbers: a real encoder announces one serial from its own address, so {@value #PER_SENDER} per address leaves
 * room for a host running several emulated encoders and stops a single flooding host after that many. In all,
 * {@value #IN_ALL} new devices per minute let a studio of a few hundred encoders booting at once appear within the
 * first minute, and bound what senders with forged addresses can add. The counts start afresh every minute, and
 * the map of senders holds at most {@value #IN_ALL} entries, since only an allowed device adds one.
 */
@NonNullByDefault
final class DiscoveryRateLimit {

    static final int PER_SENDER = 16;
    static final int IN_ALL = 512;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Logger logger = LoggerFactory.getLogger(DiscoveryRateLimit.class);
    private final String what;
    private final Clock clock;

    // Guarded by this.
    private final Map<String, Integer> perSender = new HashMap<>();
    private Instant windowStart = Instant.MIN;
    private int allowed;
    private int refused;

    /**
     * @param what names the discovery in the log line, e.g. {@code Multicast discovery}
     */
    DiscoveryRateLimit(String what, Clock clock) {
        this.what = what;
        this.clock = clock;
    }

    /** Whether a device not seen before, reported by {@code sender} (an address literal), may be reported. */
    synchronized boolean allowNew(String sender) {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(WINDOW)) || now.isBefore(windowStart)) {
            windowStart = now;
            perSender.clear();
            allowed = 0;
            refused = 0;
        }
        int fromSender = perSender.getOrDefault(sender, 0);
        if (fromSender < PER_SENDER && allowed < IN_ALL) {
            perSender.put(sender, fromSender + 1);
            allowed++;
            return true;
        }
        if (refused++ == 0) {
            // WARN, once a minute: something on the network is worth looking at, and devices may be missing.
            logger.warn(
                    "{} ignores new devices for the rest of this minute: {} came from {} (at most {} per address) "
                            + "and {} from all addresses (at most {}). Is something on the network flooding it?",
                    what, fromSender, sender, PER_SENDER, allowed, IN_ALL);
        }
        return false;
    }
}
