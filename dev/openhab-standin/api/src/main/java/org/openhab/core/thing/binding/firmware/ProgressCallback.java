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
package org.openhab.core.thing.binding.firmware;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: how a {@link FirmwareUpdateHandler} reports the progress of an update to openHAB. openHAB's rules (its
 * {@code ProgressCallbackImpl}): the sequence is defined first; {@code next()} moves to the next step and throws at
 * the end; {@code update(percent)} takes 0 to 100 and never less than before; {@code success()} needs the last step
 * or 100 %; after {@code success}, {@code failed} or {@code canceled} every call throws.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ProgressCallback {

    void defineSequence(ProgressStep... sequence);

    void next();

    void failed(String errorMessageKey, Object... arguments);

    void success();

    void pending();

    void canceled();

    void update(int progress);
}
