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
package org.openhab.binding.ultrastream.internal.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.DiskType;
import org.openhab.binding.ultrastream.client.PushTarget;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.StorageDevices;
import org.openhab.binding.ultrastream.client.StorageStatus;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.InputSignal;
import org.openhab.binding.ultrastream.client.dto.RecStatus;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.binding.ultrastream.internal.discovery.UltraStreamDiscoveryResults;
import org.openhab.core.thing.Thing;

/**
 * The console's text for one encoder: the one-line entry of {@code ultrastream list} and the lines of
 * {@code ultrastream status}, built from the thing and the latest replies its handler keeps. No I/O.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class StatusSummary {

    private static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;
    /** The columns of {@code ultrastream list}. */
    private static final String LIST_COLUMNS = "%-40s %-8s %-21s %-13s %s";

    private StatusSummary() {
    }

    /** The heading of {@code ultrastream list}. */
    static String listHeading() {
        return String.format(Locale.ROOT, LIST_COLUMNS, "Thing", "Status", "Address", "Serial", "Label");
    }

    /** {@code <thing UID>  <status>  <host[:port]>  <serial>  <label>}, for {@code ultrastream list}. */
    static String listLine(Thing thing) {
        return String.format(Locale.ROOT, LIST_COLUMNS, thing.getUID(), thing.getStatus(),
                address(thing), serial(thing), thing.getLabel() == null ? "" : thing.getLabel());
    }

    /**
     * The lines of {@code ultrastream status}.
     *
     * @param status the latest get-status reply, or null when none was read yet
     * @param settings the latest get-settings reply (names the live targets), or null
     */
    static List<String> statusLines(Thing thing, @Nullable DeviceStatus status, @Nullable DeviceSettings settings) {
        List<String> lines = new ArrayList<>();
        lines.add(thing.getUID() + " (" + (thing.getLabel() == null ? "" : thing.getLabel()) + ")");
        String detail = thing.getStatusInfo().getDescription();
        lines.add("  thing status: " + thing.getStatus()
                + (detail == null || detail.isBlank() ? "" : " - " + detail));
        lines.add("  address: " + address(thing) + ", serial: " + serial(thing) + ", model: "
                + thing.getProperties().getOrDefault(Thing.PROPERTY_MODEL_ID, "?") + ", firmware: "
                + thing.getProperties().getOrDefault(Thing.PROPERTY_FIRMWARE_VERSION, "?"));
        if (status == null) {
            lines.add("  no status read yet");
            return lines;
        }
        lines.add("  device name: " + known(status.boxName) + ", device time: " + known(status.curTime));
        lines.add("  status flags: " + flags(status));
        lines.add("  recording: " + activity(status.statusFlags().contains(DeviceStatusFlag.STATUS_RECORD),
                status.recStatus));
        lines.add("  live: " + activity(status.statusFlags().contains(DeviceStatusFlag.STATUS_LIVING),
                status.liveStatus));
        if (status.statusFlags().contains(DeviceStatusFlag.STATUS_LIVING) && settings != null) {
            for (PushTarget target : PushTarget.of(status.liveStatus, settings)) {
                StreamServer server = target.server();
                if (server != null) {
                    ResultCode state = target.state();
                    lines.add("    target " + (target.index() + 1) + " '" + server.name + "': "
                            + (state == null ? "?" : state.name()) + ", " + kbps(target.curBps()));
                }
            }
        }
        lines.add("  input: " + input(status.inputSignal));
        lines.add("  usb: " + disk(StorageDevices.of(status, DiskType.USB)));
        lines.add("  sd: " + disk(StorageDevices.of(status, DiskType.SD)));
        return lines;
    }

    private static String address(Thing thing) {
        Object host = thing.getConfiguration().get(UltraStreamDiscoveryResults.CONFIG_HOSTNAME);
        return UltraStreamDiscoveryResults.address(host == null ? "?" : host.toString(),
                UltraStreamDiscoveryResults.configuredPort(thing.getConfiguration()));
    }

    private static String serial(Thing thing) {
        return thing.getProperties().getOrDefault(Thing.PROPERTY_SERIAL_NUMBER, "?");
    }

    private static String flags(DeviceStatus status) {
        String names = status.statusFlags().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }

    private static String activity(boolean running, RecStatus rec) {
        if (!running) {
            return "stopped";
        }
        Long runMs = rec.runMs;
        if (runMs == null) {
            return "running, " + kbps(rec.curBps) + " (average " + kbps(rec.avgBps) + ")";
        }
        Duration elapsed = Duration.ofMillis(Math.max(0, runMs));
        return String.format(Locale.ROOT, "running for %d:%02d:%02d, %s (average %s)", elapsed.toHours(),
                elapsed.toMinutesPart(), elapsed.toSecondsPart(), kbps(rec.curBps), kbps(rec.avgBps));
    }

    private static String input(InputSignal signal) {
        Integer status = signal.status;
        Integer cx = signal.cx;
        Integer cy = signal.cy;
        if (status == null) {
            return "?";
        }
        if (status == 0 || cx == null || cy == null || cx <= 0 || cy <= 0) {
            return "no signal";
        }
        Integer interlaced = signal.interlaced;
        Double frameRate = signal.frameRate;
        return cx + "x" + cy + (interlaced == null ? "" : interlaced != 0 ? "i" : "p") + " "
                + (frameRate == null ? "?" : String.format(Locale.ROOT, "%.2f", frameRate)) + " fps";
    }

    private static String disk(DiskInfo disk) {
        StorageStatus storage = disk.storageStatus();
        if (storage == null) {
            return "?";
        }
        if (!storage.isMounted()) {
            return storage.name();
        }
        Long freeSec = disk.freeSec;
        String left = freeSec == null
                ? "?"
                : String.format(Locale.ROOT, "%d:%02d", Duration.ofSeconds(Math.max(0, freeSec)).toHours(),
                        Duration.ofSeconds(Math.max(0, freeSec)).toMinutesPart());
        return storage.name() + ", " + gigabytes(disk.usedSize) + " of " + gigabytes(disk.totalSize) + " GB used ("
                + known(disk.usage) + " %), " + known(disk.fileCount) + " files, " + left + " recording time left";
    }

    private static String gigabytes(@Nullable Long bytes) {
        return bytes == null ? "?" : String.format(Locale.ROOT, "%.1f", bytes / BYTES_PER_GB);
    }

    /** A value the reply carried, or {@code ?} for one it did not. */
    private static String known(@Nullable Object value) {
        return value == null ? "?" : value.toString();
    }

    /** Rates as the status reports them (bit/s), shown in kbit/s of 1000 bit. */
    private static String kbps(@Nullable Long bitsPerSecond) {
        return bitsPerSecond == null ? "?" : (bitsPerSecond / 1000) + " kbit/s";
    }
}
