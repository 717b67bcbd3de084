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

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * One entry of {@code stream-server} of {@code get-settings}: a live server. {@code key}, {@code passwd} and
 * {@code token} are secrets; never log them.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class StreamServer {
    public @Nullable Integer id;
    /** See {@code StreamServerType}. */
    public int type;
    public String url = "";
    public String key = "";
    @SerializedName("is-auth")
    public int isAuth;
    public String user = "";
    public String passwd = "";
    @SerializedName("is-use")
    public @Nullable Integer isUse;
    public String token = "";
    @SerializedName("net-mode")
    public int netMode;
    public String name = "";
}
