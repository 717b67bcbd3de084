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
package org.openhab.binding.ultrastream.itests;

import static org.junit.Assert.*;

import java.util.Arrays;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The framework without the binding comes up: every bundle resolves and starts. When this fails, the
 * binding tests cannot tell a wiring problem of the binding from one of its surroundings.
 */
@NonNullByDefault
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrameworkTest {

    @Inject
    @SuppressWarnings("null")
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ItestOptions.framework();
    }

    @Test
    public void everyBundleResolvesAndStarts() {
        String notActive = Arrays.stream(context.getBundles())
                .filter(b -> b.getHeaders().get(Constants.FRAGMENT_HOST) == null && b.getState() != Bundle.ACTIVE)
                .map(FrameworkTest::whyNotActive).collect(Collectors.joining("; "));
        assertEquals("bundles not active", "", notActive);
    }

    @Test
    public void theStandInAndTheEmulatorAreInstalled() {
        assertNotNull(bundle("openhab-core-standin"));
        assertNotNull(bundle("ultrastream-emulator"));
        assertNotNull(bundle("org.apache.felix.scr"));
    }

    /** Starting a bundle that did not resolve throws the resolver's explanation; that is what a reader needs. */
    static String whyNotActive(Bundle bundle) {
        try {
            bundle.start();
            return bundle.getSymbolicName() + " was not active, but started when asked";
        } catch (BundleException e) {
            return bundle.getSymbolicName() + ": " + e.getMessage();
        }
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElse(null);
    }
}
