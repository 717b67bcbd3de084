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
package org.openhab.binding.ultrastream.emulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The shape of the {@code get-status} reply the emulator serves. Each {@link Model} has its own
 * ({@link Model#statusShape()}); an Ultra Stream can be asked to answer in the {@link #SIBLING} shape instead.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum StatusShape {
    /** As the Ultra Stream document describes it. */
    ULTRA_STREAM,
    /**
     * An Ultra Stream answering as its sibling encoders do, for clients that read both: push targets in
     * {@code live-status.live[]} (with {@code inst-bps} in bytes per second, as the Ultra Encode sends it), storage
     * in {@code disk-info[]} (with {@code disk-type}), no {@code usb}, {@code sd}, {@code result2}, {@code cur-bps2}
     * or {@code net2}, and {@code rec-status} without rates.
     */
    SIBLING,
    /** The plain Ultra Encode's and the Plus's: the skeleton of the vendor's plain Ultra Encode page. */
    ULTRA_ENCODE,
    /** The Ultra Encode AIO's, after a real AIO's reply. */
    ULTRA_ENCODE_AIO
}
