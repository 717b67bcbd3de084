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
 * How the emulated firmware update misbehaves, and which field the upload reply carries. Part of the
 * {@link DeviceModel}: read and written under its monitor.
 */
@NonNullByDefault
public final class FirmwareFaults {

    /** {@code update} answers {@code -18} (errSystem): the device refuses to start the update. */
    public boolean refused;
    /** An online download stops moving at {@link DeviceModel#STUCK_PERCENT} and never ends. */
    public boolean stuckDownload;
    /** An update ends at once with {@code upgrade-status.result} {@code -16} (errNoSpace). */
    public boolean noSpace;
    /** After installing, the device stays down until this is turned off. */
    public boolean noReturn;
    /** The upload reply carries {@code result} (the document's demo output) instead of {@code status}. */
    public boolean uploadReplyWithResult;

    public void clear() {
        refused = false;
        stuckDownload = false;
        noSpace = false;
        noReturn = false;
        uploadReplyWithResult = false;
    }
}
