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
import static org.openhab.binding.ultrastream.client.Await.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.ultrastream.client.dto.MediaFile;
import org.openhab.binding.ultrastream.client.dto.MediaFileList;

/**
 * Against the emulator: values with URL-special characters arrive as data, and the size bounds of snapshots and
 * downloads hold.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class EncodingAndBoundsTest {

    @RegisterExtension
    final EmulatedDeviceExtension emulated = new EmulatedDeviceExtension();

    @Test
    void plusSpaceAndQuoteSurviveTheQuery() throws Exception {
        await(emulated.client().setNameAsync("A+B c'd.e_f-g"));
        assertEquals("A+B c'd.e_f-g", emulated.device().boxName());
    }

    @Test
    void anInjectedMethodIsJustAStreamKey() throws Exception {
        String key = "k&method=reboot%26=#?";
        await(emulated.client().addServerAsync(ApiCoverageTest.server("Injected", StreamServerType.TWITCH, "", key)));
        assertEquals(0, emulated.device().requestCount("reboot"));
        assertEquals(key, await(emulated.client().getSettingsAsync()).streamServer.get(0).key);
    }

    @Test
    void snapshotLargerThanTheBoundIsRefused() throws Exception {
        UltraStreamClient tight = new UltraStreamClient(emulated.httpClient,
                emulated.optionsFor("Admin", "Admin").maxSnapshotBytes(16).build());
        UltraStreamMalformedReplyException e = assertThrows(UltraStreamMalformedReplyException.class,
                () -> await(tight.getSnapshotAsync()));
        assertEquals("snapshot", e.method());
    }

    @Test
    void downloadLargerThanTheBoundLeavesNoFile(@TempDir Path folder) throws Exception {
        await(emulated.client().startRecAsync());
        emulated.clock.advance(Duration.ofMinutes(6));
        await(emulated.client().stopRecAsync());
        MediaFileList list = await(emulated.client().getMediaFilesAsync(DiskType.USB, 0, 1));
        MediaFile file = list.mediaFiles.get(0);
        UltraStreamClient tight = new UltraStreamClient(emulated.httpClient,
                emulated.optionsFor("Admin", "Admin").maxDownloadBytes(10).transferTimeout(Duration.ofSeconds(5))
                        .build());
        assertThrows(UltraStreamMalformedReplyException.class,
                () -> await(tight.downloadMediaFileAsync(list, file, folder)));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count(), "neither the file nor a partial file may remain");
        }
    }

    @Test
    void missingMediaFileIsANetworkFailureNotAFile(@TempDir Path folder) throws Exception {
        MediaFile ghost = ChecksBeforeSendingTest.mediaFile("VID_404.mp4");
        UltraStreamNetworkException e = assertThrows(UltraStreamNetworkException.class,
                () -> await(emulated.client().downloadMediaFileAsync(ChecksBeforeSendingTest.recFolder(), ghost,
                        folder)));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }
}
