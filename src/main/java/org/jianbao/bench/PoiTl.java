package org.jianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * poi-tl 1.12 for the comparison, without making it a dependency of the product: it is used from the class path when
 * there (tests), else from a jar file (by default the local Maven repository's copy), in a class loader whose parent
 * gives it this jar's POI. Called by reflection through its three-call API: compile, render, write.
 * <p>
 * poi-tl cannot read the product's briefing template as it is; {@link #template} makes a copy that it can, with the
 * differences written in {@link #DIFFERENCES}.
 */
final class PoiTl {

    static final String VERSION = "1.12.2";
    static final String DIFFERENCES = "poi-tl copy of the template: no chart (poi-tl only refills a chart already in the"
            + " template), row loops as poi-tl table loops ({{indicators}} with [name]… in the row), inverted sections"
            + " {{^x}} as {{?noX}} with a boolean, sections over text as {{?hasX}}, the date pre-formatted (no filters)";

    private final Method compile;
    private final Method render;
    private final Method write;
    private final Method close;
    private final Object configure;

    private PoiTl(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> template = Class.forName("com.deepoove.poi.XWPFTemplate", true, loader);
        Class<?> configureClass = Class.forName("com.deepoove.poi.config.Configure", true, loader);
        Class<?> policyClass = Class.forName("com.deepoove.poi.policy.RenderPolicy", true, loader);
        Object policy = Class.forName("com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy", true, loader)
                .getConstructor(boolean.class).newInstance(true);
        Object builder = configureClass.getMethod("builder").invoke(null);
        Method bind = builder.getClass().getMethod("bind", String.class, policyClass);
        bind.invoke(builder, "indicators", policy);
        bind.invoke(builder, "tailLines", policy);
        configure = builder.getClass().getMethod("build").invoke(builder);
        compile = template.getMethod("compile", InputStream.class, configureClass);
        render = template.getMethod("render", Object.class);
        write = template.getMethod("write", OutputStream.class);
        close = template.getMethod("close");
    }

    /** poi-tl from the class path, else from {@code jar}; null (with the reason in {@code why}) when neither works. */
    static PoiTl find(Path jar, StringBuilder why) {
        try {
            return new PoiTl(PoiTl.class.getClassLoader());
        } catch (ReflectiveOperationException | LinkageError e) {
            // not on the class path: try the jar
        }
        if (jar == null || !Files.isRegularFile(jar)) {
            why.append("poi-tl is not on the class path and no jar at ").append(jar).append(" (--poi-tl FILE)");
            return null;
        }
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, PoiTl.class.getClassLoader());
            return new PoiTl(loader);
        } catch (Exception | LinkageError e) {
            why.append("poi-tl could not be loaded from ").append(jar).append(": ").append(e);
            return null;
        }
    }

    static Path defaultJar() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "deepoove", "poi-tl", VERSION,
                "poi-tl-" + VERSION + ".jar");
    }

    /** Compile, render and write: poi-tl's templates hold live POI objects, so a compiled one renders once. */
    byte[] fill(byte[] template, Map<String, Object> data) throws Exception {
        Object t = compile.invoke(null, new ByteArrayInputStream(template), configure);
        try {
            render.invoke(t, data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            write.invoke(t, out);
            return out.toByteArray();
        } finally {
            close.invoke(t);
        }
    }

    /** The briefing template rewritten in poi-tl's tags (see {@link #DIFFERENCES}). */
    static byte[] template(byte[] docx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 2);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    data = rewrite(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String rewrite(String xml) {
        String s = xml.replace("{{date | date}}", "{{date}}").replace("{{@growthChart}}", "");
        for (String name : List.of("problems", "nextSteps")) {
            s = closeAfter(s, "{{^" + name + "}}", "{{/" + name + "}}", "{{?no" + cap(name) + "}}", "{{/no" + cap(name) + "}}");
        }
        for (String name : List.of("highlights", "requirementSource", "growthChart")) {
            s = closeAfter(s, "{{?" + name + "}}", "{{/" + name + "}}", "{{?has" + cap(name) + "}}", "{{/has" + cap(name) + "}}");
        }
        for (String name : List.of("indicators", "tailLines")) {
            s = rowLoop(s, name);
        }
        return s;
    }

    /** Replaces an opening tag and the first closing tag after it. */
    private static String closeAfter(String s, String open, String close, String newOpen, String newClose) {
        int at = s.indexOf(open);
        if (at < 0) {
            return s;
        }
        int end = s.indexOf(close, at);
        return s.substring(0, at) + newOpen + s.substring(at + open.length(), end) + newClose + s.substring(end + close.length());
    }

    /** {@code {{?x}}…{{/x}}} in one table row → poi-tl's {@code {{x}}} in the row and {@code [field]} for its tags. */
    private static String rowLoop(String s, String name) {
        int at = s.indexOf("{{?" + name + "}}");
        if (at < 0) {
            return s;
        }
        int rowStart = s.lastIndexOf("<w:tr", at);
        int rowEnd = s.indexOf("</w:tr>", at);
        String row = s.substring(rowStart, rowEnd).replace("{{?" + name + "}}", "\u0000").replace("{{/" + name + "}}", "")
                .replaceAll("\\{\\{([A-Za-z0-9_.]+)}}", "[$1]").replace("\u0000", "{{" + name + "}}");
        return s.substring(0, rowStart) + row + s.substring(rowEnd);
    }

    private static String cap(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The same model for poi-tl: the date formatted as the filter would, booleans for the rewritten sections. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> data(Map<String, Object> model) {
        Map<String, Object> data = new HashMap<>(model);
        Object date = model.get("date");
        if (date != null) {
            LocalDate d = LocalDate.parse(date.toString());
            data.put("date", d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
        }
        for (String name : List.of("problems", "nextSteps")) {
            Object v = model.get(name);
            data.put("no" + cap(name), !(v instanceof List<?> l) || l.isEmpty());
        }
        for (String name : List.of("highlights", "requirementSource", "growthChart")) {
            Object v = model.get(name);
            data.put("has" + cap(name), v != null && !"".equals(v) && !Boolean.FALSE.equals(v));
        }
        // poi-tl's table loop wants a list of maps, as the model has
        data.put("indicators", new ArrayList<>((List<Object>) model.getOrDefault("indicators", List.of())));
        return data;
    }
}
