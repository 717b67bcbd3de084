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
package org.openhab.binding.ultrastream.demo;

import java.util.function.IntConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Runs the demo scenario on a thread of its own when the bundle starts, hands the exit code to the launcher
 * (an {@link IntConsumer} service the launcher registered) and stops the framework when done. Stopping the
 * bundle early (Ctrl-C stops the framework) interrupts the scenario, which then tears everything down.
 */
@NonNullByDefault
public final class ConsoleActivator implements BundleActivator {

    /** Service property that marks the launcher's exit code consumer. */
    static final String OUTCOME_FILTER = "(" + DemoSettings.PREFIX + "outcome=true)";

    private @Nullable Thread runner;

    @Override
    public void start(BundleContext context) {
        DemoSettings settings = DemoSettings.from(context);
        Thread thread = new Thread(() -> {
            int code = new DemoScenario(context, settings, new ConsoleView(System.out, settings.color())).run();
            report(context, code);
            if (code != 130) {
                stopFramework(context);
            }
        }, "ultrastream-demo");
        runner = thread;
        thread.start();
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        Thread thread = runner;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            thread.join(30_000);
        }
        runner = null;
    }

    private static void report(BundleContext context, int code) {
        try {
            for (ServiceReference<IntConsumer> reference : context.getServiceReferences(IntConsumer.class,
                    OUTCOME_FILTER)) {
                IntConsumer consumer = context.getService(reference);
                if (consumer != null) {
                    consumer.accept(code);
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // the framework is stopping already; the launcher then exits with its own code
        }
    }

    private static void stopFramework(BundleContext context) {
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            // already stopping
        }
    }
}
