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
package org.openhab.binding.ultrastream.client.ble;

import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The UUIDs of the vendor document's BLE section ("设备蓝牙协议"). The five {@code Buffer-n} characteristics of
 * the GATT service are in {@link BleBuffer}.
 */
@NonNullByDefault
public final class BleUuids {

    /** The standard Device Information service. */
    public static final UUID DEVICE_INFO_SERVICE = UUID.fromString("0000180a-0000-1000-8000-00805f9b34fb");
    /** Device Information: manufacturer, {@code MAGEWELL}. */
    public static final UUID MANUFACTURER_NAME = UUID.fromString("00002a29-0000-1000-8000-00805f9b34fb");
    /** Device Information: model, e.g. {@code ULTRA STREAM HDMI}. */
    public static final UUID MODEL_NUMBER = UUID.fromString("00002a24-0000-1000-8000-00805f9b34fb");
    /** Device Information: serial number, e.g. {@code C301170101001}. */
    public static final UUID SERIAL_NUMBER = UUID.fromString("00002a25-0000-1000-8000-00805f9b34fb");
    /** Device Information: firmware version, e.g. {@code 1.3.11}. */
    public static final UUID FIRMWARE_REVISION = UUID.fromString("00002a26-0000-1000-8000-00805f9b34fb");

    /** The service the app talks to the box through (status, password, Wi-Fi, AP mode, AP info). */
    public static final UUID GATT_SERVICE = UUID.fromString("e20a39f4-73f5-4bc4-a12f-17d1ad07a961");

    /** The 32-bit service UUID in the advertising data, for scanning by UUID. */
    public static final int ADVERTISED_SERVICE_32 = 0xad07a961;
    /** {@link #ADVERTISED_SERVICE_32} on the Bluetooth base UUID. */
    public static final UUID ADVERTISED_SERVICE = UUID.fromString("ad07a961-0000-1000-8000-00805f9b34fb");

    private BleUuids() {
    }
}
