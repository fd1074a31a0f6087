package org.jianbao.office;

import java.util.Map;

/**
 * Names the JDK's own XML parser and transformer factories as the JAXP defaults, unless something already chose.
 * <p>
 * Why: {@code SAXParserFactory.newInstance()} and its siblings, with no system property set, look for a provider
 * through {@code ServiceLoader}, which opens every jar of the class path; POI and XmlBeans call them for every part
 * they parse or save. Profiled (JFR, the product's briefing, warm): 4–5 % of a document's CPU went to that search,
 * more under Spring Boot's nested jars. No jar the product ships provides another factory (checked: no
 * {@code META-INF/services/javax.xml.parsers.*} or {@code javax.xml.transform.TransformerFactory} entry), so naming
 * the JDK's classes chooses what the search would have found.
 */
public final class XmlFactories {

    private static final Map<String, String> JDK_DEFAULTS = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private XmlFactories() {
    }

    /** Call once, first thing in {@code main}. A factory named by the user ({@code -D…}) is kept. */
    public static void useJdkDefaults() {
        JDK_DEFAULTS.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }
}
