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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.DeviceStatusFlag;
import org.openhab.binding.ultrastream.client.Futures;
import org.openhab.binding.ultrastream.client.ResultCode;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamDeviceException;
import org.openhab.binding.ultrastream.client.UltraStreamPreconditionException;
import org.openhab.binding.ultrastream.client.UpdateMode;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.dto.FirmwareUploadReply;
import org.openhab.binding.ultrastream.client.dto.UpgradeStatus;
import org.openhab.binding.ultrastream.internal.mapping.InfoMapper;
import org.openhab.core.thing.binding.firmware.ProgressCallback;
import org.openhab.core.thing.binding.firmware.ProgressStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One firmware update of one encoder, from the first request to the encoder's return with the new version. A state
 * machine driven by the device's answers and by scheduler ticks: each step starts one exchange with the
 * {@link FirmwareDevice} or schedules the next look, and no thread ever waits.
 * <p>
 * <b>Online</b> (the version the encoder's online check found): {@code update&mode=online}, then
 * {@code upgrade-status} every {@link #POLL} through the download (step 1) and the install (step 2).
 * <b>File</b> (an {@code .mwf} package): {@code upload-update-file}, {@code update&mode=upload}, then the install.
 * Both end with the reboot: {@code get-info} every poll until the encoder answers with the new version, which is the
 * only success. Progress goes to openHAB's {@link ProgressCallback} as steps (DOWNLOADING or TRANSFERRING,
 * UPDATING, REBOOTING) and one percentage that never goes down: each step has its own band of it, since the device's
 * {@code percent} starts again for each step.
 * <p>
 * Failures end the update with a key of the binding's i18n properties: the device refused ({@code refused},
 * {@code busy}, {@code not-found}), the package does not fit ({@code wrong-model}, {@code bad-file},
 * {@code no-space}), nothing moved for {@link #STALL} ({@code stuck}: the download is cancelled;
 * {@code no-progress}), or the encoder did not come back within {@link #COME_BACK} ({@code no-return},
 * {@code wrong-version}).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class FirmwareUpdate {

    /** How often to look, and how long to wait for progress and for the encoder's return. */
    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration STALL = Duration.ofMinutes(5);
    static final Duration COME_BACK = Duration.ofMinutes(10);

    /** The steps, in openHAB's terms; FINISHED once a result was reported. */
    private enum Phase {
        DOWNLOADING,
        TRANSFERRING,
        UPDATING,
        REBOOTING,
        FINISHED
    }

    /** Where each step's share of the overall percentage ends; the reboot takes it to 100 when the encoder is back. */
    private static final int DOWNLOAD_END = 50;
    private static final int TRANSFER_END = 20;
    private static final int INSTALL_END = 90;

    private final Logger logger = LoggerFactory.getLogger(FirmwareUpdate.class);

    private final FirmwareDevice device;
    private final ScheduledExecutorService scheduler;
    private final String thingName;
    private final String version;
    private final @Nullable Path file;
    private final ProgressCallback progress;
    private final List<Phase> sequence;

    // Guarded by this.
    private Phase phase;
    private int stepIndex;
    private int reported = -1;
    private boolean sawRunning;
    private int lastStep = -1;
    private int lastPercent = -1;
    private @Nullable String lastSeenVersion;
    private @Nullable ScheduledFuture<?> lookJob;
    private @Nullable ScheduledFuture<?> deadlineJob;

    /** @param file the package to upload, or null for the online version */
    public FirmwareUpdate(FirmwareDevice device, ScheduledExecutorService scheduler, String thingName, String version,
            @Nullable Path file, ProgressCallback progress) {
        this.device = device;
        this.scheduler = scheduler;
        this.thingName = thingName;
        this.version = version;
        this.file = file;
        this.progress = progress;
        this.sequence = file == null
                ? List.of(Phase.DOWNLOADING, Phase.UPDATING, Phase.REBOOTING)
                : List.of(Phase.TRANSFERRING, Phase.UPDATING, Phase.REBOOTING);
        this.phase = sequence.get(0);
    }

    /** Defines the sequence and sends the first request. */
    public synchronized void start() {
        progress.defineSequence(
                sequence.stream().map(p -> ProgressStep.valueOf(p.name())).toArray(ProgressStep[]::new));
        progress.next();
        report(0);
        Path upload = file;
        // INFO, as its end: an update is rare, asked for by the user, and changes the device for good.
        logger.info("Firmware update of {} to {} starts ({})", thingName, version,
                upload == null ? "online" : upload.getFileName());
        if (upload == null) {
            whenNotChecking(UpdateMode.ONLINE);
        } else {
            then(device.submit(client -> client.uploadUpdateFileAsync(upload)), this::uploaded);
        }
    }

    public synchronized boolean isFinished() {
        return phase == Phase.FINISHED;
    }

    /**
     * Cancels the download of an online update with {@code cancel-download}; in any other step the device cannot
     * stop, and the log says why.
     */
    public synchronized void cancel() {
        String why = switch (phase) {
            case DOWNLOADING -> null;
            case TRANSFERRING -> "the package is being sent to the encoder, which cannot be interrupted";
            case UPDATING -> "the encoder is installing the firmware, which cannot be stopped";
            case REBOOTING -> "the firmware is installed and the encoder is restarting";
            case FINISHED -> "no update runs";
        };
        if (why != null) {
            // WARN, as below: the user asked for something that does not happen.
            logger.warn("The firmware update of {} cannot be cancelled: {}", thingName, why);
            return;
        }
        then(device.submit(UltraStreamClient::cancelDownloadAsync), (code, error) -> {
            if (error != null) {
                logger.warn("The firmware update of {} could not be cancelled: {}", thingName, message(error));
                return;
            }
            clearUpgrade();
            logger.info("Firmware update of {} cancelled", thingName);
            finish(() -> progress.canceled());
        });
    }

    /**
     * The handler goes away (thing disabled, removed or reconfigured): no more looks at the device; the update ends
     * as failed, since its outcome will not be seen. The encoder itself carries on.
     */
    public synchronized void abandon() {
        fail("firmware.update.abandoned");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Starting

    private void uploaded(@Nullable FirmwareUploadReply reply, @Nullable Throwable error) {
        if (error != null || reply == null) {
            fail(error);
            return;
        }
        if (!version.equals(reply.version.trim())) {
            fail("firmware.update.file-version", reply.version.trim(), version);
            return;
        }
        report(TRANSFER_END);
        whenNotChecking(UpdateMode.UPLOAD);
    }

    /**
     * Sends {@code update} once no online check runs (the device refuses an update during one, and one may have
     * started since openHAB asked whether the update may run); a check takes seconds, the stall deadline bounds it.
     */
    private void whenNotChecking(UpdateMode mode) {
        armDeadline(STALL, this::stalled);
        then(device.submit(UltraStreamClient::getStatusAsync), (status, error) -> {
            if (status != null && status.statusFlags().contains(DeviceStatusFlag.STATUS_CHECK_UPGRADE)) {
                scheduler.schedule(() -> {
                    synchronized (this) {
                        if (phase != Phase.FINISHED) {
                            whenNotChecking(mode);
                        }
                    }
                }, POLL.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                then(device.submit(client -> client.updateAsync(mode)), (code, startError) -> started(startError));
            }
        });
    }

    private void started(@Nullable Throwable error) {
        if (error != null) {
            fail(error);
            return;
        }
        armDeadline(STALL, this::stalled);
        look(Duration.ZERO);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Download and install: upgrade-status

    private void look(Duration delay) {
        lookJob = scheduler.schedule(() -> {
            synchronized (this) {
                if (phase == Phase.REBOOTING) {
                    then(device.submit(UltraStreamClient::getInfoAsync), this::lookedAtInfo);
                } else if (phase != Phase.FINISHED) {
                    then(device.submit(UltraStreamClient::getStatusAsync), this::lookedAtStatus);
                }
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void lookedAtStatus(@Nullable DeviceStatus status, @Nullable Throwable error) {
        if (status == null) {
            logger.debug("No upgrade-status from {}: {}", thingName, error == null ? "" : message(error));
            if (phase == Phase.UPDATING) {
                rebooting(); // an install ends in a restart; whether the new version runs is what counts
            } else {
                look(POLL); // a download goes on without us; the stall deadline decides
            }
            return;
        }
        UpgradeStatus upgrade = status.upgradeStatus;
        if (upgrade.isRunning()) {
            sawRunning = true;
            boolean downloading = file == null && upgrade.step <= 1;
            // a reply without a percentage leaves the progress where it was
            Integer reported = upgrade.percent;
            int percent = reported == null ? Math.max(lastPercent, 0) : reported;
            moveTo(downloading ? Phase.DOWNLOADING : Phase.UPDATING);
            report(downloading
                    ? band(0, DOWNLOAD_END, percent)
                    : band(file == null ? DOWNLOAD_END : TRANSFER_END, INSTALL_END, percent));
            if (upgrade.step != lastStep || percent != lastPercent) {
                lastStep = upgrade.step;
                lastPercent = percent;
                armDeadline(STALL, this::stalled);
            }
            look(POLL);
        } else if (upgrade.result == ResultCode.RET_SUCCEED.code() || (upgrade.isIdle() && sawRunning)) {
            rebooting();
        } else if (upgrade.result == ResultCode.RET_CANCEL.code()) {
            clearUpgrade();
            finish(() -> progress.canceled());
        } else if (ResultCode.isError(upgrade.result)) {
            clearUpgrade();
            failCode(upgrade.result);
        } else {
            look(POLL); // not started yet
        }
    }

    private void stalled() {
        long minutes = Math.max(1, STALL.toMinutes());
        if (phase == Phase.DOWNLOADING) {
            then(device.submit(UltraStreamClient::cancelDownloadAsync), (code, error) -> clearUpgrade());
            fail("firmware.update.stuck", minutes);
        } else if (phase != Phase.FINISHED) {
            fail("firmware.update.no-progress", minutes);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reboot: get-info until the new version answers

    private void rebooting() {
        moveTo(Phase.REBOOTING);
        report(INSTALL_END);
        logger.debug("Firmware of {} installed; waiting for the encoder to restart", thingName);
        armDeadline(COME_BACK, this::didNotReturn);
        look(POLL);
    }

    private void lookedAtInfo(@Nullable DeviceInfo info, @Nullable Throwable error) {
        String running = InfoMapper.firmwareVersion(info);
        if (running != null && running.equals(version)) {
            report(100);
            logger.info("Firmware update of {} to {} succeeded", thingName, version);
            finish(() -> progress.success());
            return;
        }
        if (running != null) {
            lastSeenVersion = running; // the old version: not restarted yet, or the install did not take
        }
        look(POLL);
    }

    private void didNotReturn() {
        String seen = lastSeenVersion;
        if (seen != null) {
            fail("firmware.update.wrong-version", seen, version);
        } else {
            fail("firmware.update.no-return", Math.max(1, COME_BACK.toMinutes()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reporting

    /** The overall percentage of {@code percent} of a step that spans {@code from} to {@code to}. */
    private static int band(int from, int to, int percent) {
        return from + (to - from) * Math.max(0, Math.min(100, percent)) / 100;
    }

    /** Reports a percentage; never a lower one than before, as openHAB requires. */
    private void report(int percent) {
        if (percent > reported && phase != Phase.FINISHED) {
            logger.debug("Firmware update of {}: {} % ({})", thingName, percent, phase);
            reported = percent;
            progress.update(percent);
        }
    }

    /** Moves on to {@code target}, through the steps in between. */
    private void moveTo(Phase target) {
        int targetIndex = sequence.indexOf(target);
        while (stepIndex < targetIndex) {
            stepIndex++;
            phase = sequence.get(stepIndex);
            progress.next();
        }
    }

    private void fail(@Nullable Throwable error) {
        Throwable cause = error == null ? null : Futures.unwrap(error);
        if (cause instanceof UltraStreamDeviceException refused) {
            failCode(refused.rawResult());
        } else if (cause instanceof UltraStreamPreconditionException busy) {
            fail("firmware.update.busy", busy.getMessage());
        } else {
            fail("firmware.update.unreachable", cause == null ? "" : message(cause));
        }
    }

    private void failCode(int code) {
        ResultCode result = ResultCode.of(code);
        switch (result) {
            case ERR_NO_SPACE, ERR_SD_NO_SPACE -> fail("firmware.update.no-space");
            case ERR_MWF_UNSUPPORTED -> fail("firmware.update.wrong-model");
            case ERR_FILE -> fail("firmware.update.bad-file");
            case ERR_NOT_FOUND -> fail("firmware.update.not-found");
            case ERR_BUSY -> fail("firmware.update.busy", result.meaning());
            default -> fail("firmware.update.refused", code, result.meaning());
        }
    }

    private void fail(String key, Object... arguments) {
        logger.debug("Firmware update of {} to {} failed: {} {}", thingName, version, key, List.of(arguments));
        finish(() -> progress.failed(key, arguments));
    }

    /** Reports the result once, and stops every look and deadline. */
    private synchronized void finish(Runnable result) {
        if (phase == Phase.FINISHED) {
            return;
        }
        phase = Phase.FINISHED;
        cancel(lookJob);
        cancel(deadlineJob);
        try {
            result.run();
        } catch (IllegalStateException e) {
            // openHAB ended the update already (its own timeout): nothing more to report.
            logger.debug("Result of the firmware update of {} not taken: {}", thingName, e.getMessage());
        }
    }

    private void armDeadline(Duration after, Runnable action) {
        cancel(deadlineJob);
        deadlineJob = scheduler.schedule(() -> {
            synchronized (this) {
                if (phase != Phase.FINISHED) {
                    action.run();
                }
            }
        }, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Handles the answer under this object's lock, unless the update finished meanwhile. */
    private <T> void then(CompletableFuture<T> exchange, BiConsumer<@Nullable T, @Nullable Throwable> next) {
        exchange.whenComplete((value, error) -> {
            synchronized (this) {
                if (phase == Phase.FINISHED) {
                    return;
                }
                try {
                    next.accept(value, error);
                } catch (IllegalStateException e) {
                    // openHAB ended the update already (its own timeout): stop quietly.
                    logger.debug("Firmware update of {} ended by openHAB: {}", thingName, e.getMessage());
                    finish(() -> {
                    });
                }
            }
        });
    }

    /** {@code clear-upgrade}: the device back to idle after a failed or cancelled update. */
    private void clearUpgrade() {
        device.submit(UltraStreamClient::clearUpgradeAsync);
    }

    private static void cancel(@Nullable ScheduledFuture<?> job) {
        if (job != null) {
            job.cancel(false);
        }
    }

    private static String message(Throwable error) {
        Throwable cause = Futures.unwrap(error);
        String text = cause.getMessage();
        return text == null ? cause.getClass().getSimpleName() : text;
    }
}
