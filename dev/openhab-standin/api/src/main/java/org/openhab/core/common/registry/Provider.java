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
package org.openhab.core.common.registry;

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: a source of elements for a registry, telling its listeners when they change.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Provider<@NonNull E> {

    void addProviderChangeListener(ProviderChangeListener<E> listener);

    Collection<E> getAll();

    void removeProviderChangeListener(ProviderChangeListener<E> listener);
}
