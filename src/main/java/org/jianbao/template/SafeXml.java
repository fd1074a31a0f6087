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

    Document parse(byte[] xml, String source, String partName) {
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "contains a DOCTYPE declaration (refused: entities could read local files)"
                    : "is not well-formed XML: " + e.getMessage();
            throw new TemplateException(source, new TemplateProblem("package.bad-xml", partName + " " + why, null), e);
        } catch (IOException e) {
            throw new TemplateException(source, List.of(new TemplateProblem("package.bad-xml", partName + ": " + e.getMessage(), null)));
        }
    }
}
