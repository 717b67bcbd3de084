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
package org.openhab.binding.ultrastream.client.discovery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * A loopback HTTP server that serves given documents by path, standing in for devices' description URLs
 * (several emulated devices can share it, each under its own path).
 */
@NonNullByDefault
final class DescriptionServer implements AutoCloseable {

    private final Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    private final Map<String, String> documents = new ConcurrentHashMap<>();

    DescriptionServer() throws Exception {
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(@Nullable String target, @Nullable Request baseRequest,
                    @Nullable HttpServletRequest request, @Nullable HttpServletResponse response) throws IOException {
                String document = target == null ? null : documents.get(target);
                if (baseRequest == null || response == null || document == null) {
                    return; // Jetty answers 404
                }
                response.setContentType("text/xml; charset=utf-8");
                response.getOutputStream().write(document.getBytes(StandardCharsets.UTF_8));
                baseRequest.setHandled(true);
            }
        });
        server.start();
    }

    int port() {
        return server.getURI().getPort();
    }

    void serve(String path, String document) {
        documents.put(path, document);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
