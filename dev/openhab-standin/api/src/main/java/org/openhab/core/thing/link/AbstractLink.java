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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.thing.UID;

/**
 * Stand-in: a link between an item (by name) and something with a {@link UID}; its id is
 * "{@code itemName -> uid}", as in openHAB.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractLink implements Identifiable<String> {

    public static String getIDFor(String itemName, UID uid) {
        return itemName + " -> " + uid;
    }

    private final String itemName;

    protected AbstractLink(String itemName) {
        this.itemName = itemName;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof AbstractLink other && getUID().equals(other.getUID());
    }

    @Override
    public String getUID() {
        return getIDFor(itemName, getLinkedUID());
    }

    public String getItemName() {
        return itemName;
    }

    public abstract UID getLinkedUID();

    @Override
    public int hashCode() {
        return getUID().hashCode();
    }

    @Override
    public String toString() {
        return getUID();
    }
}
