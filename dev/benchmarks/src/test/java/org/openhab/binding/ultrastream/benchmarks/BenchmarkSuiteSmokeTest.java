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
package org.openhab.binding.ultrastream.benchmarks;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.benchmarks.Table.Row;

/**
 * CI runs the whole suite once on the smoke setting: every section must run and put its rows in the printed
 * table. No figure is checked; timing on a shared CI machine proves nothing.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class BenchmarkSuiteSmokeTest {

    @Test
    void everySectionRunsAndPrintsItsRows() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        Table table = BenchmarkSuite.run(Settings.forSmoke(), List.of(), out);
        table.print(out);

        String printed = buffer.toString(StandardCharsets.UTF_8);
        System.out.print(printed); // into the surefire report, for whoever looks at the smoke figures
        List<Row> failed = table.rows().stream().filter(r -> "FAILED".equals(r.measure())).toList();
        assertTrue(failed.isEmpty(), () -> "sections failed: " + failed + "\n" + printed);
        Set<String> areas = table.rows().stream().map(Row::area).collect(Collectors.toSet());
        assertEquals(
                Set.of("Poll cost", "Request budget", "Requests per command", "Scale", "Latency", "Silent devices"),
                areas, printed);
        assertTrue(printed.contains("| Area"), printed);
        for (Row row : table.rows()) {
            assertTrue(printed.contains(row.measure()), () -> "row not printed: " + row + "\n" + printed);
        }
    }
}
