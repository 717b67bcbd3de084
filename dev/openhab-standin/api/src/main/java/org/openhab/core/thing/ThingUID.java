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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in: {@code bindingId:thingTypeId[:bridgeId...]:id}.
 *
 * @author Magewell Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingUID extends UID {

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(join(thingTypeUID.getBindingId(), thingTypeUID.getId(), bridgePath(bridgeUID), id));
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(join(thingTypeUID.getBindingId(), thingTypeUID.getId(), List.of(bridgeIds), id));
    }

    public ThingUID(String bindingId, String id) {
        super(bindingId, "", id);
    }

    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(join(bindingId, "", bridgePath(bridgeUID), id));
    }

    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(String... segments) {
        super(segments);
    }

    private static List<String> bridgePath(ThingUID bridgeUID) {
        List<String> path = new ArrayList<>(bridgeUID.getBridgeIds());
        path.add(bridgeUID.getId());
        return path;
    }

    private static String[] join(String bindingId, String thingTypeId, List<String> bridgeIds, String id) {
        List<String> segments = new ArrayList<>();
        segments.add(bindingId);
        segments.add(thingTypeId);
        segments.addAll(bridgeIds);
        segments.add(id);
        return segments.toArray(new String[0]);
    }

    public List<String> getBridgeIds() {
        List<String> segments = getAllSegments();
        return segments.subList(2, segments.size() - 1);
    }

    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
