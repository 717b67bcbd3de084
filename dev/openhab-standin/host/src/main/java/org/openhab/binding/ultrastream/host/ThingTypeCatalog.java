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
package org.openhab.binding.ultrastream.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The thing types, channel group types and channel types of one binding, read from its
 * {@code OH-INF/thing/*.xml} the way openHAB reads them, reduced to what building a Thing needs: which
 * channels a thing type has, of which channel type, item type and kind, and its default properties.
 */
@NonNullByDefault
public final class ThingTypeCatalog {

    /** One channel of a thing type or channel group type, before it belongs to a thing. */
    private record ChannelDefinition(String id, String typeId, @Nullable String label) {
    }

    /** A channel type: its item type (none for triggers) and kind. */
    private record ChannelType(@Nullable String itemType, ChannelKind kind) {
    }

    /** A thing type: its channel groups, channels outside groups, default properties and config description. */
    private record ThingType(Map<String, String> groupTypeByGroupId, List<ChannelDefinition> channels,
            Map<String, String> properties, String configDescriptionURI) {
    }

    private final String bindingId;
    private final Map<String, ThingType> thingTypes = new HashMap<>();
    private final Map<String, List<ChannelDefinition>> groupTypes = new HashMap<>();
    private final Map<String, ChannelType> channelTypes = new HashMap<>();
    private final Map<String, List<String>> configParameters = new HashMap<>();

    private ThingTypeCatalog(String bindingId) {
        this.bindingId = bindingId;
    }

    /** Reads every {@code OH-INF/thing/*.xml} and {@code OH-INF/config/*.xml} of the bundle. */
    public static ThingTypeCatalog of(Bundle bundle, String bindingId) {
        ThingTypeCatalog catalog = new ThingTypeCatalog(bindingId);
        for (String folder : List.of("OH-INF/thing", "OH-INF/config")) {
            Enumeration<URL> entries = bundle.findEntries(folder, "*.xml", false);
            for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
                try (InputStream in = url.openStream()) {
                    catalog.read(in);
                } catch (IOException | SAXException | ParserConfigurationException e) {
                    throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
                }
            }
        }
        return catalog;
    }

    /** Reads one thing description document; for tests and for bindings outside a bundle. */
    public static ThingTypeCatalog of(InputStream xml, String bindingId) throws IOException {
        ThingTypeCatalog catalog = new ThingTypeCatalog(bindingId);
        try {
            catalog.read(xml);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e);
        }
        return catalog;
    }

    public boolean knows(ThingTypeUID thingTypeUID) {
        return bindingId.equals(thingTypeUID.getBindingId()) && thingTypes.containsKey(thingTypeUID.getId());
    }

    /** The channels a new thing of this type gets, as openHAB's ThingFactory would create them. */
    public List<Channel> channels(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        ThingType type = thingType(thingTypeUID);
        List<Channel> channels = new ArrayList<>();
        for (ChannelDefinition definition : type.channels()) {
            channels.add(channel(new ChannelUID(thingUID, definition.id()), definition));
        }
        type.groupTypeByGroupId().forEach((groupId, groupTypeId) -> {
            for (ChannelDefinition definition : groupTypes.getOrDefault(groupTypeId, List.of())) {
                channels.add(channel(new ChannelUID(thingUID, groupId, definition.id()), definition));
            }
        });
        return channels;
    }

    /** The default properties of the thing type. */
    public Map<String, String> properties(ThingTypeUID thingTypeUID) {
        return thingType(thingTypeUID).properties();
    }

    /** The names of the thing type's configuration parameters. */
    public List<String> configParameterNames(ThingTypeUID thingTypeUID) {
        return configParameters.getOrDefault(thingType(thingTypeUID).configDescriptionURI(), List.of());
    }

    /** A builder for a channel of the given type, for handlers that add channels at runtime. */
    public ChannelBuilder channelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        ChannelType type = channelTypes.getOrDefault(channelTypeUID.getId(), new ChannelType(null, ChannelKind.STATE));
        return ChannelBuilder.create(channelUID, type.itemType()).withType(channelTypeUID).withKind(type.kind());
    }

    /** Builders for the channels of a channel group type. */
    public List<ChannelBuilder> channelBuilders(ChannelGroupUID groupUID, ChannelGroupTypeUID groupTypeUID) {
        List<ChannelBuilder> builders = new ArrayList<>();
        for (ChannelDefinition definition : groupTypes.getOrDefault(groupTypeUID.getId(), List.of())) {
            ChannelUID channelUID = new ChannelUID(groupUID, definition.id());
            builders.add(channelBuilder(channelUID, new ChannelTypeUID(bindingId, definition.typeId())));
        }
        return builders;
    }

    private Channel channel(ChannelUID channelUID, ChannelDefinition definition) {
        ChannelBuilder builder = channelBuilder(channelUID, channelTypeUID(definition.typeId()));
        String label = definition.label();
        if (label != null) {
            builder.withLabel(label);
        }
        return builder.build();
    }

    private ChannelTypeUID channelTypeUID(String typeId) {
        // "system.xxx" names one of openHAB's system channel types; anything else is the binding's own
        return typeId.startsWith("system.")
                ? new ChannelTypeUID("system", typeId.substring("system.".length()))
                : new ChannelTypeUID(bindingId, typeId);
    }

    private ThingType thingType(ThingTypeUID thingTypeUID) {
        ThingType type = thingTypes.get(thingTypeUID.getId());
        if (type == null || !bindingId.equals(thingTypeUID.getBindingId())) {
            throw new IllegalArgumentException("Unknown thing type " + thingTypeUID);
        }
        return type;
    }

    private void read(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xml);
        for (Element element : children(document.getDocumentElement())) {
            String id = element.getAttribute("id");
            switch (name(element)) {
                case "thing-type", "bridge-type" -> thingTypes.put(id, readThingType(element));
                case "channel-group-type" -> groupTypes.put(id, readChannels(child(element, "channels")));
                case "channel-type" -> channelTypes.put(id, readChannelType(element));
                case "config-description" -> readConfigDescription(element);
                default -> {
                }
            }
        }
    }

    private ThingType readThingType(Element element) {
        Map<String, String> groups = new LinkedHashMap<>();
        Element channelGroups = child(element, "channel-groups");
        if (channelGroups != null) {
            for (Element group : children(channelGroups)) {
                groups.put(group.getAttribute("id"), group.getAttribute("typeId"));
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        Element propertiesElement = child(element, "properties");
        if (propertiesElement != null) {
            for (Element property : children(propertiesElement)) {
                properties.put(property.getAttribute("name"), property.getTextContent().trim());
            }
        }
        Element reference = child(element, "config-description-ref");
        Element inline = child(element, "config-description");
        String uri = reference != null ? reference.getAttribute("uri") : "";
        if (inline != null) {
            uri = "thing-type:" + bindingId + ":" + element.getAttribute("id");
            inline.setAttribute("uri", uri);
            readConfigDescription(inline);
        }
        return new ThingType(groups, readChannels(child(element, "channels")), properties, uri);
    }

    private void readConfigDescription(Element element) {
        List<String> names = new ArrayList<>();
        for (Element parameter : children(element)) {
            if ("parameter".equals(name(parameter))) {
                names.add(parameter.getAttribute("name"));
            }
        }
        configParameters.put(element.getAttribute("uri"), names);
    }

    private List<ChannelDefinition> readChannels(@Nullable Element channelsElement) {
        List<ChannelDefinition> channels = new ArrayList<>();
        if (channelsElement != null) {
            for (Element channel : children(channelsElement)) {
                Element label = child(channel, "label");
                channels.add(new ChannelDefinition(channel.getAttribute("id"), channel.getAttribute("typeId"),
                        label == null ? null : label.getTextContent().trim()));
            }
        }
        return channels;
    }

    private ChannelType readChannelType(Element element) {
        Element itemType = child(element, "item-type");
        Element kind = child(element, "kind");
        return new ChannelType(itemType == null ? null : itemType.getTextContent().trim(),
                kind == null ? ChannelKind.STATE : ChannelKind.parse(kind.getTextContent().trim()));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static @Nullable Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(name(e))).findFirst().orElse(null);
    }

    private static String name(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName();
    }
}
