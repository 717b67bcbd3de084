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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What an Ultra Encode keeps beyond the Ultra Stream's {@link Settings}: the recording channels (one per storage
 * medium) and, on the AIO, the input and the video mixer. Written into get-settings as they are ({@code rec-channels}
 * and {@code input-source}); {@code reset-all-settings} replaces the whole object. Not thread-safe: the device model
 * guards it.
 */
@NonNullByDefault
public final class FamilySettings {

    /** {@code type} of a recording channel: the storage medium (add-rec-channel's page). */
    public static final int USB = 0;
    public static final int SD = 1;
    public static final int NAS = 2;

    /** One entry of {@code rec-channels[]}, field for field as a real AIO's settings. */
    public static final class RecChannel {
        public final int id;
        public final int type;
        public int isUse;
        /** 0 main stream, 1 sub-stream. */
        public int streamIndex;
        /** 1 normal, 2 loop (the page; a real AIO's settings had 0, which records normally here). */
        public int mode = 1;
        public String dirName = "REC_Folder";
        /** 0 the custom {@code prefix-name}, 1 the creation time; the emulator names files after the prefix. */
        public int filePrefix;
        public String prefixName = "VID";
        /** 0 mp4, 1 mov. */
        public int fileSuffix;
        /** Minutes per file. */
        public int timeUnit = 10;
        /** Audio stream 1 to 4 as 0 to 3. */
        public int audio;

        RecChannel(int id, int type, int isUse) {
            this.id = id;
            this.type = type;
            this.isUse = isUse;
        }
    }

    /** {@code input-source.mixer}: how the AIO mixes its two inputs. */
    public static final class Mixer {
        /** The mix's output format: 1 as the SDI input, 2 as the HDMI input. */
        public int inputDevice = 2;
        /** 1 HDMI on top, 0 SDI on top. */
        public int isHdmiTop;
        /** 0 picture in picture, 1 side by side. */
        public int type;
        /** A value of get-info's {@code video-mixer.pip[]} or {@code .sbs[]}, after {@code type}. */
        public int location = 2;
    }

    /** {@code input-source}: the selected source (a value of get-info's {@code sources[]}) and the mixer. */
    public static final class InputSource {
        public int source = Capabilities.SOURCE_HDMI;
        public final Mixer mixer = new Mixer();
    }

    /** USB and SD record, NAS does not (no NAS is set up): the page's three reserved channels. */
    public final List<RecChannel> recChannels = List.of(new RecChannel(0, USB, 1), new RecChannel(1, SD, 1),
            new RecChannel(2, NAS, 0));
    public final InputSource inputSource = new InputSource();

    /** The channel recording to a medium ({@link #USB}, {@link #SD}, {@link #NAS}). */
    public RecChannel channel(int type) {
        return recChannels.stream().filter(c -> c.type == type).findFirst().orElseThrow();
    }
}
