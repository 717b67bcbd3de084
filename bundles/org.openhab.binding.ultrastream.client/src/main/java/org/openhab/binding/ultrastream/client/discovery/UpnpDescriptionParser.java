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

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ultrastream.client.NetworkText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a UPnP device description safely: a document type declaration is refused outright, so no external
 * entity, no entity expansion and no DTD fetch can happen; nothing outside the bytes given is read.
 */
@NonNullByDefault
public final class UpnpDescriptionParser {

    private static final String DEVICE_NAMESPACE = "urn:schemas-upnp-org:device-1-0";
    /** Room for the longest value read (a device type URN); names are far shorter. */
    private static final int MAX_TEXT = 2 * NetworkText.MAX_NAME;

    private UpnpDescriptionParser() {
    }

    /** @throws IOException if the bytes are not a well-formed description with a {@code device} element */
    public static UpnpDeviceDescription parse(byte[] xml) throws IOException {
        Document document;
        try {
            document = newBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("Not a valid device description: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        Element device = child(root, "device");
        if (!"root".equals(root.getLocalName()) || device == null) {
            throw new IOException("Not a device description: no root/device element");
        }
        return new UpnpDeviceDescription(text(device, "deviceType"), text(device, "friendlyName"),
                text(device, "manufacturer"), text(device, "modelName"), text(device, "modelNumber"),
                text(device, "serialNumber"), text(device, "UDN"));
    }

    private static DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() { // the default one prints to stderr
            @Override
            public void warning(@Nullable SAXParseException exception) {
            }

            @Override
            public void error(@Nullable SAXParseException exception) throws SAXException {
                throw exception != null ? exception : new SAXException("XML error");
            }

            @Override
            public void fatalError(@Nullable SAXParseException exception) throws SAXException {
                throw exception != null ? exception : new SAXException("XML error");
            }
        });
        return builder;
    }

    /** The first child element of that name, in the UPnP device namespace or, leniently, in none. */
    private static @Nullable Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                String namespace = element.getNamespaceURI();
                if (namespace == null || DEVICE_NAMESPACE.equals(namespace)) {
                    return element;
                }
            }
        }
        return null;
    }

    /** The element's text, cleaned: it reaches labels and log lines. */
    private static String text(Element device, String name) {
        Element element = child(device, name);
        return element == null ? "" : NetworkText.clean(element.getTextContent(), MAX_TEXT);
    }
}
