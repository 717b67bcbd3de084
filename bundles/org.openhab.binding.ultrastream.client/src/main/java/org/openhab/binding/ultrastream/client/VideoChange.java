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
import org.openhab.binding.ultrastream.client.dto.CodecCap;
import org.openhab.binding.ultrastream.client.dto.EncoderSettings;

/**
 * A change to the parameters of one encoder stream, applied by {@link UltraStreamClient#changeVideo} to the
 * parameters it has just read from the device. Made by {@link VideoChanges}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface VideoChange {

    /**
     * Changes {@code video}, the stream's parameters as the device reported them a moment ago.
     *
     * @param cap the ranges of {@code get-info}, for values picked from what the device offers
     * @throws IllegalArgumentException when the change cannot be made; the message says why
     */
    void applyTo(EncoderSettings video, CodecCap cap);

    /** This change, then {@code next}. */
    default VideoChange andThen(VideoChange next) {
        return (video, cap) -> {
            applyTo(video, cap);
            next.applyTo(video, cap);
        };
    }
}
