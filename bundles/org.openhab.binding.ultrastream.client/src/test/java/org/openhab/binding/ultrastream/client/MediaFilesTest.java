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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File names from the device never lead outside the target folder.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class MediaFilesTest {

    @TempDir
    @NonNullByDefault({})
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "..", "../evil.mp4", "a/b.mp4", "..\\evil", "/etc/passwd", "c:evil" })
    void refusesNamesThatAreNotPlain(String name) {
        assertNotNull(MediaFiles.checkFileName(name));
    }

    @Test
    void targetStaysInsideTheFolder() {
        assertEquals(folder.resolve("VID_9.mp4").toAbsolutePath(), MediaFiles.targetInside(folder, "VID_9.mp4"));
        assertNull(MediaFiles.targetInside(folder, "../x"));
        assertNull(MediaFiles.targetInside(folder, ".."));
    }

    @Test
    void downloadPathFollowsTheDocument() {
        assertEquals("/download/media/disk1/REC_Folder/VID_9.mp4",
                MediaFiles.downloadPath("/media/disk1/REC_Folder", "VID_9.mp4"));
        assertEquals("/download/media/disk1/REC_Folder/VID_9.mp4",
                MediaFiles.downloadPath("/media/disk1/REC_Folder/", "VID_9.mp4"));
    }
}
