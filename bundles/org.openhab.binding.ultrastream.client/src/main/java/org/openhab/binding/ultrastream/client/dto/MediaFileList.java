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

import java.util.ArrayList;
import java.util.List;

import com.google.gson.annotations.SerializedName;

/**
 * The reply of {@code get-media-files}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class MediaFileList {
    /** The folder of the files on the device, for example {@code /media/disk1/REC_Folder}. */
    public String path = "";
    /** The thumbnail sub-folder of {@link #path}. */
    public String thumbnail = "";
    @SerializedName("media-files")
    public List<MediaFile> mediaFiles = new ArrayList<>();
}
