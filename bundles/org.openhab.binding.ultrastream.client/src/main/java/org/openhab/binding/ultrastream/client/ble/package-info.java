/**
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
/**
 * The BLE codec of the vendor document's "设备蓝牙协议" section, without a radio: advertising data and scan
 * response ({@link org.openhab.binding.ultrastream.client.ble.BleAdvertisement}), the GATT characteristic values
 * of every exchange ({@link org.openhab.binding.ultrastream.client.ble.GattValues}), the exchanges with their
 * write and read order ({@link org.openhab.binding.ultrastream.client.ble.GattExchange}), and a session
 * ({@link org.openhab.binding.ultrastream.client.ble.BleSession}) that runs them over a
 * {@link org.openhab.binding.ultrastream.client.ble.BleTransport} a BLE stack implements.
 * <p>
 * <b>Byte order.</b> Every multi-byte field of the GATT values and of the manufacturer data is big-endian
 * (network order), as the document writes its constants: {@code 0x5335} goes on the air as {@code 53 35}, the
 * vendor id {@code 0x2935} as {@code 29 35}, an IPv4 address {@code 192.168.1.217} as {@code C0 A8 01 D9}. The one
 * exception is the 32-bit service UUID in the advertising data, which is little-endian as Bluetooth requires and
 * as the document's bytes {@code {0x61, 0xa9, 0x07, 0xad}} for {@code ad07a961} show.
 * <p>
 * <b>Index.</b> Every exchange carries a 16-bit unsigned {@code Index} chosen by the app; the box echoes it
 * unchanged in its reply. A reply whose index differs from the request's is rejected with a
 * {@link org.openhab.binding.ultrastream.client.ble.BleFormatException}. {@code BleSession} starts at a random
 * index and counts up by one per exchange.
 */
package org.openhab.binding.ultrastream.client.ble;
