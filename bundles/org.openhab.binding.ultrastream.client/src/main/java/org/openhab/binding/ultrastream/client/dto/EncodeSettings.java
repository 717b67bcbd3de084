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
 * The reply of {@code get-settings} of the Ultra Encode family: the settings it shares with the Ultra Stream (the
 * name, {@code stream-server[]}) and the AIO's input and mixer. The vendor publishes no page for it; the fields are
 * those of real AIO settings. A group the reply lacks is empty.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
public class EncodeSettings extends DeviceSettings {
    @SerializedName("input-source")
    public InputSourceSettings inputSource = new InputSourceSettings();
}
