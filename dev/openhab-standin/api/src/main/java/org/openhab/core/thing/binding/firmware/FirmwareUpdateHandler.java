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
package org.openhab.core.thing.binding.firmware;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Thing;

/**
 * Stand-in: a thing handler that can update its device's firmware. openHAB registers a handler that implements it
 * as an OSGi service of this interface ({@code BaseThingHandlerFactory.registerHandler}); its firmware update
 * service calls {@link #updateFirmware} on a pool thread and {@link #cancel} on another.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface FirmwareUpdateHandler {

    Thing getThing();

    void updateFirmware(Firmware firmware, ProgressCallback progressCallback);

    void cancel();

    boolean isUpdateExecutable();
}
