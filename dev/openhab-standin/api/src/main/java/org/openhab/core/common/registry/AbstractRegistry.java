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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: a registry of the elements its providers offer. Providers are added with {@link #addProvider}
 * (openHAB tracks them as OSGi services). There is no managed provider here, so {@link #add}, {@link #update}
 * and {@link #remove} fail as openHAB's do when none is set.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractRegistry<@NonNull E extends Identifiable<K>, @NonNull K, @NonNull P extends Provider<E>>
        implements
            ProviderChangeListener<E>,
            Registry<E, K> {

    private final Map<Provider<E>, List<E>> providerToElements = new ConcurrentHashMap<>();
    private final Collection<RegistryChangeListener<E>> listeners = new CopyOnWriteArraySet<>();

    protected AbstractRegistry(final @Nullable Class<P> providerClazz) {
    }

    @Override
    public void added(Provider<E> provider, E element) {
        List<E> elements = providerToElements.get(provider);
        if (elements != null && get(element.getUID()) == null) {
            elements.add(element);
            listeners.forEach(listener -> listener.added(element));
        }
    }

    @Override
    public void removed(Provider<E> provider, E element) {
        List<E> elements = providerToElements.get(provider);
        if (elements != null && elements.remove(element)) {
            listeners.forEach(listener -> listener.removed(element));
        }
    }

    @Override
    public void updated(Provider<E> provider, E oldElement, E element) {
        List<E> elements = providerToElements.get(provider);
        if (elements != null && elements.remove(oldElement)) {
            elements.add(element);
            listeners.forEach(listener -> listener.updated(oldElement, element));
        }
    }

    @Override
    public void addRegistryChangeListener(RegistryChangeListener<E> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeRegistryChangeListener(RegistryChangeListener<E> listener) {
        listeners.remove(listener);
    }

    @Override
    public Collection<E> getAll() {
        List<E> all = new ArrayList<>();
        providerToElements.values().forEach(all::addAll);
        return all;
    }

    @Override
    public Stream<E> stream() {
        return getAll().stream();
    }

    @Override
    public @Nullable E get(K key) {
        return stream().filter(element -> key.equals(element.getUID())).findFirst().orElse(null);
    }

    @Override
    public E add(E element) {
        throw new IllegalStateException("ManagedProvider is not available");
    }

    @Override
    public @Nullable E update(E element) {
        throw new IllegalStateException("ManagedProvider is not available");
    }

    @Override
    public @Nullable E remove(K key) {
        throw new IllegalStateException("ManagedProvider is not available");
    }

    protected void addProvider(Provider<E> provider) {
        if (providerToElements.putIfAbsent(provider, new CopyOnWriteArrayList<>()) == null) {
            provider.getAll().forEach(element -> added(provider, element));
            provider.addProviderChangeListener(this);
        }
    }

    protected void removeProvider(Provider<E> provider) {
        provider.removeProviderChangeListener(this);
        List<E> elements = providerToElements.remove(provider);
        if (elements != null) {
            elements.forEach(element -> listeners.forEach(listener -> listener.removed(element)));
        }
    }
}
