package org.jianbao.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Parses package parts into DOM with DOCTYPEs refused, so no entity can read a local file or expand. */
final class SafeXml {

    private static final String DOCTYPE_REFUSED = "contains a DOCTYPE declaration (refused: entities could read local files)";
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Comments and processing instructions before the root element; an XML part's prologue is far shorter. */
    private static final int PROLOGUE_LIMIT = 64 * 1024;

    private final DocumentBuilder builder;

    SafeXml() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a security feature", e);
        }
    }

    /**
     * Refuses a part whose prologue declares a DOCTYPE, before any other parser (POI's) sees it: the refusal is
     * then ours, by name, whatever that parser's configuration.
     */
    static void refuseDoctype(byte[] xml, String source, String partName) {
        int end = Math.min(xml.length, PROLOGUE_LIMIT);
        for (int i = 0; i + 1 < end; i++) {
            if (xml[i] != '<') {
                continue;
            }
            byte next = xml[i + 1];
            if (next == '!' && startsWith(xml, i, DOCTYPE)) {
                throw new TemplateException(source, new TemplateProblem("package.bad-xml", partName + " " + DOCTYPE_REFUSED, null), null);
            }
            if (next != '?' && next != '!') {
                return; // the root element: a DOCTYPE can only come before it
            }
        }
    }

    private static boolean startsWith(byte[] xml, int at, byte[] prefix) {
        if (at + prefix.length > xml.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (xml[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    Document parse(byte[] xml, String source, String partName) {
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? DOCTYPE_REFUSED
                    : "is not well-formed XML: " + e.getMessage();
            throw new TemplateException(source, new TemplateProblem("package.bad-xml", partName + " " + why, null), e);
        } catch (IOException e) {
            throw new TemplateException(source, List.of(new TemplateProblem("package.bad-xml", partName + ": " + e.getMessage(), null)));
        }
    }
}
