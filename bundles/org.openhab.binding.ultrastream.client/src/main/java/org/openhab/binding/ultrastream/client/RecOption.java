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
 * How a storage device records ({@code usb-option} and {@code sd-option} of {@code set-rec-control}); {@code LOOP} is
 * for the SD card only.
 * In wire order: the codes are 0, 1 and 2.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum RecOption implements Coded {
    DONT_RECORD,
    ORDINARY,
    LOOP;
}
