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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test opens before it runs and closes after it: registered with {@code @RegisterExtension}, JUnit does both
 * around every test; a test that wants one more opens it in a try-with-resources.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface OpenedForEachTest extends BeforeEachCallback, AfterEachCallback, AutoCloseable {

    /** Starts what the test needs, and returns itself. */
    OpenedForEachTest open() throws Exception;

    @Override
    default void beforeEach(@Nullable ExtensionContext context) throws Exception {
        open();
    }

    @Override
    default void afterEach(@Nullable ExtensionContext context) throws Exception {
        close();
    }
}
