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
 * A check before sending failed (a document rule, a range from {@code get-info}, the mutual-exclusion table, ...): the
 * request was not sent. The message says which rule and why.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class UltraStreamPreconditionException extends UltraStreamException {

    private static final long serialVersionUID = 1L;

    public UltraStreamPreconditionException(String method, String message) {
        super(method, message, null);
    }
}
