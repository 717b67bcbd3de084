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

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.ultrastream.client.UltraStreamClient;
import org.openhab.binding.ultrastream.client.UltraStreamException;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.internal.TolerantJson;
import org.openhab.binding.ultrastream.client.internal.UsapiReply;
import org.openhab.binding.ultrastream.internal.mapping.ChannelUpdate;
import org.openhab.binding.ultrastream.internal.mapping.StatusMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;

/**
 * The cost of one poll, the binding against the floor, in JMH. The devices are emulated in another JVM, so that the
 * allocation figures of the GC profiler are the pollers' alone.
 * <ul>
 * <li>{@code wireFloor}: GET get-status and parse it into a Gson tree, nothing else.</li>
 * <li>{@code wireClient}: the client alone, {@link UltraStreamClient#getStatus()} (GET, tolerant parse, DTO).</li>
 * <li>{@code wireBinding}: one poll of the binding's handler: GET get-status through the client, map, update the
 * channels that changed (run by {@link VirtualScheduler}, so no waiting between polls).</li>
 * <li>{@code parseFloor}: parse a recorded get-status reply into a Gson tree (no I/O).</li>
 * <li>{@code parseAndUpdate}: the same reply through the binding's path without I/O: the client's tolerant
 * parsing into the DTO, {@link StatusMapper}, and one {@code stateUpdated} per channel, with the per-thing cached
 * {@code ChannelUID} the handler uses (all of them, as on the first poll; in steady state the handler passes on only
 * the changed ones).</li>
 * </ul>
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PollCostBenchmark {

    // Each poller has a device of its own: a device admits two sessions, and a third login ends the oldest.

    /** HTTP port of the device {@code wireFloor} polls. */
    @Param("0")
    public int floorPort;

    /** HTTP port of the device {@code wireClient} polls. */
    @Param("0")
    public int clientPort;

    /** HTTP port of the device the binding's handler polls. */
    @Param("0")
    public int bindingPort;

    private @Nullable HttpClient rawHttp;
    private @Nullable HttpClient bindingHttp;
    private @Nullable RawPoller raw;
    private @Nullable UltraStreamClient client;
    private @Nullable VirtualScheduler scheduler;
    private @Nullable BindingThing thing;
    private String statusText = "";
    private JsonElement statusTree = JsonNull.INSTANCE;
    private @Nullable DeviceStatus previous;
    private DeviceStatus current = new DeviceStatus();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        HttpClient r = Loopback.httpClient();
        rawHttp = r;
        RawPoller poller = new RawPoller(r, floorPort);
        raw = poller;
        statusText = poller.statusText();
        statusTree = TolerantJson.parse(statusText);
        previous = parse(statusText);
        current = parse(statusText);

        HttpClient b = Loopback.httpClient();
        bindingHttp = b;
        UltraStreamClient c = new UltraStreamClient(r, Loopback.clientOptions(clientPort));
        c.loginAsync().join();
        client = c;
        VirtualScheduler s = new VirtualScheduler();
        scheduler = s;
        ThreadPools.replace(ThreadPools.THING_HANDLER, s);
        try {
            // No slow timer: this measures the poll alone (the request budget counts the slow timer).
            BindingThing created = new BindingThing(b, BindingThing.descriptions(), "bench", bindingPort, 1, 0);
            s.follow(created.handler()::queueSettled);
            thing = created;
        } finally {
            ThreadPools.restore(ThreadPools.THING_HANDLER);
        }
        s.advance(0); // connect: login, get-info, get-settings, get-status
        BindingThing t = thing;
        if (t == null || !t.isOnline()) {
            throw new IllegalStateException("The binding did not connect to the emulator on port " + bindingPort);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        UltraStreamClient c = client;
        if (c != null) {
            c.logoutAsync().join();
        }
        BindingThing t = thing;
        if (t != null) {
            t.close();
        }
        VirtualScheduler s = scheduler;
        if (s != null) {
            s.advance(0); // the handler's logout
        }
        for (HttpClient http : new HttpClient[]{ rawHttp, bindingHttp }) {
            if (http != null) {
                Loopback.stop(http);
            }
        }
    }

    @Benchmark
    public JsonElement wireFloor() throws Exception {
        RawPoller poller = raw;
        if (poller == null) {
            throw new IllegalStateException("not set up");
        }
        return poller.poll();
    }

    /** The client alone: GET get-status and read it into the DTO, as the handler's poll does first. */
    @Benchmark
    public DeviceStatus wireClient() throws Exception {
        UltraStreamClient c = client;
        if (c == null) {
            throw new IllegalStateException("not set up");
        }
        return c.getStatusAsync().join();
    }

    @Benchmark
    public long wireBinding() {
        VirtualScheduler s = scheduler;
        BindingThing t = thing;
        if (s == null || t == null) {
            throw new IllegalStateException("not set up");
        }
        s.advance(1000); // exactly one poll at refreshInterval 1 s
        return t.events().stateUpdates();
    }

    @Benchmark
    public JsonElement parseFloor() {
        return JsonParser.parseString(statusText);
    }

    @Benchmark
    public int parseAndUpdate() {
        BindingThing t = thing;
        if (t == null) {
            throw new IllegalStateException("not set up");
        }
        DeviceStatus status = parse(statusText);
        ChannelUpdate update = StatusMapper.map(previous, status, null);
        // What the framework then does with each state is not the binding's cost, so the benchmark's observer
        // stands in for it (the host's callback would also compare each state with the previous one).
        BenchEvents events = t.events();
        update.states().forEach((id, state) -> events.stateUpdated(t.channel(id), state, true));
        return update.states().size() + update.events().size();
    }

    // Where parseAndUpdate's cost goes, step by step.

    @Benchmark
    public JsonElement stepTolerantTree() {
        return TolerantJson.parse(statusText);
    }

    @Benchmark
    public DeviceStatus stepTreeToDto() {
        DeviceStatus status = TolerantJson.GSON.fromJson(statusTree, DeviceStatus.class);
        if (status == null) {
            throw new IllegalStateException("get-status reply not readable");
        }
        return status;
    }

    @Benchmark
    public ChannelUpdate stepMap() {
        return StatusMapper.map(previous, current, null);
    }

    /**
     * As {@link UltraStreamClient#getStatus()} reads a reply: its result code first, then the DTO straight from the
     * text (no tree).
     */
    private static DeviceStatus parse(String text) {
        try {
            return UsapiReply.of("get-status", text, null).read("get-status", DeviceStatus.class);
        } catch (UltraStreamException e) {
            throw new IllegalStateException("get-status reply not readable", e);
        }
    }

    /** The names of the benchmarks, for the suite. */
    static final List<String> NAMES = List.of("wireFloor", "wireClient", "wireBinding", "parseFloor",
            "parseAndUpdate", "stepTolerantTree", "stepTreeToDto", "stepMap");
}
