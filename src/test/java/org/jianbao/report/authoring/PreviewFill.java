package org.jianbao.report.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A throw-away filler for previewing OUR templates before the real engine lands: it knows only what these two
 * templates use (each tag inside one {@code w:t}; block sections in their own paragraphs; row sections within one
 * row; the {@code date} filter) and shows a chart tag as a bracketed note. Not a template engine: never use it
 * for anything but looking at the layout.
 *
 * <p>{@code PreviewFill TEMPLATE.docx MODEL.json OUT.docx}
 */
public final class PreviewFill {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern OPEN = Pattern.compile("^\\{\\{([?^])([\\w.]+)}}$");
    private static final Pattern VALUE = Pattern.compile("\\{\\{([@]?)([\\w.]+)(?:\\s*\\|\\s*(\\w+))?}}");

    private PreviewFill() {
    }

    public static void main(String[] args) throws Exception {
        fill(Path.of(args[0]), JsonMapper.builder().build().readTree(Files.readString(Path.of(args[1]))), Path.of(args[2]));
    }

    public static void fill(Path template, JsonNode model, Path out) throws Exception {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(template));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = fillXml(bytes, model);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }

    private static byte[] fillXml(byte[] xml, JsonNode model) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element body = (Element) doc.getElementsByTagNameNS(W, "body").item(0);
        Deque<JsonNode> scopes = new ArrayDeque<>();
        scopes.push(model);
        expand(body, scopes);
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    /** Expands block sections among the children of a container, then rows and values inside what remains. */
    private static void expand(Element container, Deque<JsonNode> scopes) {
        List<Element> children = elements(container);
        for (int i = 0; i < children.size(); i++) {
            Element child = children.get(i);
            Matcher open = OPEN.matcher(text(child));
            if (child.getLocalName().equals("p") && open.matches()) {
                String name = open.group(2);
                int close = closing(children, i, name);
                List<Element> inner = children.subList(i + 1, close);
                JsonNode value = lookup(scopes, name);
                boolean inverted = open.group(1).equals("^");
                List<JsonNode> items = new ArrayList<>();
                if (inverted) {
                    if (falsy(value)) {
                        items.add(scopes.peek());
                    }
                } else if (value != null && value.isArray()) {
                    value.forEach(items::add);
                } else if (!falsy(value)) {
                    items.add(value);
                }
                Element closeTag = children.get(close);
                for (JsonNode item : items) {
                    Element holder = container.getOwnerDocument().createElementNS(W, "w:holder");
                    for (Element e : inner) {
                        holder.appendChild(e.cloneNode(true));
                    }
                    scopes.push(item);
                    expand(holder, scopes);
                    scopes.pop();
                    for (Element e : elements(holder)) {
                        container.insertBefore(e, closeTag);
                    }
                }
                for (Element e : new ArrayList<>(inner)) {
                    container.removeChild(e);
                }
                container.removeChild(child);
                container.removeChild(closeTag);
                i = close;
                continue;
            }
            if (child.getLocalName().equals("tbl")) {
                rows(child, scopes);
            }
            if (child.getLocalName().equals("p")) {
                values(child, scopes);
            }
        }
    }

    private static void rows(Element table, Deque<JsonNode> scopes) {
        for (Element row : elements(table)) {
            if (!row.getLocalName().equals("tr")) {
                continue;
            }
            Matcher m = Pattern.compile("\\{\\{\\?([\\w.]+)}}").matcher(text(row));
            if (m.find()) {
                JsonNode list = lookup(scopes, m.group(1));
                for (JsonNode item : list) {
                    Element copy = (Element) row.cloneNode(true);
                    scopes.push(item);
                    for (Element p : descendants(copy, "p")) {
                        values(p, scopes);
                    }
                    scopes.pop();
                    table.insertBefore(copy, row);
                }
                table.removeChild(row);
            } else {
                for (Element p : descendants(row, "p")) {
                    values(p, scopes);
                }
            }
        }
    }

    private static void values(Element paragraph, Deque<JsonNode> scopes) {
        for (Element t : descendants(paragraph, "t")) {
            String s = t.getTextContent().replaceAll("\\{\\{[?/^][\\w.]+}}", "");
            Matcher m = VALUE.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                JsonNode v = lookup(scopes, m.group(2));
                String text;
                if (m.group(1).equals("@")) {
                    text = "〔图表：" + (v == null || v.isNull() ? "无" : v.get("title").asString()) + "〕";
                } else if ("date".equals(m.group(3))) {
                    LocalDate d = LocalDate.parse(v.asString());
                    text = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                } else {
                    text = v == null || v.isNull() ? "" : v.asString();
                }
                m.appendReplacement(out, Matcher.quoteReplacement(text));
            }
            m.appendTail(out);
            t.setTextContent(out.toString());
        }
    }

    private static int closing(List<Element> children, int from, String name) {
        int depth = 0;
        for (int j = from + 1; j < children.size(); j++) {
            String t = text(children.get(j));
            if (OPEN.matcher(t).matches() && t.substring(3, t.length() - 2).equals(name)) {
                depth++;
            } else if (t.equals("{{/" + name + "}}")) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            }
        }
        throw new IllegalStateException("no {{/" + name + "}}");
    }

    private static JsonNode lookup(Deque<JsonNode> scopes, String path) {
        for (JsonNode scope : scopes) {
            JsonNode v = scope;
            for (String part : path.split("\\.")) {
                v = v == null || !v.isObject() ? null : v.get(part);
            }
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static boolean falsy(JsonNode v) {
        return v == null || v.isNull() || (v.isBoolean() && !v.asBoolean()) || (v.isArray() && v.isEmpty())
                || (v.isString() && v.asString().isEmpty());
    }

    private static String text(Element e) {
        StringBuilder s = new StringBuilder();
        for (Element t : descendants(e, "t")) {
            s.append(t.getTextContent());
        }
        return s.toString();
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element parent, String local) {
        NodeList list = parent.getElementsByTagNameNS(W, local);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

}
