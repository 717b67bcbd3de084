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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;

/**
 * Finds the USB drive and the SD card in a {@code get-status} reply, in either shape: the Ultra Stream's groups
 * {@code usb} and {@code sd}, or the list {@code disk-info[]} of sibling products, whose entries say which storage
 * they describe in {@code disk-type} (0 USB, 1 SD: the codes of the document's own {@code disk-type} parameter, our
 * reading where the document does not describe the list). A list entry counts only when it is the one entry of its
 * type, so that nothing is
 * guessed.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StorageDevices {

    /** The {@code disk-type} of the NAS entry in the Ultra Encode family's {@code disk-info[]}. */
    public static final int NAS = 2;

    private StorageDevices() {
    }

    /** The storage of {@code type}; an empty group (every field null) when the reply does not describe it. */
    public static DiskInfo of(DeviceStatus status, DiskType type) {
        if (status.diskInfo.isEmpty()) {
            return type == DiskType.USB ? status.usb : status.sd;
        }
        return listed(status, type.code());
    }

    /** The one entry of {@code disk-info[]} with this {@code disk-type}; an empty group when none or several. */
    public static DiskInfo listed(DeviceStatus status, int diskType) {
        @Nullable
        DiskInfo found = null;
        for (DiskInfo entry : status.diskInfo) {
            if (entry != null && Integer.valueOf(diskType).equals(entry.diskType)) {
                if (found != null) {
                    return new DiskInfo(); // two entries claim the same storage: ambiguous
                }
                found = entry;
            }
        }
        return found != null ? found : new DiskInfo();
    }
}
