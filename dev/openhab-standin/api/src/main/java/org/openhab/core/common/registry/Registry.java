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
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: a registry of elements by key, offered as an OSGi service through its sub-interfaces.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 *
 * @param <E> type of the elements
 * @param <K> type of their keys
 */
@NonNullByDefault
public interface Registry<@NonNull E extends Identifiable<K>, @NonNull K> {

    void addRegistryChangeListener(RegistryChangeListener<E> listener);

    Collection<E> getAll();

    Stream<E> stream();

    @Nullable
    E get(K key);

    void removeRegistryChangeListener(RegistryChangeListener<E> listener);

    /** Adds the element; throws {@link IllegalStateException} when there is nowhere to add it. */
    E add(E element);

    /** Returns the element replaced, or null when there was none with the same key. */
    @Nullable
    E update(E element);

    /** Returns the element removed, or null when there was none with this key. */
    @Nullable
    E remove(K key);
}
