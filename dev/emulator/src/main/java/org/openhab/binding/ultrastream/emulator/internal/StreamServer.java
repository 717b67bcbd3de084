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
package org.openhab.binding.ultrastream.emulator.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One live push target of {@code stream-server} in {@code get-settings}, field for field.
 */
@NonNullByDefault
public final class StreamServer {

    public static final int TYPE_CUSTOM = 0;
    public static final int TYPE_FACEBOOK = 3;

    public final int id;
    public int type;
    public String url = "";
    public String key = "";
    public int isAuth;
    public String user = "";
    public String passwd = "";
    public int isUse;
    public String token = "";
    public int netMode = 1;
    public String name = "";

    public StreamServer(int id) {
        this.id = id;
    }

    /**
     * The document's duplicate rule: custom servers are the same when URL and key match, the others when
     * the key matches.
     */
    public boolean sameTargetAs(StreamServer other) {
        if (type != other.type) {
            return false;
        }
        return type == TYPE_CUSTOM ? url.equals(other.url) && key.equals(other.key) : key.equals(other.key);
    }
}
