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
package org.openhab.core.types;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in: one offered command, with an optional label.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class CommandOption {

    private final String command;
    private final @Nullable String label;

    public CommandOption(String command, @Nullable String label) {
        this.command = command;
        this.label = label;
    }

    public String getCommand() {
        return command;
    }

    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof CommandOption other && command.equals(other.command)
                && Objects.equals(label, other.label);
    }

    @Override
    public String toString() {
        return "CommandOption [command=" + command + ", label=" + label + "]";
    }
}
