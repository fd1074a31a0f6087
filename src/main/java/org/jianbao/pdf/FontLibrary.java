package org.jianbao.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts a PDF can use: found once per process in the configured folder, then the system's font folders,
 * then two Noto Sans SC (思源黑体) TTFs on the classpath so that a fresh machine still renders Chinese.
 *
 * <p>Maps the names official documents use (仿宋_GB2312, 黑体, 楷体_GB2312, 宋体, 方正小标宋简体, Times New Roman…)
 * to real fonts by file name ({@code simfang.ttf}) and by the names inside the font, substitutes when the real
 * font is missing, and remembers every such decision for {@link #resolutions()} and the log. Font bytes are read
 * once and each {@link BaseFont} is shared by all renders (OpenPDF keeps subset state per writer, not per font).
 */
public final class FontLibrary {

    private static final Logger log = LoggerFactory.getLogger(FontLibrary.class);

    private static final ConcurrentMap<String, FontLibrary> INSTANCES = new ConcurrentHashMap<>();

    static final String CLASSPATH_DIR = "com/github/xingfudeshi/fonts/";
    static final FontFace NOTO_SANS_SC = new FontFace("classpath:" + CLASSPATH_DIR + "思源黑体正常_0.ttf", -1,
            "Noto Sans SC Regular (思源黑体)", Set.of("noto sans sc", "思源黑体", "思源黑体正常", "source han sans sc", "source han sans cn"), false, false);
    static final FontFace NOTO_SANS_SC_MEDIUM = new FontFace("classpath:" + CLASSPATH_DIR + "思源黑体中粗.ttf", -1,
            "Noto Sans SC Medium (思源黑体 中粗)", Set.of("noto sans sc medium", "思源黑体 medium", "思源黑体中粗"), true, false);

    /** The document font names the {@code fonts} command resolves even before a document asks. */
    public static final List<String> STANDARD_NAMES = List.of("仿宋_GB2312", "仿宋", "黑体", "楷体_GB2312", "楷体",
            "宋体", "方正小标宋简体", "微软雅黑", "Times New Roman", "Arial");

    /**
     * The look a document font belongs to. A missing font is replaced by a face of the same class, so that the
     * body (仿宋), the （一） headings (楷体), the title (小标宋) and the 一、 headings (黑体) stay distinct.
     */
    public enum FontClass {
        /** 宋体, 仿宋, 小标宋: a serif (Ming/Song) face. */
        SERIF("serif (宋/仿宋)"),
        /** 楷体: a brush (kai) face. */
        KAI("kai (楷)"),
        /** 黑体, 微软雅黑: a sans face. */
        SANS("sans (黑)"),
        LATIN_SERIF("Latin serif"),
        LATIN_SANS("Latin sans"),
        MONO("monospace");

        private final String label;

        FontClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Freely licensed faces per class, best first (Debian packages in brackets). */
    private static final java.util.Map<FontClass, List<String>> CLASS_FACES = java.util.Map.of(
            // fonts-noto-cjk (CFF), fonts-arphic-uming (TrueType)
            FontClass.SERIF, List.of("noto serif cjk sc", "noto serif sc", "source han serif sc", "source han serif cn",
                    "思源宋体", "source han serif", "ar pl uming cn", "ar pl uming", "ar pl sungti gb", "fandol song"),
            // fonts-lxgw-wenkai, fonts-arphic-ukai (both TrueType)
            FontClass.KAI, List.of("lxgw wenkai", "霞鹜文楷", "ar pl ukai cn", "ar pl ukai", "ar pl kaitim gb", "fandol kai"),
            // the classpath's Noto Sans SC is TrueType and of the same design as the system's CFF Noto Sans CJK
            FontClass.SANS, List.of("wenquanyi micro hei", "wenquanyi zen hei", "noto sans sc", "思源黑体",
                    "noto sans cjk sc", "source han sans sc", "source han sans cn"),
            FontClass.LATIN_SERIF, List.of("liberation serif", "tinos", "dejavu serif"),
            FontClass.LATIN_SANS, List.of("liberation sans", "arimo", "dejavu sans"),
            FontClass.MONO, List.of("liberation mono", "cousine", "dejavu sans mono"));

    /** Groups of names that mean the same font, with file names and own substitutes in order of preference. */
    private record Alias(Set<String> names, List<String> files, List<String> substitutes, FontClass fontClass,
            boolean heavy) {
        boolean latin() {
            return fontClass == FontClass.LATIN_SERIF || fontClass == FontClass.LATIN_SANS || fontClass == FontClass.MONO;
        }
    }

    private static final List<Alias> ALIASES = List.of(
            new Alias(Set.of("仿宋_gb2312", "仿宋", "fangsong", "fangsong_gb2312", "仿宋_gb18030", "simfang", "方正仿宋_gbk",
                    "方正仿宋简体"),
                    List.of("simfang.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "fs_gb2312.ttf"),
                    List.of("zhuque fangsong (technical preview)", "fandol fang"), FontClass.SERIF, false),
            new Alias(Set.of("黑体", "simhei", "heiti", "heiti sc", "方正黑体_gbk", "方正黑体简体"),
                    List.of("simhei.ttf"), List.of(), FontClass.SANS, true),
            new Alias(Set.of("楷体_gb2312", "楷体", "kaiti", "kaiti_gb2312", "simkai", "方正楷体_gbk", "方正楷体简体"),
                    List.of("simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf"), List.of(), FontClass.KAI, false),
            new Alias(Set.of("宋体", "simsun", "nsimsun", "新宋体", "songti sc", "方正书宋_gbk", "方正书宋简体"),
                    List.of("simsun.ttc", "simsun.ttf"), List.of(), FontClass.SERIF, false),
            new Alias(Set.of("方正小标宋简体", "方正小标宋_gbk", "方正小标宋", "fzxiaobiaosong-b05s", "fzxiaobiaosong-b05",
                    "华文中宋", "stzhongsong"),
                    List.of("fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf", "stzhongs.ttf"), List.of(), FontClass.SERIF, true),
            new Alias(Set.of("微软雅黑", "microsoft yahei"), List.of("msyh.ttc", "msyh.ttf"), List.of(), FontClass.SANS, false),
            new Alias(Set.of("times new roman", "times"), List.of("times.ttf"), List.of(), FontClass.LATIN_SERIF, false),
            new Alias(Set.of("arial", "helvetica"), List.of("arial.ttf"), List.of(), FontClass.LATIN_SANS, false),
            new Alias(Set.of("calibri"), List.of("calibri.ttf"), List.of("carlito"), FontClass.LATIN_SANS, false),
            new Alias(Set.of("cambria"), List.of("cambria.ttc"), List.of("caladea"), FontClass.LATIN_SERIF, false),
            new Alias(Set.of("courier new", "courier"), List.of("cour.ttf"), List.of(), FontClass.MONO, false));

    /** The class of a document font name: by its alias group, else a guess from the name. */
    public static FontClass classOf(String documentFont) {
        String lower = documentFont == null ? "宋体" : documentFont.trim().toLowerCase(Locale.ROOT);
        for (Alias a : ALIASES) {
            if (a.names().contains(lower)) {
                return a.fontClass();
            }
        }
        if (lower.contains("楷") || lower.contains("kai")) {
            return FontClass.KAI;
        }
        if (lower.contains("黑") || lower.contains("hei") || lower.contains("雅黑") || lower.contains("圆")) {
            return FontClass.SANS;
        }
        if (lower.chars().anyMatch(c -> c >= 0x2e80)) {
            return FontClass.SERIF; // 宋, 仿宋, 标宋, 书宋 and the rest of official faces
        }
        if (lower.contains("mono") || lower.contains("courier") || lower.contains("consol")) {
            return FontClass.MONO;
        }
        return lower.contains("sans") || lower.contains("arial") || lower.contains("helvet") || lower.contains("verdana")
                || lower.contains("tahoma") || lower.contains("calibri") ? FontClass.LATIN_SANS : FontClass.LATIN_SERIF;
    }

    private final Path configured;
    private final List<Path> searched;
    private final List<FontFace> faces;
    private final ConcurrentMap<String, BaseFont> loaded = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ResolvedFont> resolved = new ConcurrentHashMap<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    private FontLibrary(Path configured, List<Path> searched, List<FontFace> faces) {
        this.configured = configured;
        this.searched = searched;
        this.faces = faces;
    }

    /** The library for this folder (null: system folders only), scanned once per process. */
    public static FontLibrary create(Path configuredFolderOrNull) {
        String key = configuredFolderOrNull == null ? "" : configuredFolderOrNull.toAbsolutePath().normalize().toString();
        return INSTANCES.computeIfAbsent(key, k -> scan(configuredFolderOrNull));
    }

    private static FontLibrary scan(Path configured) {
        List<Path> folders = new ArrayList<>();
        if (configured != null) {
            folders.add(configured);
        }
        String home = System.getProperty("user.home", "");
        String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
        for (String f : List.of(windir + "\\Fonts", home + "/AppData/Local/Microsoft/Windows/Fonts", "/usr/share/fonts",
                "/usr/local/share/fonts", home + "/.fonts", home + "/.local/share/fonts", "/Library/Fonts",
                home + "/Library/Fonts", "/System/Library/Fonts")) {
            try {
                folders.add(Paths.get(f));
            } catch (RuntimeException invalidOnThisSystem) {
                // a Windows path on Linux or the reverse: nothing to scan
            }
        }
        List<FontFace> faces = new ArrayList<>();
        List<Path> searched = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            searched.add(folder);
            try (Stream<Path> files = Files.walk(folder, 6)) {
                files.filter(FontLibrary::isFontFile).sorted().forEach(file -> {
                    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
                        faces.addAll(FontNames.read(ch, file.toString()));
                    } catch (IOException | RuntimeException e) {
                        log.debug("Skipping unreadable font {}: {}", file, e.toString());
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                log.debug("Cannot scan {}: {}", folder, e.toString());
            }
        }
        faces.add(NOTO_SANS_SC);
        faces.add(NOTO_SANS_SC_MEDIUM);
        log.debug("Found {} font faces in {}", faces.size(), searched);
        return new FontLibrary(configured, List.copyOf(searched), List.copyOf(faces));
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf"));
    }

    /** Every face found, in search order (configured folder first, classpath last). */
    public List<FontFace> faces() {
        return faces;
    }

    /** The folders that exist and were scanned. */
    public List<Path> searchedFolders() {
        return searched;
    }

    public Path configuredFolder() {
        return configured;
    }

    /** Every name resolved so far in this process (and the standard names), substitutions marked. */
    public List<FontResolution> resolutions() {
        for (String name : STANDARD_NAMES) {
            resolve(name, false, false);
        }
        return resolved.values().stream().map(ResolvedFont::resolution).distinct()
                .sorted(Comparator.comparing(FontResolution::requested)).toList();
    }

    /** The font for a document font name; never null (the classpath font is the last resort). */
    ResolvedFont resolve(String requested, boolean bold) {
        return resolve(requested, bold, true);
    }

    private ResolvedFont resolve(String requested, boolean bold, boolean report) {
        String name = requested == null || requested.isBlank() ? "宋体" : requested.trim();
        ResolvedFont font = resolved.computeIfAbsent(name.toLowerCase(Locale.ROOT) + (bold ? "|b" : ""),
                k -> doResolve(name, bold));
        FontResolution r = font.resolution();
        if (report && logged.add(r.requested())) {
            if (r.substituted()) {
                // INFO: a substitution is how the product runs on a machine without the official fonts, not a fault;
                // the commands print it on stdout, a run's log keeps it at INFO
                log.info("Font {} not found, using {} ({})", r.requested(), r.used(), r.source());
            } else {
                log.info("Font {} -> {} ({})", r.requested(), r.used(), r.source());
            }
        }
        return font;
    }

    private ResolvedFont doResolve(String name, boolean bold) {
        String lower = name.toLowerCase(Locale.ROOT);
        Alias alias = ALIASES.stream().filter(a -> a.names().contains(lower)).findFirst().orElse(null);
        FontClass fontClass = alias != null ? alias.fontClass() : classOf(name);
        boolean heavy = bold || alias != null && alias.heavy();
        FontFace face = byName(Set.of(lower), bold, true, null);
        if (face == null && alias != null) {
            face = byFile(alias.files(), bold);
            if (face == null) {
                face = byName(alias.names(), bold, true, null);
            }
        }
        boolean substituted = face == null;
        if (face == null) {
            face = substitute(alias == null ? List.of() : alias.substitutes(), fontClass, heavy);
        }
        boolean syntheticBold = (bold || substituted && heavy) && !face.bold()
                && !(face == NOTO_SANS_SC_MEDIUM && alias != null && alias.heavy());
        String label = name + (bold ? " Bold" : "");
        FontResolution resolution = new FontResolution(label, face.fullName(), face.location(), substituted);
        return new ResolvedFont(baseFont(face), face, syntheticBold, resolution);
    }

    /** Per class, the face a missing font of that class is drawn with (regular and heavy), for {@code fonts}. */
    public Map<FontClass, List<FontFace>> classSubstitutes() {
        Map<FontClass, List<FontFace>> map = new LinkedHashMap<>();
        for (FontClass c : FontClass.values()) {
            map.put(c, List.of(substitute(List.of(), c, false), substitute(List.of(), c, true)));
        }
        return map;
    }

    /** Where a face comes from, for display: the configured folder, the system or the jar. */
    public String origin(FontFace face) {
        return switch (tier(face)) {
            case 0 -> "fonts-dir";
            case 1 -> "system";
            default -> "jar";
        };
    }

    /** Where a face comes from: 0 the configured folder, 1 the system, 2 the classpath. */
    private int tier(FontFace face) {
        if (face.source().startsWith("classpath:")) {
            return 2;
        }
        return configured != null && Path.of(face.source()).toAbsolutePath().normalize()
                .startsWith(configured.toAbsolutePath().normalize()) ? 0 : 1;
    }

    /**
     * A face of the same class for a missing font: from the configured folder if it has one, else from the
     * system, else the classpath's Noto Sans SC; within a source, the alias's own substitutes, then the class's
     * faces in order. Heavy fonts (黑体, 小标宋, bold runs) take a bold face where the family has one.
     */
    private FontFace substitute(List<String> own, FontClass fontClass, boolean heavy) {
        List<String> names = new ArrayList<>(own);
        names.addAll(CLASS_FACES.getOrDefault(fontClass, List.of()));
        // sans: the classpath's TrueType Noto Sans SC is the same design as the system's CFF Noto Sans CJK and makes
        // smaller PDFs, so CFF sans faces are not taken as substitutes
        // Within a source, TrueType faces first: OpenPDF's subset of a CFF face keeps every glyph slot, so each CFF
        // face costs ~200-280 KB in the PDF against ~40 KB for a TrueType one (docs/notes/pdf.md)
        for (int pass = 0; pass < 2 * 2; pass++) {
            int tier = pass / 2;
            boolean allowCff = pass % 2 == 1 && fontClass != FontClass.SANS;
            if (pass % 2 == 1 && !allowCff) {
                continue;
            }
            for (String n : names) {
                FontFace face = byName(Set.of(n), heavy, allowCff, tier);
                if (face != null && face.cff() && face.bold()) {
                    // each CFF face costs ~200 KB in the PDF (OpenPDF keeps every glyph slot of the subset):
                    // heavy text takes the regular face drawn bold rather than a second CFF face
                    FontFace regular = byName(Set.of(n), false, allowCff, tier);
                    face = regular != null ? regular : face;
                }
                if (face != null) {
                    return face;
                }
            }
        }
        if (fontClass == FontClass.LATIN_SERIF || fontClass == FontClass.LATIN_SANS || fontClass == FontClass.MONO) {
            FontFace face = byName(Set.of("dejavu sans"), heavy, false, null);
            if (face != null) {
                return face;
            }
        }
        return heavy ? NOTO_SANS_SC_MEDIUM : NOTO_SANS_SC;
    }

    private FontFace byFile(List<String> files, boolean bold) {
        for (String f : files) {
            String file = f.toLowerCase(Locale.ROOT);
            for (FontFace face : faces) {
                if (face.fileName().equals(file) && face.index() <= 0) {
                    return face;
                }
            }
        }
        return null;
    }

    private FontFace byName(Set<String> names, boolean bold, boolean allowCff, Integer tier) {
        FontFace best = null;
        int bestScore = -1;
        for (FontFace face : faces) {
            if (face.names().stream().noneMatch(names::contains)) {
                continue;
            }
            if (tier != null && tier(face) != tier) {
                continue;
            }
            if (face.cff() && !allowCff) {
                continue;
            }
            int score = (face.cff() ? 0 : 20) + (face.bold() == bold ? 10 : 0) - oddStyle(face.fullName());
            if (score > bestScore) {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }

    /** Italic, light or condensed faces lose against the regular face of the same family. */
    private static int oddStyle(String fullName) {
        String n = fullName.toLowerCase(Locale.ROOT);
        int penalty = 0;
        for (String w : List.of("italic", "oblique", "light", "thin", "condensed", "mono", "math")) {
            if (n.contains(w)) {
                penalty++;
            }
        }
        return penalty;
    }

    /** Fonts to try, in order, for a character that the chosen font lacks. */
    List<BaseFont> fallbacks() {
        List<BaseFont> list = new ArrayList<>();
        list.add(baseFont(NOTO_SANS_SC));
        return list;
    }

    /** How many last-resort faces stay loaded at once; more are loaded again when asked. */
    static final int MAX_LAST_RESORT_FONTS = 4;
    /** How many code points' last-resort answers are remembered. */
    static final int MAX_REMEMBERED_CODE_POINTS = 4096;

    /** code point → the face that has it, or null: found by reading cmap tables, never by loading fonts. */
    private final Map<Integer, java.util.Optional<FontFace>> coverage = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, java.util.Optional<FontFace>> eldest) {
                    return size() > MAX_REMEMBERED_CODE_POINTS;
                }
            });
    private final Map<String, BaseFont> lastResort = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BaseFont> eldest) {
                    return size() > MAX_LAST_RESORT_FONTS;
                }
            });

    /**
     * The last resort for a character that the document's fonts and Noto Sans SC lack: the first other face
     * found whose cmap maps it. Faces are indexed lazily (their cmap is read from disk, one code point at a
     * time, and the answer remembered in a bounded map) and at most {@link #MAX_LAST_RESORT_FONTS} of them are
     * kept loaded, so a folder of a thousand fonts costs neither their bytes nor their parsing.
     */
    BaseFont lastResortFor(int codePoint) {
        FontFace face = coverage.computeIfAbsent(codePoint, cp -> java.util.Optional.ofNullable(findCovering(cp)))
                .orElse(null);
        if (face == null) {
            return null;
        }
        BaseFont loadedFont = loaded.get(face.location());
        if (loadedFont != null) {
            return loadedFont;
        }
        return lastResort.computeIfAbsent(face.location(), k -> load(face, false));
    }

    /** Fonts loaded now (for tests of the bounds): document fonts plus last-resort fonts, and files whose bytes are held. */
    int[] loadedCounts() {
        return new int[] {loaded.size(), lastResort.size(), fileBytes.size()};
    }

    private FontFace findCovering(int codePoint) {
        Set<String> tried = new java.util.HashSet<>();
        for (FontFace face : faces) {
            // members of one collection share their character set: trying the first is enough
            if (face == NOTO_SANS_SC || face == NOTO_SANS_SC_MEDIUM || !tried.add(face.source())) {
                continue;
            }
            try (SeekableByteChannel ch = Files.newByteChannel(Path.of(face.source()))) {
                if (FontNames.covers(ch, face.index(), codePoint)) {
                    return face;
                }
            } catch (IOException | RuntimeException e) {
                log.debug("Font {} unreadable: {}", face.location(), e.toString());
            }
        }
        return null;
    }

    BaseFont baseFont(FontFace face) {
        return loaded.computeIfAbsent(face.location(), k -> load(face, true));
    }

    /** The faces loaded from the jar (identity: BaseFont does not override equals). */
    private static final Set<BaseFont> BUNDLED = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /**
     * Ascent (with line gap) and descent per point of size, for line heights. A face is drawn with its own metrics,
     * except the jar's 思源黑体: its TrueType conversion declares a 500-unit line gap (USE_TYPO_METRICS, 1.5 em a
     * line) that 思源黑体 as installed does not have — Adobe's Source Han Sans and the systems' Noto Sans CJK give
     * 1160 + 288 units, 1.448 em, in Word (win metrics) and LibreOffice (hhea) alike, and that is the face
     * LibreOffice puts in for a missing 黑体. Drawn with the installed face's metrics, a sans table has the same
     * rows per page as there (26, not 25, on the held-out 400-row table).
     */
    static float[] lineMetrics(BaseFont font) {
        if (BUNDLED.contains(font)) {
            return new float[] {1.160f, 0.288f};
        }
        float ascent = font.getFontDescriptor(BaseFont.AWT_ASCENT, 1f);
        float descent = -font.getFontDescriptor(BaseFont.AWT_DESCENT, 1f);
        float leading = font.getFontDescriptor(BaseFont.AWT_LEADING, 1f);
        if (ascent <= 0) {
            ascent = font.getFontDescriptor(BaseFont.ASCENT, 1f);
            descent = -font.getFontDescriptor(BaseFont.DESCENT, 1f);
        }
        return new float[] {ascent + Math.max(0, leading), Math.max(0, descent)};
    }

    private final ConcurrentMap<String, byte[]> fileBytes = new ConcurrentHashMap<>();

    /** @param keepBytes whether the file's bytes stay cached (for the document's own fonts; not for last resorts) */
    private BaseFont load(FontFace face, boolean keepBytes) {
        try {
            byte[] bytes;
            String fileName;
            if (face.source().startsWith("classpath:")) {
                String resource = face.source().substring("classpath:".length());
                try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("font resource missing: " + resource);
                    }
                    bytes = in.readAllBytes();
                }
                fileName = face.bold() ? "NotoSansSC-Medium.ttf" : "NotoSansSC-Regular.ttf";
            } else {
                bytes = keepBytes ? fileBytes.computeIfAbsent(face.source(), FontLibrary::readFile)
                        : fileBytes.containsKey(face.source()) ? fileBytes.get(face.source()) : readFile(face.source());
                String n = Path.of(face.source()).getFileName().toString();
                String ext = n.substring(n.lastIndexOf('.')).toLowerCase(Locale.ROOT);
                fileName = "font" + Integer.toHexString(face.source().hashCode()) + ext;
            }
            String name = face.index() >= 0 ? fileName + "," + face.index() : fileName;
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            if (face.source().startsWith("classpath:")) {
                BUNDLED.add(font);
            }
            return font;
        } catch (IOException | UncheckedIOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot load font " + face.location() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The faces grouped by source file, for display. */
    public Map<String, List<FontFace>> facesBySource() {
        Map<String, List<FontFace>> map = new LinkedHashMap<>();
        for (FontFace f : faces) {
            map.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
        }
        return map;
    }
}
