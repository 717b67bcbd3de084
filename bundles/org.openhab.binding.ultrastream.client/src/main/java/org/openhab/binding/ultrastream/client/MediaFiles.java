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

import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Names and paths of recorded files. A file name comes from the device, so it is treated as untrusted: it must be
 * a plain name, and the local target is checked to stay inside the chosen folder.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class MediaFiles {

    private MediaFiles() {
    }

    /** Null when {@code name} is a plain file name, otherwise what is wrong with it. */
    static @Nullable String checkFileName(String name) {
        if (name.isEmpty() || ".".equals(name) || "..".equals(name)) {
            return "not a file name: '" + name + "'";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || name.indexOf(':') >= 0) {
            return "file name must not contain /, \\, : or NUL: '" + name + "'";
        }
        return null;
    }

    /** The target for {@code name} in {@code folder}, or null when it would not lie directly inside it. */
    static @Nullable Path targetInside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        return base.equals(target.getParent()) ? target : null;
    }

    /** {@code /download<path>/<name>}, the download server's path for a file of a listing. */
    static String downloadPath(String listingPath, String name) {
        String folder = listingPath.endsWith("/") ? listingPath.substring(0, listingPath.length() - 1) : listingPath;
        return "/download" + folder + "/" + name;
    }
}
