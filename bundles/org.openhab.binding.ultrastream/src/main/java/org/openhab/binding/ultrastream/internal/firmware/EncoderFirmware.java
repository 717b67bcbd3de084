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
package org.openhab.binding.ultrastream.internal.firmware;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.MutualExclusion;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.FirmwareInfo;
import org.openhab.binding.ultrastream.internal.mapping.InfoMapper;
import org.openhab.binding.ultrastream.internal.mapping.StatusMapper;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.firmware.Firmware;
import org.openhab.core.thing.binding.firmware.FirmwareBuilder;
import org.openhab.core.thing.binding.firmware.ProgressCallback;
import org.openhab.core.thing.binding.firmware.ProgressStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The firmware side of one encoder's handler: whether an update may start, the one {@link FirmwareUpdate} that runs,
 * its cancellation, and what the encoder's online check found. openHAB's firmware update service and the rule
 * actions both come here.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EncoderFirmware {

    /** Firmware property: where the firmware comes from, {@link #SOURCE_ONLINE} or {@link #SOURCE_FILE}. */
    public static final String PROPERTY_SOURCE = "source";
    /** Firmware property of a package: its file name in the firmware folder. */
    public static final String PROPERTY_FILE = "file";
    public static final String SOURCE_ONLINE = "online";
    public static final String SOURCE_FILE = "file";

    /** What the encoder's online check found: a version newer than the installed one, and its changelog. */
    public record OnlineFirmware(String version, String changelog) {
    }

    /** What a version from the network may look like; anything else is not offered. */
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z._-]{1,32}");
    private static final int MAX_CHANGELOG = 2000;

    private final Logger logger = LoggerFactory.getLogger(EncoderFirmware.class);
    private final FirmwareDevice device;
    private final ScheduledExecutorService scheduler;
    private final String thingName;
    private final ThingTypeUID thingType;
    /** Whether an online check was asked for since the last connect; a check per connection is enough. */
    private final AtomicBoolean checkAsked = new AtomicBoolean();
    private @Nullable FirmwareUpdate running;

    public EncoderFirmware(FirmwareDevice device, ScheduledExecutorService scheduler, Thing thing) {
        this.device = device;
        this.scheduler = scheduler;
        this.thingName = thing.getUID().toString();
        this.thingType = thing.getThingTypeUID();
    }

    /**
     * Whether an update may start: the thing is ONLINE, no update runs, and nothing runs that the device's
     * exclusion table forbids during an update (recording, live, a format, a speed or live test), nor an online check.
     */
    public boolean isUpdateExecutable() {
        DeviceStatus status = device.getLatestStatus();
        if (!device.isOnline() || isRunning() || status == null) {
            return false;
        }
        Set<DeviceStatusFlag> flags = status.statusFlags();
        return MutualExclusion.conflict(MutualExclusion.Request.FIRMWARE_UPDATE, flags) == null
                && !flags.contains(DeviceStatusFlag.STATUS_UPGRADE)
                && !flags.contains(DeviceStatusFlag.STATUS_CHECK_UPGRADE);
    }

    public synchronized boolean isRunning() {
        FirmwareUpdate current = running;
        return current != null && !current.isFinished();
    }

    /** Starts updating to {@code firmware}, which this binding's firmware provider made; returns at once. */
    public synchronized void update(Firmware firmware, ProgressCallback progress) {
        if (isRunning()) {
            progress.failed("firmware.update.running");
            return;
        }
        Path file = null;
        if (SOURCE_FILE.equals(firmware.getProperties().get(PROPERTY_SOURCE))) {
            // Only a file of the firmware folder, by its name: nothing else in the firmware may point elsewhere.
            MwfFile mwf = MwfFile.of(UltraStreamFirmwareProvider.firmwareFolder()
                    .resolve(Path.of(firmware.getProperties().getOrDefault(PROPERTY_FILE, ""))
                            .getFileName().toString()));
            if (mwf == null || !mwf.version().equals(firmware.getVersion())) {
                progress.failed("firmware.update.bad-file");
                return;
            }
            file = mwf.path();
        } else if (!SOURCE_ONLINE.equals(firmware.getProperties().get(PROPERTY_SOURCE))) {
            progress.failed("firmware.update.not-found");
            return;
        }
        FirmwareUpdate update = new FirmwareUpdate(device, scheduler, thingName, firmware.getVersion(), file,
                progress);
        running = update;
        update.start();
    }

    public synchronized void cancel() {
        FirmwareUpdate current = running;
        if (current == null) {
            // WARN, as below: the user asked for something that does not happen.
            logger.warn("The firmware update of {} cannot be cancelled: no update runs", thingName);
        } else {
            current.cancel();
        }
    }

    /**
     * For a rule: installs the version the online check found, the same way as from openHAB's firmware service.
     *
     * @return whether the update started
     */
    public boolean installOnline() {
        OnlineFirmware online = onlineFirmware();
        if (online == null || !isUpdateExecutable()) {
            logger.warn("No firmware update of {} started: {}", thingName,
                    online == null
                            ? "the online check found no newer firmware"
                            : "the encoder is not online, or busy with something an update must not interrupt");
            return false;
        }
        update(FirmwareBuilder.create(thingType, online.version())
                .withProperties(Map.of(PROPERTY_SOURCE, SOURCE_ONLINE)).build(), new LoggingProgress());
        return true;
    }

    /**
     * Asks the encoder to look for new firmware online ({@code online-update-check}); its finding shows in the next
     * get-status. Returns at once; false when the thing is not online.
     */
    public boolean checkOnline() {
        if (!device.isOnline()) {
            return false;
        }
        checkAsked.set(true);
        device.submit(UltraStreamClient::onlineUpdateCheckAsync).whenComplete((code, error) -> {
            if (error != null) {
                logger.debug("Online firmware check of {} not started: {}", thingName, error.getMessage());
            }
        });
        return true;
    }

    /** The handler is disposed: an update in progress is no longer followed. */
    public synchronized void dispose() {
        FirmwareUpdate current = running;
        if (current != null && !current.isFinished()) {
            current.abandon();
        }
    }

    /** The handler connected (again): the installed firmware may have changed, so a new online check may be asked. */
    public void connected() {
        checkAsked.set(false);
    }

    /**
     * The newer version the encoder's online check found, from the handler's latest get-status; null when none is
     * known. When none is known and no check was asked for since the thing connected, one is asked for now (it
     * returns at once; the finding shows up later).
     */
    public @Nullable OnlineFirmware onlineFirmware() {
        DeviceStatus status = device.getLatestStatus();
        String installed = InfoMapper.firmwareVersion(device.getLatestInfo());
        FirmwareInfo found = status == null ? null : status.upgrade;
        String version = StatusMapper.newFirmwareVersion(found, installed);
        if (found == null || version == null || installed == null || !VERSION.matcher(version).matches()
                || !FirmwareBuilder.create(thingType, version).build().isSuccessorVersion(installed)) {
            if (status != null && !checkAsked.get() && isUpdateExecutable()) {
                checkOnline();
            }
            return null;
        }
        StringBuilder changelog = new StringBuilder();
        found.info.stream().filter(entry -> entry != null && !entry.changelog.isBlank())
                .forEach(entry -> changelog.append(entry.version).append(": ").append(entry.changelog).append('\n'));
        // Network text: no control characters but line breaks, and bounded.
        String text = changelog.toString().replaceAll("[\\p{Cntrl}&&[^\n]]", " ").trim();
        return new OnlineFirmware(version, text.length() > MAX_CHANGELOG ? text.substring(0, MAX_CHANGELOG) : text);
    }

    /**
     * The progress of an update a rule started, which no firmware update service shows: {@link FirmwareUpdate} logs
     * its start, percentages and success; a failure is logged here, in plain words.
     */
    private final class LoggingProgress implements ProgressCallback {

        @Override
        public void defineSequence(ProgressStep... sequence) {
        }

        @Override
        public void next() {
        }

        @Override
        public void update(int progress) {
        }

        @Override
        public void pending() {
        }

        @Override
        public void success() {
        }

        @Override
        public void canceled() {
        }

        @Override
        public void failed(String errorMessageKey, Object... arguments) {
            // WARN: the rule only learnt that the update started; the encoder may need the user now.
            logger.warn("Firmware update of {} failed: {}", thingName,
                    Objects.requireNonNullElse(FirmwareMessages.text(errorMessageKey, arguments), errorMessageKey));
        }
    }
}
