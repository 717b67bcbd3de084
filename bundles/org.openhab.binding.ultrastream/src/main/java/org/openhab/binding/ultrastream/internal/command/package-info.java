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
/**
 * What a command to the encoder means, whoever sends it: a channel command, a rule action or the console. One
 * parser per kind of value ({@link org.openhab.binding.ultrastream.internal.command.CommandValues}).
 */
package org.openhab.binding.ultrastream.internal.command;
