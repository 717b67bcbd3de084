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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The API status codes of the vendor document ("API 状态码"), with their meaning in English.
 * <p>
 * The same numbers appear as the {@code result} of every reply and as the state of progress objects in
 * {@code get-status} (for example {@link #RET_INIT} for an idle {@code disk-test}, {@link #RET_LIVING_CONNECTED}
 * for a push target that is up). Values the document does not list map to {@link #UNKNOWN}; whoever needs the
 * raw number keeps it (exceptions and DTOs do).
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public enum ResultCode implements Coded {
    RET_SEND_WAITING(31, "File upload: waiting to upload"),
    RET_LIVING_AUTH_ERR(30, "Live connection: authentication error"),
    RET_LIVING_NOTSET(29, "No live server address set"),
    RET_LIVING_DNS(28, "Live connection: resolving DNS"),
    RET_INIT(27, "Initial (idle) state"),
    RET_LIVING_AUTHING(25, "Live connection: authorizing"),
    RET_LIVING_WAITING(24, "Live connection: waiting to connect"),
    RET_LIVING_CONNECTING(23, "Live connection: connecting to the server"),
    RET_LIVING_CONNECTED(22, "Live connection: connected to the server"),
    RET_PUSH_REBOOT(21, "Event: reboot"),
    RET_AUDIO_SIGNAL_CHANGE(20, "Event: audio signal changed"),
    RET_BLUE_WRITE(19, "Event: Bluetooth write"),
    RET_BLUE_READ(18, "Event: Bluetooth read"),
    RET_BLUE_SHUT_DOWN(17, "Event: Bluetooth shut down"),
    RET_DISK_ON(16, "Event: disk inserted"),
    RET_DISK_OFF(15, "Event: disk removed"),
    RET_DISK_CHANGE(14, "Event: disk changed"),
    RET_SNAPSHOT_OVER(13, "Event: snapshot done"),
    RET_PUSH_RESET(12, "Event: reset"),
    RET_PUSH_LIVING(11, "Event: live state changed"),
    RET_PUSH_RECORD(10, "Event: recording state changed"),
    RET_SIGNAL_CHANGE(9, "Event: input signal changed"),
    RET_ROUTE_CHANGE(8, "Event: route changed"),
    RET_IP_CHANGE(7, "Event: IP address changed"),
    RET_NET_CHANGE(6, "Event: network changed"),
    RET_CANCEL(5, "Operation cancelled"),
    RET_LOW_SPACE(4, "Not enough storage space"),
    RET_LOW_SPEED(3, "Storage device read/write speed too low"),
    RET_RUNNING(2, "Operation in progress"),
    RET_REPEAT(1, "Repeated operation (already done; refresh)"),
    RET_SUCCEED(0, "Success"),
    ERR_PASSWD(-1, "Wrong password"),
    ERR_OCCUPIED(-2, "Device occupied (at most two app clients)"),
    ERR_DISCONNECT(-3, "Reserved (disconnect)"),
    ERR_DEVICE(-4, "Device error"),
    ERR_DISK(-5, "Disk error"),
    ERR_UNCONNECT(-6, "Not connected"),
    ERR_KEY(-7, "Key error"),
    ERR_VERSION(-8, "Version error"),
    ERR_BUSY(-9, "System busy"),
    ERR_PARAM(-10, "Invalid request parameter"),
    ERR_USAGE(-11, "Reserved (usage)"),
    ERR_TIMEOUT(-12, "Timeout"),
    ERR_IP(-13, "Reserved (IP)"),
    ERR_NOT_FOUND(-14, "Data not found"),
    ERR_FILE(-15, "File error"),
    ERR_NO_SPACE(-16, "No storage space"),
    ERR_NEED_AUTH(-17, "Not logged in (session missing or expired)"),
    ERR_SYSTEM(-18, "System error"),
    ERR_DISK_SPEED(-19, "Disk too slow"),
    ERR_EMPTY(-20, "Empty"),
    ERR_NETWORK(-21, "Network error"),
    ERR_EVENT(-22, "Event error"),
    ERR_CODEC(-23, "Codec error"),
    ERR_BLUE(-24, "Bluetooth error"),
    ERR_NO_USER(-25, "User does not exist"),
    /** The document spells it {@code errNoPermissin}. */
    ERR_NO_PERMISSION(-26, "No permission"),
    ERR_SAME_NAME(-27, "Name already in use"),
    ERR_STRING(-28, "Invalid characters"),
    ERR_CHANNELS_LIMITED(-29, "At most two live servers can be streamed to"),
    ERR_8M_LIMITED(-30, "With 8 Mbps encoding only one live server can be streamed to"),
    ERR_FACEBOOK_LIMITED(-31, "While streaming to Facebook no other live server can be used"),
    ERR_CODEC_LIMITED(-32, "With HEVC encoding live streaming is not allowed"),
    ERR_4G_LIMITED(-33, "A single recorded file cannot exceed 4 GB"),
    ERR_MWF_UNSUPPORTED(-34, "Firmware package does not match this product or hardware version"),
    ERR_NO_SIGNAL(-35, "No input signal"),
    ERR_SD_CARD(-36, "SD card error"),
    ERR_XINYUE_SERVER(-37, "File upload: server error"),
    ERR_ALIYUN_OSS(-38, "File upload: Aliyun OSS error"),
    ERR_SD_NO_SPACE(-39, "SD card has no space"),
    ERR_SD_NO_PERMISSION(-40, "SD card is not writable"),
    // -41 to -58: the Ultra Encode family's code table (Companion's Magewell module; no vendor page in reach)
    ERR_RTSP_LIMITED(-41, "Only one RTSP session at a time"),
    /** Reserved. */
    ERR_RTSP_8M_LIMITED(-42, "RTSP bitrate limit"),
    /** Reserved. */
    ERR_BANDWIDTH_LIMITED(-43, "Bandwidth limit"),
    ERR_PORT_LIMITED(-44, "The port is already in use"),
    ERR_NDI_LIMITED(-45, "Only one NDI|HX session at a time"),
    ERR_SRT_LIMITED(-46, "Only one SRT Listener session at a time"),
    ERR_NDI_SETTINGS(-47, "NDI|HX needs a sub stream of at most 640x480 at 60 fps"),
    ERR_SUB_STREAM_SETTINGS(-48, "The sub stream must be at most 1280x720 at 30 fps"),
    ERR_HLS_LIMITED(-49, "Only one HLS session at a time"),
    ERR_PROTOCOL_LIMITED(-50, "Only one session per protocol"),
    ERR_INIT(-51, "The live channel could not be initialised"),
    ERR_DEINTERLACE_SETTINGS(-52, "The deinterlacing settings do not allow this"),
    /** The family's table spells it {@code errTVULimitted}. */
    ERR_TVU_LIMITED(-53, "Only one TVU ISSP task at a time"),
    /** Takes the place of -41, -45, -46, -49 and -53 on newer firmware. */
    ERR_PROTOCOL_ONE_CHANNEL(-54, "Only one session of this protocol at a time"),
    ERR_UHD_SETTINGS(-55, "The main stream is limited to 30 fps when encoding above 2048x1080"),
    ERR_INPUT_SIGNAL(-56, "The main stream is limited to 30 fps when the input is above 2048x1080"),
    /** Reserved. */
    ERR_SCHEDULER(-57, "Scheduler error"),
    ERR_MOUNT_POINT(-58, "NAS mount point error"),
    /** The {@code login} section answers 36 for a wrong user name or password (the code table has -1). */
    ERR_LOGIN_FAILED(36, "Wrong user name or password"),
    /** A value the document does not list. */
    UNKNOWN(Integer.MIN_VALUE, "Unknown result code");

    private final int code;
    private final String meaning;

    ResultCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number on the wire; {@link Integer#MIN_VALUE} for {@link #UNKNOWN}. */
    @Override
    public int code() {
        return code;
    }

    /** The meaning given by the document, in English. */
    public String meaning() {
        return meaning;
    }

    /** The code for a wire value; never null, {@link #UNKNOWN} for values the document does not list. */
    public static ResultCode of(int code) {
        return Coded.of(ResultCode.class, code, UNKNOWN);
    }

    /** Whether a reply with this code is a failure: every negative code, and the login failure 36. */
    public boolean isError() {
        return isError(code);
    }

    /** Same as {@link #isError()} for a raw wire value, so that unknown negative values count as errors. */
    public static boolean isError(int value) {
        return value < 0 || value == ERR_LOGIN_FAILED.code;
    }

    /** Whether this code means the user name or password was refused ({@link #ERR_PASSWD} or 36). */
    public boolean isAuthenticationFailure() {
        return this == ERR_PASSWD || this == ERR_LOGIN_FAILED;
    }

    @Override
    public String toString() {
        return this == UNKNOWN ? name() : name() + "(" + code + ")";
    }
}
