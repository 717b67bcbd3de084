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
package org.openhab.binding.ultrastream.internal.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.internal.SessionKeeper;
import org.openhab.binding.ultrastream.client.internal.UsapiTransport;
import org.openhab.binding.ultrastream.internal.handler.UltraStreamHandler;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleLogger;
import org.slf4j.simple.SimpleLoggerFactory;

/**
 * Captures what the tests' SLF4J binding (slf4j-simple) prints, at TRACE level, while it is open.
 * <p>
 * slf4j-simple fixes each logger's level when the logger is first created and offers no API to change it, and other
 * test classes in the same JVM may have created the loggers already. So this class sets the level of every logger
 * under the given name prefixes, existing and future, through slf4j-simple's fields, and puts everything back on
 * {@link #close()}. slf4j-simple writes to whatever {@code System.err} is at the moment of each call, so replacing
 * {@code System.err} captures every thread's output.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LogCapture implements AutoCloseable {

    /** How slf4j-simple starts a record: {@code [thread] LEVEL logger - }. */
    private static final Pattern RECORD_START = Pattern
            .compile("\\[[^\\]]*\\] (?:TRACE|DEBUG|INFO|WARN|ERROR) (\\S+) - ");

    /** slf4j-simple's own level number for TRACE. */
    private static final int TRACE = 0;

    private final List<String> prefixes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Map<Logger, Integer> originalLevels = new HashMap<>();
    private final int originalDefaultLevel;

    /** Everything any library logs, the HTTP client included. */
    public static LogCapture everything() {
        return new LogCapture(List.of(""));
    }

    /** What the binding and its client library log; Jetty and the emulator stay at their levels. */
    public static LogCapture binding() {
        return new LogCapture(
                List.of("org.openhab.binding.ultrastream.internal", "org.openhab.binding.ultrastream.client"))
                .including(UltraStreamHandler.class, UltraStreamClient.class, SessionKeeper.class,
                        UsapiTransport.class);
    }

    private LogCapture(List<String> prefixes) {
        this.prefixes = prefixes;
        Object config = read(SimpleLogger.class, null, "CONFIG_PARAMS");
        originalDefaultLevel = (Integer) read(config.getClass(), config, "defaultLogLevel");
        if (prefixes.contains("")) {
            // Loggers created from now on, by any class, start at TRACE.
            write(config.getClass(), config, "defaultLogLevel", TRACE);
        }
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        for (Logger logger : loggers().values()) {
            if (captured(logger.getName())) {
                originalLevels.put(logger, (Integer) read(SimpleLogger.class, logger, "currentLogLevel"));
                write(SimpleLogger.class, logger, "currentLogLevel", TRACE);
            }
        }
    }

    /**
     * Creates the named loggers at TRACE now, for classes whose loggers are made per instance later (a logger made
     * by name while capturing would otherwise get the default level).
     */
    LogCapture including(Class<?>... classes) {
        for (Class<?> type : classes) {
            Logger logger = LoggerFactory.getLogger(type);
            originalLevels.putIfAbsent(logger, (Integer) read(SimpleLogger.class, logger, "currentLogLevel"));
            write(SimpleLogger.class, logger, "currentLogLevel", TRACE);
        }
        return this;
    }

    /** Everything printed so far. */
    public synchronized String text() {
        System.err.flush();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /**
     * The log records printed so far, each with its continuation lines (headers, stack traces), as
     * {@code [thread] LEVEL logger - message}.
     */
    public List<String> records() {
        List<String> records = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text().lines().toList()) {
            if (RECORD_START.matcher(line).lookingAt() || current == null) {
                if (current != null) {
                    records.add(current.toString());
                }
                current = new StringBuilder(line);
            } else {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            records.add(current.toString());
        }
        return records;
    }

    /** The name of the logger of a record from {@link #records()}, or "" when the record has no header. */
    static String loggerOf(String record) {
        Matcher matcher = RECORD_START.matcher(record);
        return matcher.lookingAt() ? matcher.group(1) : "";
    }

    /** The printed lines that mention {@code fragment}. */
    List<String> linesWith(String fragment) {
        return text().lines().filter(line -> line.contains(fragment)).toList();
    }

    /** Whether any stack trace was printed (a line of the form {@code "\tat com.example..."}). */
    boolean hasStackTrace() {
        return text().lines().anyMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by: "));
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        Object config = read(SimpleLogger.class, null, "CONFIG_PARAMS");
        write(config.getClass(), config, "defaultLogLevel", originalDefaultLevel);
        for (Logger logger : loggers().values()) {
            Integer level = originalLevels.get(logger);
            write(SimpleLogger.class, logger, "currentLogLevel", level != null ? level : originalDefaultLevel);
        }
    }

    private boolean captured(String loggerName) {
        return prefixes.stream().anyMatch(loggerName::startsWith);
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, Logger> loggers() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof SimpleLoggerFactory)) {
            throw new IllegalStateException("the tests must log through slf4j-simple, not " + factory.getClass());
        }
        return (ConcurrentMap<String, Logger>) read(SimpleLoggerFactory.class, factory, "loggerMap");
    }

    private static Object read(Class<?> type, @Nullable Object instance, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("slf4j-simple changed: no field " + name, e);
        }
    }

    private static void write(Class<?> type, @Nullable Object instance, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(instance, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("slf4j-simple changed: no field " + name, e);
        }
    }
}
