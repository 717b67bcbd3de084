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
package org.openhab.binding.ultrastream.internal.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchedTimers} on a scheduler whose clock the test moves: jobs whose first times lie within the batch share
 * one scheduler task, no job runs late or more than the batch early, and a cancelled or failing job leaves the
 * others running.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class BatchedTimersTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final BatchedTimers timers = new BatchedTimers(scheduler);
    /** Which job ran at which time of the scheduler's clock, in order. */
    private final List<String> runs = new ArrayList<>();
    private long now;

    private Runnable job(String name) {
        return () -> runs.add(name + "@" + now);
    }

    private void advanceTo(long millis) {
        // One step at a time, so that each run is logged with the time it ran at.
        while (now < millis) {
            now++;
            scheduler.advance(1);
        }
    }

    @Test
    void jobsWhoseFirstTimesLieWithinTheBatchShareOneTaskAndRunAtTheFirstsTime() {
        timers.every(100, 1000, job("a"));
        timers.every(100 + BatchedTimers.BATCH_MILLIS, 1000, job("b"));
        assertEquals(1, timers.taskCount());
        assertEquals(1, scheduler.pendingCount());

        advanceTo(2100);
        // b runs at most the batch early, and at a fixed rate from there: its early start does not add up
        assertEquals(List.of("a@100", "b@100", "a@1100", "b@1100", "a@2100", "b@2100"), runs);
    }

    @Test
    void aJobNeverRunsLateToShareATask() {
        timers.every(100, 1000, job("a"));
        timers.every(99, 1000, job("early"));
        long late = 100 + BatchedTimers.BATCH_MILLIS + 1;
        timers.every(late, 1000, job("late"));
        assertEquals(3, timers.taskCount());

        advanceTo(1000 + late);
        assertEquals(List.of("early@99", "a@100", "late@" + late, "early@1099", "a@1100", "late@" + (1000 + late)),
                runs);
    }

    @Test
    void jobsOfDifferentPeriodsDoNotShare() {
        timers.every(100, 1000, job("poll"));
        timers.every(100, 300_000, job("settings"));
        assertEquals(2, timers.taskCount());
    }

    @Test
    void aCancelledJobStopsAndTheTaskEndsWithItsLastJob() {
        BatchedTimers.Timer a = timers.every(100, 1000, job("a"));
        BatchedTimers.Timer b = timers.every(110, 1000, job("b"));
        advanceTo(100);
        a.cancel();
        advanceTo(1100);
        assertEquals(List.of("a@100", "b@100", "b@1100"), runs);

        b.cancel();
        assertEquals(0, timers.taskCount());
        assertEquals(0, scheduler.pendingCount(), "no scheduler task is left behind");
        advanceTo(3000);
        assertEquals(3, runs.size());
    }

    @Test
    void aFailingJobLeavesTheOthersAndItsOwnNextRuns() {
        timers.every(100, 1000, () -> {
            runs.add("failing@" + now);
            throw new IllegalStateException("a bug");
        });
        timers.every(105, 1000, job("b"));

        advanceTo(1100);
        assertEquals(List.of("failing@100", "b@100", "failing@1100", "b@1100"), runs);
    }
}
