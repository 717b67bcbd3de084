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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A USB stick or SD card: capacity, the files recorded on it, and the file being recorded now.
 * <p>
 * Recording is computed from the clock: {@link #settle(long)} closes every segment whose {@code time-unit} is
 * over, and the open segment's size grows with the elapsed time. Not thread-safe: the device model guards it.
 */
@NonNullByDefault
public final class Disk {

    /** Storage device status codes (存储设备状态码). */
    public static final int NOT_DISK = 0x00;
    public static final int DISK_VALID = 0x01;
    public static final int NOT_SPACE = 0x03;
    public static final int LOW_SPACE = 0x05;

    private static final long LOW_SPACE_BYTES = 200L * 1024 * 1024;
    /** What a freshly formatted disk uses (the document's example after formatting). */
    private static final long FORMATTED_USED = 97058816L;

    /** Parameters a recording uses, fixed when it starts. */
    public record RecParams(int kbps, int timeUnitMinutes, String folder, String prefix, String ext, int width,
            int height, int interval, int codec) {
        long bytesPerSecond() {
            return kbps * 1024L / 8L;
        }
    }

    private final int index;
    private final String sysPath;
    private final String fsLabel;
    private final long totalSize;
    private final int blockSize;

    private boolean inserted = true;
    private boolean full;
    private long baseUsed = FORMATTED_USED;
    private final List<MediaFile> files = new ArrayList<>();
    private int nextNumber = 1;
    private @Nullable RecParams rec;
    private long segmentStart;
    private boolean loop;

    public Disk(int index, String sysPath, String fsLabel, long totalSize, int blockSize) {
        this.index = index;
        this.sysPath = sysPath;
        this.fsLabel = fsLabel;
        this.totalSize = totalSize;
        this.blockSize = blockSize;
    }

    /** The path {@code get-media-files} reports and downloads start with, e.g. {@code /media/disk1}. */
    public String mediaPath() {
        return "/media/disk" + index;
    }

    public boolean isInserted() {
        return inserted;
    }

    public void setInserted(boolean inserted) {
        this.inserted = inserted;
        if (!inserted) {
            rec = null;
        }
    }

    public void setFull(boolean full) {
        this.full = full;
    }

    public boolean isRecording() {
        return rec != null;
    }

    public int diskStatus(long now) {
        if (!inserted) {
            return NOT_DISK;
        }
        long free = freeSize(now);
        if (free <= 0) {
            return NOT_SPACE;
        }
        return free < LOW_SPACE_BYTES ? LOW_SPACE : DISK_VALID;
    }

    public boolean isUsable(long now) {
        int s = diskStatus(now);
        return s == DISK_VALID || s == LOW_SPACE;
    }

    public void startRec(long now, RecParams params, boolean loopRecording) {
        rec = params;
        segmentStart = now;
        loop = loopRecording;
    }

    /** Closes the open segment: the file it wrote becomes a normal file. */
    public void stopRec(long now) {
        settle(now);
        RecParams r = rec;
        if (r != null && now > segmentStart) {
            files.add(segmentFile(r, now, MediaFile.STATUS_NORMAL));
            nextNumber++;
        }
        rec = null;
    }

    /** Closes every segment whose time-unit is over; stops when the disk is full (and not loop recording). */
    public void settle(long now) {
        RecParams r = rec;
        if (r == null) {
            return;
        }
        long unitMs = r.timeUnitMinutes() * 60_000L;
        while (now - segmentStart >= unitMs) {
            long end = segmentStart + unitMs;
            files.add(segmentFile(r, end, MediaFile.STATUS_NORMAL));
            nextNumber++;
            segmentStart = end;
            if (loop) {
                while (freeSize(end) <= 0 && files.size() > 1) {
                    files.remove(0);
                }
            }
        }
    }

    /** Whether the disk ran out of space during a recording (the device model then stops it). */
    public boolean ranFull(long now) {
        return rec != null && !loop && freeSize(now) <= 0;
    }

    private MediaFile segmentFile(RecParams r, long end, int status) {
        long ms = end - segmentStart;
        String name = r.prefix() + "_" + nextNumber + "." + r.ext();
        return new MediaFile(name, r.folder(), name + "_" + segmentStart / 1000, status, segmentStart,
                r.bytesPerSecond() * ms / 1000, ms, r.width(), r.height(), r.interval(), r.codec());
    }

    /** The recorded files, oldest first, including the one being recorded now. */
    public List<MediaFile> files(long now) {
        List<MediaFile> all = new ArrayList<>(files);
        RecParams r = rec;
        if (r != null) {
            all.add(segmentFile(r, now, MediaFile.STATUS_RECORDING));
        }
        return all;
    }

    /** Deletes a finished file by name; the one being recorded cannot be deleted. */
    public boolean delete(String name) {
        return files.removeIf(f -> f.name().equals(name));
    }

    public void format() {
        files.clear();
        baseUsed = FORMATTED_USED;
        nextNumber = 1;
    }

    public long usedSize(long now) {
        long used = baseUsed;
        for (MediaFile f : files(now)) {
            used += f.sizeBytes();
        }
        return Math.min(used, totalSize);
    }

    public long freeSize(long now) {
        return full ? 0 : totalSize - usedSize(now);
    }

    public long writeBps() {
        RecParams r = rec;
        return r == null ? 0 : r.bytesPerSecond();
    }

    public long totalSize() {
        return totalSize;
    }

    public int blockSize() {
        return blockSize;
    }

    public String sysPath() {
        return sysPath;
    }

    public String fsLabel() {
        return fsLabel;
    }

    public int index() {
        return index;
    }
}
