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
import org.openhab.binding.ultrastream.client.PushTarget;
import org.openhab.binding.ultrastream.client.StorageStatus;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.DiskInfo;
import org.openhab.binding.ultrastream.client.dto.InputSignal;
import org.openhab.binding.ultrastream.client.dto.RecStatus;
import org.openhab.binding.ultrastream.client.dto.StreamServer;
import org.openhab.core.thing.Thing;

/**
 * The console's text for one encoder: the one-line entry of {@code ultrastream list} and the lines of
 * {@code ultrastream status}, built from the thing and the latest replies its handler keeps. No I/O.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class StatusSummary {

    private static final String HOSTNAME = "hostname";
    private static final String PORT = "port";
    private static final int DEFAULT_PORT = 80;
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
        lines.add("  device name: " + status.boxName + ", device time: " + status.curTime);
        lines.add("  status flags: " + flags(status));
        lines.add("  recording: " + activity(status.statusFlags().contains(DeviceStatusFlag.STATUS_RECORD),
                status.recStatus));
        lines.add("  live: " + activity(status.statusFlags().contains(DeviceStatusFlag.STATUS_LIVING),
                status.liveStatus));
        if (status.statusFlags().contains(DeviceStatusFlag.STATUS_LIVING) && settings != null) {
            for (PushTarget target : PushTarget.of(status.liveStatus, settings)) {
                StreamServer server = target.server();
                if (server != null) {
                    lines.add("    target " + (target.index() + 1) + " '" + server.name + "': " + target.state().name()
                            + ", " + kbps(target.curBps()));
                }
            }
        }
        lines.add("  input: " + input(status.inputSignal));
        lines.add("  usb: " + disk(status.usb));
        lines.add("  sd: " + disk(status.sd));
        return lines;
    }

    private static String address(Thing thing) {
        Object host = thing.getConfiguration().get(HOSTNAME);
        Object port = thing.getConfiguration().get(PORT);
        String text = host == null ? "?" : host.toString();
        if (port instanceof Number number && number.intValue() != DEFAULT_PORT) {
            text += ":" + number.intValue();
        }
        return text;
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
        Duration elapsed = Duration.ofMillis(Math.max(0, rec.runMs));
        return String.format(Locale.ROOT, "running for %d:%02d:%02d, %s (average %s)", elapsed.toHours(),
                elapsed.toMinutesPart(), elapsed.toSecondsPart(), kbps(rec.curBps), kbps(rec.avgBps));
    }

    private static String input(InputSignal signal) {
        if (signal.cx <= 0 || signal.cy <= 0) {
            return "no signal";
        }
        return String.format(Locale.ROOT, "%dx%d%s %.2f fps", signal.cx, signal.cy,
                signal.interlaced != 0 ? "i" : "p", signal.frameRate);
    }

    private static String disk(DiskInfo disk) {
        StorageStatus storage = disk.storageStatus();
        if (!storage.isMounted()) {
            return storage.name();
        }
        Duration left = Duration.ofSeconds(Math.max(0, disk.freeSec));
        return String.format(Locale.ROOT, "%s, %.1f of %.1f GB used (%d %%), %d files, %d:%02d recording time left",
                storage.name(), disk.usedSize / BYTES_PER_GB, disk.totalSize / BYTES_PER_GB, disk.usage,
                disk.fileCount, left.toHours(), left.toMinutesPart());
    }

    /** Rates as the status reports them (bit/s), shown in kbit/s of 1000 bit. */
    private static String kbps(long bitsPerSecond) {
        return (bitsPerSecond / 1000) + " kbit/s";
    }
}
