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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;
import static org.openhab.binding.ultrastream.internal.UltraStreamBindingConstants.THING_TYPE_ENCODER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.internal.action.EmulatedEncoder;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.console.Console;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The console command with an encoder thing whose handler runs against an emulated device, an encoder thing never
 * initialized, and a thing of another binding that must not show.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class UltraStreamConsoleCommandExtensionTest {

    /** Keeps what the command prints, one entry per line; a usage line starts with {@code usage: }. */
    private static final class RecordingConsole implements Console {
        final List<String> lines = new ArrayList<>();

        @Override
        public void print(String s) {
            lines.add(s);
        }

        @Override
        public void println(String s) {
            print(s);
        }

        @Override
        public void printUsage(String s) {
            print("usage: " + s);
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private static Thing idleEncoder() {
        return ThingBuilder.create(THING_TYPE_ENCODER, new ThingUID(THING_TYPE_ENCODER, "C301261125502"))
                .withLabel("Hall").withConfiguration(new Configuration(Map.of("hostname", "192.168.1.217")))
                .withProperties(Map.of(Thing.PROPERTY_SERIAL_NUMBER, "C301261125502")).build();
    }

    private static Thing otherBindingsThing() {
        ThingTypeUID other = new ThingTypeUID("sonos", "one");
        return ThingBuilder.create(other, new ThingUID(other, "kitchen")).withLabel("Kitchen").build();
    }

    @Test
    void listShowsEveryEncoderAndNothingElse() throws Exception {
        try (EmulatedEncoder encoder = new EmulatedEncoder("C301261125501").open()) {
            ThingRegistry registry = mock(ThingRegistry.class);
            when(registry.getAll()).thenReturn(List.of(otherBindingsThing(), idleEncoder(), encoder.thing()));
            RecordingConsole console = new RecordingConsole();

            new UltraStreamConsoleCommandExtension(registry).execute(new String[]{ "list" }, console);

            assertEquals(3, console.lines.size(), console.text());
            assertTrue(console.lines.get(0).startsWith("Thing "), console.text());
            assertTrue(console.lines.get(1).startsWith("ultrastream:encoder:C301261125501 "), console.text());
            assertTrue(console.lines.get(1).contains(" ONLINE "), console.text());
            assertTrue(console.lines.get(2).startsWith("ultrastream:encoder:C301261125502 "), console.text());
            assertFalse(console.text().contains("kitchen"), console.text());
        }
    }

    @Test
    void statusShowsTheHandlersLatestStatus() throws Exception {
        try (EmulatedEncoder encoder = new EmulatedEncoder("C301261125503").open()) {
            ThingRegistry registry = mock(ThingRegistry.class);
            when(registry.getAll()).thenReturn(List.of(encoder.thing(), idleEncoder()));
            UltraStreamConsoleCommandExtension command = new UltraStreamConsoleCommandExtension(registry);

            RecordingConsole running = new RecordingConsole();
            command.execute(new String[]{ "status", "ultrastream:encoder:C301261125503" }, running);
            assertTrue(running.text().contains("  thing status: ONLINE"), running.text());
            assertTrue(running.text().contains("  recording: stopped"), running.text());
            assertTrue(running.text().contains("  usb: DISK_VALID"), running.text());

            RecordingConsole idle = new RecordingConsole();
            command.execute(new String[]{ "status", "ultrastream:encoder:C301261125502" }, idle);
            assertTrue(idle.text().endsWith("  no status read yet"), idle.text());

            RecordingConsole unknown = new RecordingConsole();
            command.execute(new String[]{ "status", "sonos:one:kitchen" }, unknown);
            assertEquals(List.of("No Ultra Stream thing sonos:one:kitchen. 'ultrastream list' shows them."),
                    unknown.lines);
        }
    }

    @Test
    void anythingElsePrintsTheUsageAndCompletionKnowsSubcommandsAndThings() {
        ThingRegistry registry = mock(ThingRegistry.class);
        when(registry.getAll()).thenReturn(List.of(idleEncoder(), otherBindingsThing()));
        UltraStreamConsoleCommandExtension command = new UltraStreamConsoleCommandExtension(registry);

        RecordingConsole console = new RecordingConsole();
        command.execute(new String[]{ "reboot" }, console);
        assertEquals(2, console.lines.size(), console.text());
        assertTrue(console.lines.get(0).startsWith("usage: ultrastream list - "), console.text());
        assertTrue(console.lines.get(1).startsWith("usage: ultrastream status <thingUID> - "), console.text());

        List<String> candidates = new ArrayList<>();
        assertTrue(command.complete(new String[]{ "st" }, 0, 2, candidates));
        assertEquals(List.of("status "), candidates);
        candidates.clear();
        assertTrue(command.complete(new String[]{ "sx" }, 0, 1, candidates), "only the text left of the cursor");
        assertEquals(List.of("status "), candidates);
        candidates.clear();
        assertTrue(command.complete(new String[]{ "status", "ultra" }, 1, 5, candidates));
        assertEquals(List.of("ultrastream:encoder:C301261125502 "), candidates);
        candidates.clear();
        assertFalse(command.complete(new String[]{ "list", "x" }, 1, 1, candidates));
    }
}
