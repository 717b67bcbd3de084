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
 * Gson data objects for the replies of the Ultra Stream HTTP API ({@code /usapi}), field by field as the vendor
 * document names them ({@code @SerializedName}). Parsing is tolerant: unknown fields are ignored, and a missing or
 * null group is an empty one. The fields that reach a channel, a check or a set command are boxed or
 * {@code @Nullable}: a field the reply lacks, or sends with the wrong type, is null, so that absence shows and is
 * never taken for a value. The other fields (settings nothing maps yet) keep their Java defaults.
 */
package org.openhab.binding.ultrastream.client.dto;
