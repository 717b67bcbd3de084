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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The suite's result: one row per figure, printed as a Markdown table so that it can go into
 * {@code docs/benchmarks.md} as it is.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Table {

    /** Whether a row's target was reached; {@link #INFO} for figures without a target. */
    public enum Verdict {
        MET("yes"),
        NOT_MET("NO"),
        INFO("-");

        final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : NOT_MET;
        }
    }

    /**
     * @param area what is measured (poll cost, request budget, scale, latency)
     * @param measure the figure
     * @param binding the binding's value
     * @param reference the floor or the other approach it is compared with, or "-"
     * @param target the target, or "-"
     */
    public record Row(String area, String measure, String binding, String reference, String target,
            Verdict verdict) {
    }

    private static final String[] HEADER = { "Area", "Measure", "Binding", "Reference", "Target", "Met" };

    private final List<Row> rows = new ArrayList<>();

    public synchronized void add(String area, String measure, String binding, String reference, String target,
            Verdict verdict) {
        rows.add(new Row(area, measure, binding, reference, target, verdict));
    }

    /** A figure with no target. */
    public void info(String area, String measure, String binding, String reference) {
        add(area, measure, binding, reference, "-", Verdict.INFO);
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized void print(PrintStream out) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row r : rows) {
            cells.add(new String[]{ r.area(), r.measure(), r.binding(), r.reference(), r.target(),
                    r.verdict().text });
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (int n = 0; n < cells.size(); n++) {
            out.println(line(cells.get(n), widths));
            if (n == 0) {
                String[] rule = new String[widths.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                out.println(line(rule, widths));
            }
        }
        out.flush();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            b.append(' ').append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cells[i])).append(" |");
        }
        return b.toString();
    }

    /** A number with the given decimals, in the root locale (a dot, whatever the machine's language). */
    public static String num(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
