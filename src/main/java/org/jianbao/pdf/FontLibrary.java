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

    /** Groups of names that mean the same font, with file names and open substitutes in order of preference. */
    private record Alias(Set<String> names, List<String> files, List<String> substitutes, boolean latin, boolean heavy) {
    }

    private static final List<Alias> ALIASES = List.of(
            new Alias(Set.of("仿宋_gb2312", "仿宋", "fangsong", "fangsong_gb2312", "仿宋_gb18030", "simfang"),
                    List.of("simfang.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "fs_gb2312.ttf"),
                    List.of("zhuque fangsong (technical preview)", "lxgw wenkai", "ar pl ukai cn"), false, false),
            new Alias(Set.of("黑体", "simhei", "heiti", "heiti sc", "方正黑体_gbk", "方正黑体简体"),
                    List.of("simhei.ttf"),
                    List.of("wenquanyi micro hei", "wenquanyi zen hei"), false, true),
            new Alias(Set.of("楷体_gb2312", "楷体", "kaiti", "kaiti_gb2312", "simkai", "方正楷体_gbk", "方正楷体简体"),
                    List.of("simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf"),
                    List.of("lxgw wenkai", "ar pl ukai cn"), false, false),
            new Alias(Set.of("宋体", "simsun", "nsimsun", "新宋体", "songti sc"),
                    List.of("simsun.ttc", "simsun.ttf"),
                    List.of("ar pl uming cn"), false, false),
            new Alias(Set.of("方正小标宋简体", "方正小标宋_gbk", "方正小标宋", "fzxiaobiaosong-b05s", "fzxiaobiaosong-b05"),
                    List.of("fzxbsjw.ttf", "fzxbsk.ttf", "方正小标宋简体.ttf"),
                    List.of(), false, true),
            new Alias(Set.of("微软雅黑", "microsoft yahei"), List.of("msyh.ttc", "msyh.ttf"),
                    List.of("wenquanyi micro hei"), false, false),
            new Alias(Set.of("times new roman", "times"), List.of("times.ttf"),
                    List.of("liberation serif", "tinos", "dejavu serif"), true, false),
            new Alias(Set.of("arial", "helvetica"), List.of("arial.ttf"),
                    List.of("liberation sans", "arimo", "dejavu sans"), true, false),
            new Alias(Set.of("calibri"), List.of("calibri.ttf"), List.of("carlito", "dejavu sans"), true, false),
            new Alias(Set.of("cambria"), List.of("cambria.ttc"), List.of("caladea", "dejavu serif"), true, false),
            new Alias(Set.of("courier new", "courier"), List.of("cour.ttf"),
                    List.of("liberation mono", "cousine", "dejavu sans mono"), true, false));

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
                log.warn("Font {} not found, using {} ({})", r.requested(), r.used(), r.source());
            } else {
                log.info("Font {} -> {} ({})", r.requested(), r.used(), r.source());
            }
        }
        return font;
    }

    private ResolvedFont doResolve(String name, boolean bold) {
        String lower = name.toLowerCase(Locale.ROOT);
        Alias alias = ALIASES.stream().filter(a -> a.names().contains(lower)).findFirst().orElse(null);
        FontFace face = byName(Set.of(lower), bold, true);
        if (face == null && alias != null) {
            face = byFile(alias.files(), bold);
            if (face == null) {
                face = byName(alias.names(), bold, true);
            }
        }
        boolean substituted = face == null;
        if (face == null && alias != null) {
            for (String s : alias.substitutes()) {
                face = byName(Set.of(s), bold, false);
                if (face != null) {
                    break;
                }
            }
        }
        if (face == null) {
            boolean latin = alias != null ? alias.latin() : lower.chars().allMatch(c -> c < 0x2e80);
            if (latin && alias == null) {
                face = byName(Set.of("dejavu sans"), bold, false);
            }
            if (face == null) {
                face = bold || alias != null && alias.heavy() ? NOTO_SANS_SC_MEDIUM : NOTO_SANS_SC;
            }
        }
        boolean syntheticBold = bold && !face.bold() && !(face == NOTO_SANS_SC_MEDIUM && alias != null && alias.heavy());
        String label = name + (bold ? " Bold" : "");
        FontResolution resolution = new FontResolution(label, face.fullName(), face.location(), substituted);
        return new ResolvedFont(baseFont(face), face, syntheticBold, resolution);
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

    private FontFace byName(Set<String> names, boolean bold, boolean allowCff) {
        FontFace best = null;
        int bestScore = -1;
        for (FontFace face : faces) {
            if (face.names().stream().noneMatch(names::contains)) {
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

    /** Further fallbacks (every other face found), loaded only when the usual ones lack a character. */
    BaseFont lastResortFor(int codePoint) {
        Set<String> tried = new java.util.HashSet<>();
        for (FontFace face : faces) {
            // members of one collection share their character set: trying the first is enough
            if (face == NOTO_SANS_SC || face == NOTO_SANS_SC_MEDIUM || !tried.add(face.source())) {
                continue;
            }
            try {
                BaseFont bf = baseFont(face);
                if (bf.charExists(codePoint)) {
                    return bf;
                }
            } catch (RuntimeException e) {
                log.debug("Font {} unusable: {}", face.location(), e.toString());
            }
        }
        return null;
    }

    BaseFont baseFont(FontFace face) {
        return loaded.computeIfAbsent(face.location(), k -> load(face));
    }

    private final ConcurrentMap<String, byte[]> fileBytes = new ConcurrentHashMap<>();

    private BaseFont load(FontFace face) {
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
                bytes = fileBytes.computeIfAbsent(face.source(), FontLibrary::readFile);
                String n = Path.of(face.source()).getFileName().toString();
                String ext = n.substring(n.lastIndexOf('.')).toLowerCase(Locale.ROOT);
                fileName = "font" + Integer.toHexString(face.source().hashCode()) + ext;
            }
            String name = face.index() >= 0 ? fileName + "," + face.index() : fileName;
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
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
