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
package org.openhab.core;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: where openHAB keeps its files. Only the user data folder is here: the system property
 * {@code openhab.userdata}, else {@code userdata} (relative to the working directory), as in openHAB.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class OpenHAB {

    public static final String USERDATA_DIR_PROG_ARGUMENT = "openhab.userdata";

    public static final String DEFAULT_USERDATA_FOLDER = "userdata";

    public static String getUserDataFolder() {
        String folder = System.getProperty(USERDATA_DIR_PROG_ARGUMENT);
        return folder != null ? folder : DEFAULT_USERDATA_FOLDER;
    }
}
