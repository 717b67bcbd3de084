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
package org.openhab.core.thing.link;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.AbstractRegistry;
import org.openhab.core.common.registry.Provider;
import org.openhab.core.thing.UID;

/**
 * Stand-in: a registry of links, queried by the linked {@link UID} (openHAB keeps an index; the few links of a
 * test are scanned).
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractLinkRegistry<L extends AbstractLink, P extends Provider<L>>
        extends
            AbstractRegistry<L, String, P> {

    protected AbstractLinkRegistry(final Class<P> providerClazz) {
        super(providerClazz);
    }

    public boolean isLinked(final UID uid) {
        return !getLinks(uid).isEmpty();
    }

    public Set<String> getLinkedItemNames(final UID uid) {
        return getLinks(uid).stream().map(AbstractLink::getItemName).collect(Collectors.toSet());
    }

    public Set<L> getLinks(final UID uid) {
        return stream().filter(link -> uid.equals(link.getLinkedUID())).collect(Collectors.toSet());
    }
}
