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
package org.openhab.binding.ultrastream.internal.console;

import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.BINDING_ID;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.SUPPORTED_THING_TYPES;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.ConsoleCommandCompleter;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code openhab:ultrastream} console command: {@code list} shows every encoder thing with its status, address
 * and serial number; {@code status <thingUID>} shows the latest status its handler read. Neither talks to a device:
 * they show what the handler already has.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ConsoleCommandExtension.class)
public class UltraStreamConsoleCommandExtension extends AbstractConsoleCommandExtension
        implements
            ConsoleCommandCompleter {

    static final String LIST = "list";
    static final String STATUS = "status";

    private final ThingRegistry thingRegistry;

    @Activate
    public UltraStreamConsoleCommandExtension(final @Reference ThingRegistry thingRegistry) {
        super(BINDING_ID, "List the Magewell Ultra Stream encoders and show their status.");
        this.thingRegistry = thingRegistry;
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage(LIST, "lists the encoder things with status, address and serial number"),
                buildCommandUsage(STATUS + " <thingUID>", "shows the latest status read from an encoder"));
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length == 1 && LIST.equals(args[0])) {
            list(console);
        } else if (args.length == 2 && STATUS.equals(args[0])) {
            status(args[1], console);
        } else {
            printUsage(console);
        }
    }

    @Override
    public @Nullable ConsoleCommandCompleter getCompleter() {
        return this;
    }

    /** Completes the subcommand, and the thing UID after {@code status}. */
    @Override
    public boolean complete(String[] args, int cursorArgumentIndex, int cursorPosition, List<String> candidates) {
        String typed = typedBeforeCursor(args, cursorArgumentIndex, cursorPosition);
        Stream<String> options;
        if (cursorArgumentIndex == 0) {
            options = Stream.of(LIST, STATUS);
        } else if (cursorArgumentIndex == 1 && args.length > 0 && STATUS.equals(args[0])) {
            options = encoders().map(thing -> thing.getUID().toString());
        } else {
            return false;
        }
        List<String> matching = options.filter(option -> option.startsWith(typed)).map(option -> option + " ")
                .toList();
        candidates.addAll(matching);
        return !matching.isEmpty();
    }

    /** The argument under the cursor, up to the cursor: what openHAB's own completers match against. */
    private static String typedBeforeCursor(String[] args, int argumentIndex, int cursorPosition) {
        if (argumentIndex < 0 || argumentIndex >= args.length) {
            return "";
        }
        String argument = args[argumentIndex];
        return argument.substring(0, Math.max(0, Math.min(cursorPosition, argument.length())));
    }

    private void list(Console console) {
        List<Thing> things = encoders().toList();
        if (things.isEmpty()) {
            console.println("No Ultra Stream things.");
            return;
        }
        console.println(StatusSummary.listHeading());
        things.forEach(thing -> console.println(StatusSummary.listLine(thing)));
    }

    private void status(String uid, Console console) {
        Thing thing = encoders().filter(candidate -> candidate.getUID().toString().equals(uid)).findFirst()
                .orElse(null);
        if (thing == null) {
            console.println("No Ultra Stream thing " + uid + ". 'ultrastream list' shows them.");
            return;
        }
        // A thing that is not initialized has no handler of ours, hence nothing read yet.
        UltraStreamHandler handler = thing.getHandler() instanceof UltraStreamHandler ours ? ours : null;
        StatusSummary.statusLines(thing, handler == null ? null : handler.getLatestStatus(),
                handler == null ? null : handler.getLatestSettings()).forEach(console::println);
    }

    private Stream<Thing> encoders() {
        return thingRegistry.getAll().stream().filter(thing -> SUPPORTED_THING_TYPES.contains(thing.getThingTypeUID()))
                .sorted(Comparator.comparing(thing -> thing.getUID().toString()));
    }
}
