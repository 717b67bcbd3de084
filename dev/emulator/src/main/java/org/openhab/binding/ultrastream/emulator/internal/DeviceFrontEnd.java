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
package org.openhab.binding.ultrastream.emulator.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.MultipartConfigElement;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.openhab.binding.ultrastream.emulator.internal.discovery.DeviceDescription;

/**
 * The HTTP side of one device: {@code /usapi}, the snapshot and the UPnP description on the HTTP port, and
 * recorded files and thumbnails on the download port. It applies the fault switches to {@code /usapi}
 * replies and makes the whole device unreachable (connections closed unanswered) while it reboots.
 */
@NonNullByDefault
public final class DeviceFrontEnd {

    public static final String SNAPSHOT_PATH = "/tmp/sbox-snapshot/sbox-quarter.jpg";
    private static final String JSON = "application/json";
    private static final int MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
    /** The input snapshot and every thumbnail: a small colour-bar JPEG. */
    private static final byte[] JPEG = loadJpeg();

    private final DeviceHost host;
    private final DeviceModel model;
    private final Usapi usapi;
    private final FaultState faults;
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();

    public DeviceFrontEnd(DeviceHost host, FaultState faults) {
        this.host = host;
        this.model = host.model();
        this.usapi = new Usapi(model);
        this.faults = faults;
    }

    // ---- request counts for tests -----------------------------------------------------------------------

    public int requestCount(String method) {
        AtomicInteger n = requestCounts.get(method);
        return n == null ? 0 : n.get();
    }

    public int totalRequestCount() {
        return requestCounts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public void resetRequestCounts() {
        requestCounts.clear();
    }

    // ---- HTTP port --------------------------------------------------------------------------------------

    public void handleHttp(Request base, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        base.setHandled(true);
        if (unreachable(base)) {
            return;
        }
        String path = base.getPathInfo();
        if ("/usapi".equals(path)) {
            handleUsapi(base, req, resp);
        } else if (SNAPSHOT_PATH.equals(path)) {
            send(resp, "image/jpeg", JPEG);
        } else if (DeviceDescription.PATH.equals(path) && host.ssdpEnabled()) {
            send(resp, "text/xml; charset=utf-8", DeviceDescription.xml(host).getBytes(StandardCharsets.UTF_8));
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void handleUsapi(Request base, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = methodOf(req);
        requestCounts.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        long latency = faults.latencyMs;
        if (latency > 0) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (faults.http500) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        Call.Upload upload = null;
        byte[] body = new byte[0];
        String contentType = req.getContentType();
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            upload = readUpload(base, req);
        } else if ("POST".equals(req.getMethod())) {
            body = req.getInputStream().readAllBytes();
        }
        Map<String, String> params = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v.length > 0 ? v[0] : ""));
        String reply;
        String issuedSid;
        synchronized (model) {
            long now = host.now();
            model.settle(now);
            if (model.isRebooting(now)) {
                base.getHttpChannel().abort(new IOException("rebooting"));
                return;
            }
            Call call = new Call(method, now, params, body, upload, Usapi.sidFromCookie(req.getHeader("Cookie")));
            Object answer = usapi.handle(call);
            issuedSid = call.issuedSid;
            host.publish();
            // Written under the monitor: a reply may be live state (get-settings answers with the settings).
            reply = MalformedReplies.render(answer, faults.malformedJson);
        }
        if (issuedSid != null) {
            resp.addHeader("Set-Cookie", "sid=" + issuedSid + "; Path=/");
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        if (faults.dropConnections) {
            dropMidReply(base, resp, bytes);
            return;
        }
        send(resp, JSON, bytes);
    }

    /**
     * The {@code method} parameter. The document writes logout's URL as {@code /usapi?/usapi?method=logout}; a
     * client that copies it sends a parameter named {@code /usapi?method}, which counts too.
     */
    private static String methodOf(HttpServletRequest req) {
        String method = req.getParameter("method");
        if (method == null) {
            for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                if (e.getKey().endsWith("?method") && e.getValue().length > 0) {
                    return e.getValue()[0];
                }
            }
        }
        return String.valueOf(method);
    }

    /** Announces the whole body, sends half of it, then closes the connection. */
    private static void dropMidReply(Request base, HttpServletResponse resp, byte[] bytes) throws IOException {
        resp.setContentType(JSON);
        resp.setContentLength(bytes.length);
        OutputStream out = resp.getOutputStream();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        base.getHttpChannel().abort(new IOException("connection dropped by fault injection"));
    }

    private static Call.@Nullable Upload readUpload(Request base, HttpServletRequest req) throws IOException {
        base.setAttribute(Request.MULTIPART_CONFIG_ELEMENT, new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), MAX_UPLOAD_BYTES, MAX_UPLOAD_BYTES, 1024 * 1024));
        try {
            for (Part part : req.getParts()) {
                String name = part.getSubmittedFileName();
                if (name != null) {
                    long size = part.getSize();
                    part.delete();
                    return new Call.Upload(name, size);
                }
            }
        } catch (ServletException | IllegalStateException e) {
            return null;
        }
        return null;
    }

    // ---- download port ----------------------------------------------------------------------------------

    /**
     * {@code /download<path>/<name>} for a recorded file, {@code /download<path>/thumbnail/<thumbnail-name>.jpg}
     * for its thumbnail. A file's body is generated bytes of exactly its {@code size-bytes}.
     */
    public void handleDownload(Request base, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        base.setHandled(true);
        if (unreachable(base)) {
            return;
        }
        String path = base.getPathInfo();
        if (path == null || !path.startsWith("/download/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String wanted = path.substring("/download".length());
        MediaFile video = null;
        boolean thumbnail = false;
        synchronized (model) {
            long now = host.now();
            model.settle(now);
            for (Disk disk : new Disk[]{ model.usb, model.sd }) {
                if (!disk.isInserted()) {
                    continue;
                }
                for (MediaFile f : disk.files(now)) {
                    String dir = disk.mediaPath() + "/" + f.folder() + "/";
                    if (wanted.equals(dir + f.name())) {
                        video = f;
                    } else if (wanted.equals(dir + "thumbnail/" + f.thumbnailName() + ".jpg")) {
                        video = f;
                        thumbnail = true;
                    }
                }
            }
        }
        if (video == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (thumbnail) {
            send(resp, "image/jpeg", JPEG);
        } else {
            sendGenerated(req, resp, video);
        }
    }

    private static void sendGenerated(HttpServletRequest req, HttpServletResponse resp, MediaFile file)
            throws IOException {
        resp.setContentType(file.name().endsWith(".mov") ? "video/quicktime" : "video/mp4");
        resp.setContentLengthLong(file.sizeBytes());
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31);
        }
        OutputStream out = resp.getOutputStream();
        long left = file.sizeBytes();
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            out.write(chunk, 0, n);
            left -= n;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** While the device reboots every port drops connections unanswered, as a box that is down. */
    private boolean unreachable(Request base) {
        boolean down;
        synchronized (model) {
            model.settle(host.now());
            down = model.isRebooting(host.now());
        }
        if (down) {
            base.getHttpChannel().abort(new IOException("rebooting"));
        }
        return down;
    }

    private static void send(HttpServletResponse resp, String contentType, byte[] bytes) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static byte[] loadJpeg() {
        try (InputStream in = DeviceFrontEnd.class.getResourceAsStream("snapshot.jpg")) {
            if (in == null) {
                throw new IllegalStateException("snapshot.jpg missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
