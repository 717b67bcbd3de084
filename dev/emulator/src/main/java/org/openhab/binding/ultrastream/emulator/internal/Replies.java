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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The {@code /usapi} replies as Gson writes them. A component is a field of the vendor's document in camel case
 * ({@code diskStatus} is {@code disk-status}; {@code beignTime} keeps the firmware's {@code beign-time}), in the
 * document's order, which Gson keeps. A null component is left out: that is how one record serves the shapes that
 * lack a field.
 */
@NonNullByDefault
final class Replies {

    /** As the device writes: pretty-printed, and {@code '}, {@code <}, {@code &} and {@code =} as they are. */
    static final Gson GSON = builder().setPrettyPrinting().create();

    private Replies() {
    }

    private static GsonBuilder builder() {
        return new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_DASHES).disableHtmlEscaping();
    }

    /** The reply of most methods, and of every refusal. */
    record Result(int result) {
        static final Result OK = new Result(ResultCode.RET_SUCCEED.code());
    }

    record Ping(int result, int curStatus) {
    }

    record Users(int result, List<Users.Entry> users) {
        record Entry(String id, int type) {
        }
    }

    record MediaFiles(int result, String path, String thumbnail, List<MediaFiles.Entry> mediaFiles) {
        record Entry(String name, String thumbnailName, int status, String createTime, long sizeBytes, long duration,
                int width, int height, int interval, int codec) {
        }
    }

    /**
     * upload-update-file: the code in {@code status} (the method's own section, and real devices) or in
     * {@code result} ({@link FirmwareFaults#uploadReplyWithResult}); the rest only when the file is taken.
     */
    record Upload(@Nullable Integer status, @Nullable Integer result, @Nullable Boolean upToDate,
            @Nullable String version, @Nullable Long size) {
        static Upload of(boolean inResult, ResultCode code, @Nullable Boolean upToDate, @Nullable String version,
                @Nullable Long size) {
            return new Upload(inResult ? null : code.code(), inResult ? code.code() : null, upToDate, version, size);
        }

        static Upload refused(boolean inResult, ResultCode code) {
            return of(inResult, code, null, null, null);
        }
    }
}
