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
package org.openhab.binding.ultrastream.client.dto;

import com.google.gson.annotations.SerializedName;

/**
 * {@code living-test} of {@code get-status}: the live server test. Reset with {@code clear-test-server}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class LivingTest extends Progress {
    /** Upload speed measured by the test. */
    @SerializedName("upload-bps")
    public long uploadBps;
    /** Network type used. */
    public int net;
}
