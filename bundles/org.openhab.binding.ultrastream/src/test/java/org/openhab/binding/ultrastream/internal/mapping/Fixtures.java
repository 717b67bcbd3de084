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
package org.openhab.binding.ultrastream.internal.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.client.internal.TolerantJson;

/**
 * Recorded replies, parsed the way the client parses what a device sends.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
final class Fixtures {

    private Fixtures() {
    }

    static <T> T read(String name, Class<T> type) {
        return parse(text(name), type);
    }

    static <T> T parse(String json, Class<T> type) {
        T value = TolerantJson.GSON.fromJson(json, type);
        if (value == null) {
            throw new IllegalStateException("no value in " + json);
        }
        return value;
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
