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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Gives each test a fresh {@link HandlerHarness} (emulated encoder, handler, mocked callback) and closes it after the
 * test, after the subclass's own clean-up.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class HarnessTestBase {

    private @Nullable HandlerHarness harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = new HandlerHarness();
    }

    @AfterEach
    void closeHarness() throws Exception {
        HandlerHarness h = harness;
        if (h != null) {
            h.close();
        }
    }

    protected HandlerHarness h() {
        HandlerHarness h = harness;
        assertNotNull(h);
        return h;
    }
}
