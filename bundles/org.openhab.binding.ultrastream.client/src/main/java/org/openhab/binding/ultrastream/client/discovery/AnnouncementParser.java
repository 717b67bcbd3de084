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
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.openhab.binding.ultrastream.client.SerialNumber;
import org.openhab.binding.ultrastream.client.discovery.InvalidAnnouncementException.Reason;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Turns one datagram from the discovery group into a {@link MulticastAnnouncement}, or says why not. Where the
 * document is silent, these rules decide: at most {@value #MAX_DATAGRAM} bytes, one strict JSON
 * object, {@code flag} {@code ssip}, a valid serial, and a sender whose address is {@code ethip} or
 * {@code wifiip}. Unknown fields are ignored and missing optional ones tolerated, as firmware varies.
 */
@NonNullByDefault
public final class AnnouncementParser {

    /** The largest datagram accepted; a real announcement is about 200 bytes. */
    public static final int MAX_DATAGRAM = 2048;

    static final String FLAG_ANNOUNCEMENT = "ssip";

    private AnnouncementParser() {
    }

    /**
     * @param datagram the datagram's bytes, from position to limit
     * @param source the address the datagram came from
     */
    public static MulticastAnnouncement parse(ByteBuffer datagram, InetAddress source)
            throws InvalidAnnouncementException {
        if (datagram.remaining() > MAX_DATAGRAM) {
            throw new InvalidAnnouncementException(Reason.OVERSIZED, datagram.remaining() + " bytes");
        }
        JsonObject json = parseObject(decode(datagram));
        if (!FLAG_ANNOUNCEMENT.equals(text(json, "flag"))) {
            throw new InvalidAnnouncementException(Reason.WRONG_FLAG, "flag is not " + FLAG_ANNOUNCEMENT);
        }
        String serial = text(json, "serialnumber");
        if (!SerialNumber.isValid(serial)) {
            throw new InvalidAnnouncementException(Reason.INVALID_SERIAL, "invalid serial number");
        }
        InetAddress ethIp = address(json, "ethip");
        InetAddress wifiIp = address(json, "wifiip");
        if (!source.equals(ethIp) && !source.equals(wifiIp)) {
            throw new InvalidAnnouncementException(Reason.SPOOFED, "announcement for " + serial + " sent from "
                    + source.getHostAddress() + ", which is neither its ethip nor its wifiip");
        }
        long status = number(json, "status", 0, 0xFFFFFFFFL, 0);
        int httpPort = (int) number(json, "http-port", 1, 65535, 80);
        // The names reach labels and log lines: no control characters, bounded.
        return new MulticastAnnouncement(serial, NetworkText.clean(text(json, "boxname"), NetworkText.MAX_NAME),
                NetworkText.clean(text(json, "product"), NetworkText.MAX_NAME), ethIp, wifiIp, (int) status, httpPort,
                source);
    }

    private static String decode(ByteBuffer datagram) throws InvalidAnnouncementException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(datagram.duplicate()).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidAnnouncementException(Reason.MALFORMED, "not UTF-8");
        }
    }

    /** Exactly one JSON object and nothing after it; Gson's lenient mode would accept much garbage. */
    private static JsonObject parseObject(String text) throws InvalidAnnouncementException {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (!element.isJsonObject() || reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidAnnouncementException(Reason.MALFORMED, "not a single JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new InvalidAnnouncementException(Reason.MALFORMED, "not JSON: " + e.getMessage());
        }
    }

    /** A string field, or empty when absent; a field of another type is malformed. */
    private static String text(JsonObject json, String name) throws InvalidAnnouncementException {
        JsonElement element = json.get(name);
        if (element == null || element.isJsonNull()) {
            return "";
        }
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        throw new InvalidAnnouncementException(Reason.MALFORMED, name + " is not a string");
    }

    /** An IPv4 address field; absent, empty and 0.0.0.0 all mean "not connected". */
    private static @Nullable InetAddress address(JsonObject json, String name) throws InvalidAnnouncementException {
        String text = text(json, name);
        if (text.isEmpty() || "0.0.0.0".equals(text)) {
            return null;
        }
        InetAddress address = Ipv4.parse(text);
        if (address == null) {
            throw new InvalidAnnouncementException(Reason.INVALID_FIELD, name + " is not an IPv4 address");
        }
        return address;
    }

    /** A whole-number field within bounds, or the default when absent. */
    private static long number(JsonObject json, String name, long min, long max, long absent)
            throws InvalidAnnouncementException {
        JsonElement element = json.get(name);
        if (element == null || element.isJsonNull()) {
            return absent;
        }
        // Read the digits as text: a number like 1e9999 must not turn into arithmetic on a huge value.
        if (element instanceof JsonPrimitive primitive && primitive.isNumber()) {
            String digits = primitive.getAsString();
            if (!digits.isEmpty() && digits.length() <= 12 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                long value = Long.parseLong(digits);
                if (value >= min && value <= max) {
                    return value;
                }
            }
        }
        throw new InvalidAnnouncementException(Reason.INVALID_FIELD, name + " is not a number in " + min + ".." + max);
    }
}
