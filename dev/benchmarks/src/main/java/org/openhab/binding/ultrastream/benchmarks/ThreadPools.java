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
package org.openhab.binding.ultrastream.benchmarks;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.internal.handler.BatchedTimers;
import org.openhab.core.common.ThreadPoolManager;

/**
 * Puts a scheduler of ours in place of one of openHAB's named pools (in the stand-in), so that handlers built
 * afterwards schedule on it. Used to run a binding on {@link VirtualScheduler} time.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class ThreadPools extends ThreadPoolManager {

    /** The pool every {@code BaseThingHandler} schedules on. */
    static final String THING_HANDLER = "thingHandler";

    /** The binding's periodic timers on the current {@code thingHandler} pool; guarded by the class. */
    private static @Nullable BatchedTimers timers;

    private ThreadPools() {
    }

    static synchronized void replace(String poolName, ScheduledExecutorService scheduler) {
        pools.put(poolName, scheduler);
        timers = null;
    }

    /** Back to openHAB's own pool, created afresh on next use. */
    static synchronized void restore(String poolName) {
        pools.remove(poolName);
        timers = null;
    }

    /**
     * The periodic timers of all things on the current {@code thingHandler} pool, as the binding's handler factory
     * keeps one for all its things. Kept here, since each call of {@code getScheduledPool} gives a new wrapper of the
     * pool (as openHAB's does), which cannot tell two things' pools apart.
     */
    static synchronized BatchedTimers timers() {
        BatchedTimers current = timers;
        if (current == null) {
            current = new BatchedTimers(getScheduledPool(THING_HANDLER));
            timers = current;
        }
        return current;
    }
}
