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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ultrastream.client.dto.DeviceInfo;
import org.openhab.binding.ultrastream.client.dto.DeviceSettings;
import org.openhab.binding.ultrastream.client.dto.DeviceStatus;
import org.openhab.binding.ultrastream.client.internal.TolerantJson;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The DTOs read the document's examples field by field, and survive what real firmware sends: unknown fields,
 * missing fields, misspelled fields, values of the wrong type, null groups.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class DtoParsingTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(DtoParsingTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> T parse(String json, Class<T> type) {
        return Objects.requireNonNull(TolerantJson.GSON.fromJson(TolerantJson.parse(json), type));
    }

    /** Read from a tree, and straight from the text as the client does. */
    private static <T> List<T> bothWays(String json, Class<T> type) {
        return List.of(parse(json, type), Objects.requireNonNull(TolerantJson.read(json, type)));
    }

    @Test
    void getInfoOfTheDocument() throws IOException {
        DeviceInfo info = parse(resource("get-info.json"), DeviceInfo.class);
        assertEquals("70:b3:d5:75:d5:fc", info.macAddr.eth);
        assertEquals("/tmp/sbox-snapshot/sbox-quarter.jpg", info.snapshot);
        assertEquals("C301181214002", info.product.sn);
        assertEquals(769, info.product.productId);
        assertEquals("1.2.122", info.product.firmwareVer);
        assertEquals("Ultra Stream HDMI", info.product.moduleName);
        assertEquals(2, info.product.maxLockCount);
        assertEquals(55.25, info.audioRange.mic.max);
        assertEquals(-57.0, info.audioRange.phone.min);
        assertEquals(17, info.codecCap.resolutions.size());
        assertEquals(1920, info.codecCap.resolutions.get(16).w);
        assertEquals(166833, info.codecCap.durations.get(6).value);
        assertEquals(9, info.codecCap.videoKbps.size());
        assertEquals(1, info.codecCap.hevcProfile.size());
        assertEquals(128, info.codecCap.audioKbps.get(5).value);
        assertEquals(2, info.codecCap.videoCodec.size());
        assertEquals(5, info.codecCap.statSec.size());
        assertEquals(3, info.recControl.sdOption.size());
        assertEquals(120, info.recControl.timeUnit.get(7).value);
        assertEquals("mov", info.recControl.fileExt.get(1).name);
    }

    @Test
    void getStatusWithEveryGroup() throws IOException {
        DeviceStatus status = parse(resource("get-status.json"), DeviceStatus.class);
        assertEquals(Set.of(DeviceStatusFlag.STATUS_DISK_READY, DeviceStatusFlag.STATUS_PASSWD),
                status.statusFlags());
        assertEquals("Ultra Stream C301181214002", status.boxName);
        assertEquals(22, status.liveStatus.result);
        assertEquals(23, status.liveStatus.result2);
        assertEquals(4000, status.liveStatus.curBps);
        assertTrue(status.upgradeStatus.isIdle());
        assertEquals("none", status.upgradeStatus.mode);
        assertTrue(status.formatStatus.isIdle());
        assertTrue(status.diskTest.isRunning());
        assertEquals(14833071, status.diskTest.writeBps);
        assertEquals(27, status.livingTest.result);
        assertEquals(ResultCode.RET_SUCCEED, status.checkUpgrade.resultCode());
        assertEquals(59.94, status.inputSignal.frameRate);
        assertEquals(StorageStatus.DISK_VALID, status.usb.storageStatus());
        assertEquals(61638148096L, status.usb.totalSize);
        assertEquals("2019-09-24 08:04:39", status.usb.beginTime, "the document's typo beign-time");
        assertEquals(103062, status.sd.totalCacheTime);
        assertEquals("MWL1", status.wifi.name);
        assertEquals("192.168.8.249", status.wifi.ip);
        assertEquals("10.0.0.3", status.eth.dns);
        assertEquals("", status.mobile.ip);
        assertEquals(12004784, status.upgrade.sizeByte);
        assertEquals("1.2.123", status.upgrade.info.get(0).version);
        assertNull(status.downgrade.ver, "an empty group's fields are absent, not empty");
    }

    @Test
    void getSettingsOfTheDocumentTrailingCommaIncluded() throws IOException {
        DeviceSettings settings = parse(resource("get-settings.json"), DeviceSettings.class);
        assertEquals("Ultra Stream C301181214002", settings.name);
        assertEquals(1, settings.isSsdp);
        assertEquals("81214002", settings.softap.softapPasswd);
        assertEquals("UTC", settings.dateTime.timezone);
        assertEquals("REC_Folder", settings.recControl.rootFolder);
        assertEquals(5, settings.recControl.timeUnit);
        assertEquals(100, settings.videoColor.contrast);
        assertEquals(1, settings.volume.isPhone);
        assertEquals(1, settings.mwsStream);
        assertEquals(166667, settings.mainStream.duration);
        assertEquals(4096, settings.mainStream.kbps);
        assertEquals(1, settings.subStream.fullrange);
        assertEquals(128, settings.audio.kbps);
        assertEquals(1, settings.eth.isDhcp);
        assertEquals(1, settings.streamServer.size());
        assertEquals("192.168.1.123:345/live", settings.streamServer.get(0).url);
        assertEquals(1, settings.streamServer.get(0).netMode);
    }

    @Test
    void oddFieldsNeverFailTheWholeReply() {
        String json = """
                {"result":0,"cur-status":"not a number","box-name":"Box","brand-new-field":{"x":[1,2]},
                 "rec-status":null,"live-status":[1,2,3],"usb":{"disk-status":true,"total-size":"1000",
                 "begin-time":"2020-01-01 00:00:00"},"lock-user":[{"id":"a"},"b",3],
                 "input-signal":{"frame-rate":"fast","cx":1280}}
                """;
        DeviceStatus status = parse(json, DeviceStatus.class);
        assertNull(status.curStatus, "a misfit value is an absent one");
        assertEquals(Set.of(), status.statusFlags());
        assertEquals("Box", status.boxName);
        assertNotNull(status.recStatus);
        assertNotNull(status.liveStatus);
        assertNull(status.liveStatus.result);
        assertNull(status.usb.diskStatus);
        assertNull(status.usb.storageStatus());
        assertEquals(1000, status.usb.totalSize);
        assertEquals("2020-01-01 00:00:00", status.usb.beginTime);
        assertEquals(3, status.lockUser.size());
        assertNull(status.inputSignal.frameRate);
        assertEquals(1280, status.inputSignal.cx);
        assertNull(status.inputSignal.cy);
        assertNotNull(status.sd, "a missing group is an empty group");
        assertTrue(status.formatStatus.isIdle(), "a missing progress object is idle");
    }

    @Test
    void aValueOfTheWrongTypeIsAbsent() {
        String json = """
                {"box-name":{"a":1},"cur-time":null,"lock-user":"nobody","last-rec-status":"1.5",
                 "upgrade":{"ver":["1"],"size-byte":"big","date":"2024","info":[{"version":"1.2"},"x",null,7]},
                 "input-signal":{"cx":[1280],"cy":"720","frame-rate":"59.94","interlaced":true,"status":{}},
                 "eth":7,"sd":"absent","live-status":{"result":"x","cur-bps":"4000","unknown":[{"a":[{}]}]}}
                """;
        for (DeviceStatus status : bothWays(json, DeviceStatus.class)) {
            assertNull(status.boxName);
            assertNull(status.curTime);
            assertEquals(0, status.lockUser.size());
            assertNull(status.lastRecStatus);
            assertNull(status.upgrade.ver);
            assertEquals(0, status.upgrade.sizeByte);
            assertEquals("2024", status.upgrade.date);
            assertEquals(4, status.upgrade.info.size(), "misfit elements of a list of groups are empty groups");
            assertEquals("1.2", status.upgrade.info.get(0).version);
            assertEquals("", status.upgrade.info.get(1).version);
            assertNotNull(status.upgrade.info.get(2));
            assertNull(status.inputSignal.cx);
            assertEquals(720, status.inputSignal.cy);
            assertEquals(59.94, status.inputSignal.frameRate);
            assertNull(status.inputSignal.interlaced, "a boolean is not one of the device's 0/1 numbers");
            assertNull(status.inputSignal.status);
            assertNull(status.eth.ip);
            assertNull(status.sd.totalSize);
            assertNull(status.liveStatus.result);
            assertEquals(4000, status.liveStatus.curBps);
        }
    }

    @Test
    void theDocumentsTypoIsReadFromTheStreamToo() throws IOException {
        for (DeviceStatus status : bothWays(resource("get-status.json"), DeviceStatus.class)) {
            assertEquals("2019-09-24 08:04:39", status.usb.beginTime);
            assertEquals(4000, status.liveStatus.curBps);
            assertEquals("1.2.123", status.upgrade.info.get(0).version);
        }
    }

    @Test
    void aPlainReplyIsParsedAsItIs() throws IOException {
        String text = resource("get-status.json");
        assertEquals(JsonParser.parseString(text), TolerantJson.parse(text));
    }

    @Test
    void aTrailingCommaInAnArrayAddsNoElement() {
        assertEquals("{\"a\":[1,2]}", TolerantJson.parse("{\"a\":[1,2,]}").toString());
    }

    @Test
    void textThatIsNotJsonIsStillRefused() {
        for (String text : List.of("{\"a\":", "{\"a\":1} {\"b\":2}", "{\"a\":1,,}", "{\"a\"}")) {
            assertThrows(JsonParseException.class, () -> TolerantJson.parse(text), text);
        }
    }

    @Test
    void theResultCodeIsReadFromTheTextWithTheSameFallback() {
        assertEquals(-17, TolerantJson.resultCode("{\"x\":[1,{}],\"result\":-17}"));
        assertEquals(0, TolerantJson.resultCode("{\"status\":3,\"result\":0,}"));
        assertEquals(3, TolerantJson.resultCode("{\"status\":3,\"result\":\"0\"}"));
        assertNull(TolerantJson.resultCode("{\"result\":1.5}"));
        for (String text : List.of("{\"result\":0,", "{\"result\":0} {}", "{\"result\":0,,}")) {
            assertThrows(JsonParseException.class, () -> TolerantJson.resultCode(text), text);
        }
        assertThrows(IllegalStateException.class, () -> TolerantJson.resultCode("[0]"));
    }

    @Test
    void aDtoIsReadStraightFromTextWithATrailingComma() {
        DeviceStatus status = Objects.requireNonNull(
                TolerantJson.read("{\"result\":0,\"rec-status\":{\"cur-bps\":9,},}", DeviceStatus.class));
        assertEquals(9, status.recStatus.curBps);
    }

    @Test
    void trailingCommasGoButCommasInStringsStay() {
        assertEquals("{\"a\":[1,2],\"b\":\"x,}\\\",]\"}",
                TolerantJson.parse("{\"a\":[1,2, ],\"b\":\"x,}\\\",]\",\n}").toString());
    }
}
