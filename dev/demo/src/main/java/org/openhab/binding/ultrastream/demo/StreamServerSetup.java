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

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.host.HostedThing;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.binding.ThingActions;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Gives an emulated device a stream server to go live to, the way a user's rule would: through the binding's
 * rule action {@code addStreamServer} (looked up among the registered {@link ThingActions} and called by name,
 * as openHAB's rule engine does), then switches the new server on through its
 * {@code stream-servers#server-<id>-enabled} channel.
 */
@NonNullByDefault
final class StreamServerSetup {

    private static final Pattern SERVER_SWITCH = Pattern.compile("stream-servers#server-\\d+-enabled");

    private final BundleContext context;
    private final ConsoleView view;

    StreamServerSetup(BundleContext context, ConsoleView view) {
        this.context = context;
        this.view = view;
    }

    /** @return why it could not be done, or empty when the server is added and switched on */
    Optional<String> addAndEnable(HostedThing thing, Duration timeout) throws InterruptedException {
        // the factory registers a handler's actions before it initializes the handler: no long wait needed
        ThingActions actions = actionsOf(thing, Duration.ofSeconds(2));
        if (actions == null) {
            return Optional.of("the binding registered no rule actions for " + thing.uid());
        }
        try {
            Method add = actions.getClass().getMethod("addStreamServer", String.class, String.class, String.class,
                    String.class, String.class, String.class);
            // An Ultra Encode streams over SRT (a caller to a listener on loopback); an Ultra Stream over RTMP
            boolean family = "ultra-encode".equals(thing.thing().getThingTypeUID().getId());
            String[] server = family
                    ? new String[]{ "Demo SRT", "SRT_CALLER", "srt://127.0.0.1:9000", "" }
                    : new String[]{ "Demo RTMP", "CUSTOM", "rtmp://127.0.0.1/live", "demo" };
            view.step("Rule action addStreamServer(\"" + server[0] + "\", \"" + server[1] + "\", \"" + server[2]
                    + "\", ...) on " + thing.uid());
            Object accepted = add.invoke(actions, server[0], server[1], server[2], server[3], null, null);
            if (!Boolean.TRUE.equals(accepted)) {
                return Optional.of("addStreamServer was refused");
            }
        } catch (ReflectiveOperationException e) {
            return Optional.of("addStreamServer failed: " + e);
        }
        Optional<ChannelUID> serverSwitch = awaitServerSwitch(thing, timeout);
        if (serverSwitch.isEmpty()) {
            return Optional.of("no stream-servers channel appeared on " + thing.uid());
        }
        view.step("Switching the stream server on: command ON to " + serverSwitch.get().getId());
        thing.sendCommand(serverSwitch.get().getId(), OnOffType.ON);
        return thing.awaitState(serverSwitch.get().getId(), OnOffType.ON::equals, timeout).isPresent()
                ? Optional.empty()
                : Optional.of("the stream server did not switch on");
    }

    private Optional<ChannelUID> awaitServerSwitch(HostedThing thing, Duration timeout) throws InterruptedException {
        thing.await(() -> serverSwitch(thing).isPresent(), timeout);
        return serverSwitch(thing);
    }

    private static Optional<ChannelUID> serverSwitch(HostedThing thing) {
        return thing.states().keySet().stream().filter(c -> SERVER_SWITCH.matcher(c.getId()).matches()).findFirst();
    }

    private @Nullable ThingActions actionsOf(HostedThing thing, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ServiceReference<ThingActions>[] references = references();
                for (ServiceReference<ThingActions> reference : references) {
                    ThingActions actions = context.getService(reference);
                    if (actions != null && actions.getThingHandler() == thing.handler()) {
                        return actions;
                    }
                    context.ungetService(reference);
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
            Thread.sleep(100); // the factory registers the actions while the handler initializes
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private ServiceReference<ThingActions>[] references() throws InvalidSyntaxException {
        ServiceReference<?>[] found = context.getServiceReferences(ThingActions.class.getName(), null);
        return found == null ? new ServiceReference[0] : (ServiceReference<ThingActions>[]) found;
    }
}
