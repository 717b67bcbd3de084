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
package org.openhab.binding.ultrastream.internal.firmware;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.binding.firmware.ProgressCallback;
import org.openhab.core.thing.binding.firmware.ProgressStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of an update a rule started: there is no openHAB firmware update service to tell, so the steps go
 * to the debug log and the result to the info log, in plain words.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class LoggingProgress implements ProgressCallback {

    private final Logger logger = LoggerFactory.getLogger(LoggingProgress.class);
    private final String thingName;

    LoggingProgress(String thingName) {
        this.thingName = thingName;
    }

    @Override
    public void defineSequence(ProgressStep... sequence) {
    }

    @Override
    public void next() {
        logger.debug("Firmware update of {}: next step", thingName);
    }

    @Override
    public void update(int progress) {
        logger.debug("Firmware update of {}: {} %", thingName, progress);
    }

    @Override
    public void pending() {
    }

    @Override
    public void success() {
        logger.info("Firmware update of {} finished", thingName);
    }

    @Override
    public void failed(String errorMessageKey, Object... arguments) {
        logger.warn("Firmware update of {} failed: {}", thingName,
                Objects.requireNonNullElse(FirmwareMessages.text(errorMessageKey, arguments), errorMessageKey));
    }

    @Override
    public void canceled() {
        logger.info("Firmware update of {} cancelled", thingName);
    }
}
