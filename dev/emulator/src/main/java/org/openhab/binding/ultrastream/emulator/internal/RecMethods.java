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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ultrastream.emulator.internal.Replies.MediaFiles;
import org.openhab.binding.ultrastream.emulator.internal.Replies.Result;
import org.openhab.binding.ultrastream.emulator.internal.Usapi.Access;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Recording and its files: {@code start-rec}, {@code stop-rec}, {@code get-media-files},
 * {@code del-media-files}.
 */
@NonNullByDefault
final class RecMethods {

    private final DeviceModel model;

    RecMethods(DeviceModel model) {
        this.model = model;
    }

    void register(Usapi api) {
        api.add("start-rec", Access.SESSION, this::startRec);
        api.add("stop-rec", Access.SESSION, this::stopRec);
        api.add("get-media-files", Access.SESSION, this::getMediaFiles);
        api.add("del-media-files", Access.SESSION, this::delMediaFiles);
    }

    private Result startRec(Call call) {
        model.startRec(call.now);
        return Usapi.ok();
    }

    /** Stopping when nothing records is a repeated command (1). */
    private Result stopRec(Call call) {
        return model.stopRec(call.now) ? Usapi.ok() : Usapi.result(ResultCode.RET_REPEAT);
    }

    /** Files of the folder recordings go to, newest first, {@code count} of them from {@code start}. */
    private Object getMediaFiles(Call call) {
        Disk disk = model.disk(call.requiredInt("disk-type"));
        int start = call.optionalInt("start", 0);
        int count = call.optionalInt("count", Integer.MAX_VALUE);
        ApiError.require(start >= 0 && count >= 0);
        if (!disk.isInserted()) {
            return Usapi.result(ResultCode.ERR_DISK);
        }
        String folder = model.mediaFolder(disk);
        List<MediaFile> files = new ArrayList<>();
        for (MediaFile f : disk.files(call.now)) {
            if (f.folder().equals(folder)) {
                files.add(f);
            }
        }
        Collections.reverse(files);
        Settings.DateTime time = model.settings.dateTime;
        List<MediaFiles.Entry> page = files.stream().skip(start).limit(count)
                .map(f -> new MediaFiles.Entry(f.name(), f.thumbnailName(), f.status(), time.format(f.createMillis()),
                        f.sizeBytes(), f.durationMs(), f.width(), f.height(), f.interval(), f.codec()))
                .toList();
        return new MediaFiles(0, disk.mediaPath() + "/" + folder, "thumbnail", page);
    }

    /**
     * POST body {@code {"disk-type":1,"media-files":["VID_6.mp4"]}}. Deletes the files it finds; -14 when one
     * of the names is not there (the file being recorded cannot be deleted either).
     */
    private Result delMediaFiles(Call call) {
        JsonObject request;
        try {
            JsonElement parsed = JsonParser.parseString(new String(call.body, StandardCharsets.UTF_8));
            ApiError.require(parsed.isJsonObject());
            request = parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new ApiError(ResultCode.ERR_PARAM);
        }
        JsonElement type = request.get("disk-type");
        JsonElement names = request.get("media-files");
        ApiError.require(type != null && type.isJsonPrimitive() && names != null && names.isJsonArray());
        Disk disk;
        try {
            disk = model.disk(type.getAsInt());
        } catch (NumberFormatException e) {
            throw new ApiError(ResultCode.ERR_PARAM);
        }
        boolean allFound = true;
        for (JsonElement name : names.getAsJsonArray()) {
            ApiError.require(name.isJsonPrimitive());
            allFound &= disk.delete(name.getAsString());
        }
        return allFound ? Usapi.ok() : Usapi.result(ResultCode.ERR_NOT_FOUND);
    }
}
