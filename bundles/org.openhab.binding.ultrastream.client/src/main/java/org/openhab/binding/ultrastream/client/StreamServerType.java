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

/**
 * The live server types of {@code add-server}, {@code set-server} and {@code start-test-server} (the
 * {@code type} of a {@code stream-server} entry).
 * In wire order: the codes are 0 to 3.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum StreamServerType implements Coded {
    /** A custom RTMP server (URL and key). */
    CUSTOM,
    TWITCH,
    YOUTUBE,
    /** While Facebook is enabled no other live server can be used. */
    FACEBOOK;
}
