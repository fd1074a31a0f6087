package org.jianbao.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Replaces the placeholder runs of {@code {{@name}}} tags with pictures and native charts, once POI holds the
 * filled document. Charts are written through POI's XDDF API, which stores the numbers in the chart part's
 * caches (and in the embedded workbook), so Word, WPS and LibreOffice show the data without a refresh.
 */
final class MediaPlacer {

    private static final int EMU_PER_MM = 36_000;
    private static final int EMU_PER_TWIP = 635;
    private static final int EMU_PER_PIXEL = 9_525;
    /** A4 with the 28 mm / 26 mm margins of official documents. */
    private static final long DEFAULT_TEXT_WIDTH_EMU = 156L * EMU_PER_MM;

    private final XWPFDocument doc;
    private final List<Renderer.MediaRequest> requests;
    private final boolean lenient;
    private final FilledDocument filled;
    private final Set<TemplateProblem> problems = new LinkedHashSet<>();
    private final Set<Integer> placed = new java.util.HashSet<>();

    private MediaPlacer(FilledDocument filled, List<Renderer.MediaRequest> requests, boolean lenient) {
        this.filled = filled;
        this.doc = filled.document();
        this.requests = requests;
        this.lenient = lenient;
    }

    static void place(FilledDocument filled, List<Renderer.MediaRequest> requests, FillOptions options, String name) {
        MediaPlacer placer = new MediaPlacer(filled, requests, options.isLenient());
        placer.visit(placer.doc, true);
        placer.doc.getHeaderList().forEach(h -> placer.visit(h, false));
        placer.doc.getFooterList().forEach(f -> placer.visit(f, false));
        for (Renderer.MediaRequest r : requests) {
            if (!placer.placed.contains(r.id())) {
                placer.problems.add(new TemplateProblem("media.unplaced", r.spec().text() + " stands where pictures and"
                        + " charts cannot be placed (a text box or content control); move it into a normal paragraph",
                        r.location()));
            }
        }
        if (!placer.problems.isEmpty()) {
            throw new TemplateException(name, List.copyOf(placer.problems));
        }
    }

    private void visit(IBody body, boolean mainPart) {
        for (IBodyElement e : new ArrayList<>(body.getBodyElements())) {
            if (e instanceof XWPFParagraph p) {
                visit(p, body, mainPart);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        visit(cell, mainPart);
                    }
                }
            }
        }
    }

    private void visit(XWPFParagraph p, IBody body, boolean mainPart) {
        for (XWPFRun run : new ArrayList<>(p.getRuns())) {
            String text = run.text();
            int mark = text.indexOf(Renderer.MEDIA_MARK);
            if (mark < 0) {
                continue;
            }
            int id = Integer.parseInt(text.substring(mark + 1, text.indexOf(Renderer.MEDIA_MARK, mark + 1)));
            Renderer.MediaRequest request = requests.get(id);
            placed.add(id);
            run.setText("", 0);
            try {
                Object value = request.value();
                if (value instanceof Chart || value instanceof Map<?, ?> m && m.containsKey("series")) {
                    if (!mainPart) {
                        throw new IllegalArgumentException("charts are only supported in the body, not in headers or footers");
                    }
                    chart(run, value instanceof Chart c ? c : ChartFromData.of((Map<?, ?>) value));
                } else {
                    picture(run, PictureFromData.of(value), body);
                }
            } catch (IllegalArgumentException | IOException e) {
                String message = request.spec().text() + ": " + e.getMessage();
                if (lenient) {
                    filled.warn(new TemplateWarning("media.bad", message, request.location()));
                } else {
                    problems.add(new TemplateProblem("media.bad", message, request.location()));
                }
            } catch (Exception e) {
                problems.add(new TemplateProblem("media.failed", request.spec().text() + ": " + e, request.location()));
            }
        }
    }

    // ---- pictures -------------------------------------------------------------------------------------------

    private void picture(XWPFRun run, Picture picture, IBody body) throws IOException {
        byte[] bytes = picture.bytes() != null ? picture.bytes() : readFile(picture.file());
        PictureType type = typeOf(bytes);
        long[] natural = pixelSize(bytes);
        double aspect = (double) natural[1] / natural[0];
        long available = availableWidth(body);
        long width;
        long height;
        if (picture.fit()) {
            width = available;
            height = Math.round(width * aspect);
        } else if (picture.widthMm() != null || picture.heightMm() != null) {
            width = picture.widthMm() != null ? Math.round(picture.widthMm() * EMU_PER_MM)
                    : Math.round(picture.heightMm() * EMU_PER_MM / aspect);
            height = picture.heightMm() != null ? Math.round(picture.heightMm() * EMU_PER_MM) : Math.round(width * aspect);
        } else {
            width = Math.min(natural[0] * EMU_PER_PIXEL, available);
            height = Math.round(width * aspect);
        }
        String fileName = "image." + (type == PictureType.PNG ? "png" : "jpeg");
        try {
            run.addPicture(new ByteArrayInputStream(bytes), type, fileName, (int) width, (int) height);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalArgumentException("POI refused the picture: " + e.getMessage());
        }
    }

    private static byte[] readFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("picture file " + file + " does not exist");
        }
        if (Files.size(file) > 50L * 1024 * 1024) {
            throw new IllegalArgumentException("picture file " + file + " is larger than 50 MB");
        }
        return Files.readAllBytes(file);
    }

    private static PictureType typeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PictureType.PNG;
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8) {
            return PictureType.JPEG;
        }
        throw new IllegalArgumentException("the picture is neither PNG nor JPEG");
    }

    /** Width and height in pixels, read from the header only (no decoding). */
    private static long[] pixelSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("the picture cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    throw new IllegalArgumentException("the picture has no size");
                }
                return new long[] {w, h};
            } finally {
                reader.dispose();
            }
        }
    }

    private long availableWidth(IBody body) {
        if (body instanceof XWPFTableCell cell) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            if (pr != null && pr.getTcW() != null && pr.getTcW().getType() != null
                    && "dxa".equals(pr.getTcW().getType().toString())) {
                Long twips = twips(pr.getTcW().getW());
                if (twips != null && twips > 300) {
                    return (twips - 216) * EMU_PER_TWIP;
                }
            }
        }
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect != null && sect.getPgSz() != null && sect.getPgMar() != null) {
            Long page = twips(sect.getPgSz().getW());
            Long left = twips(sect.getPgMar().getLeft());
            Long right = twips(sect.getPgMar().getRight());
            if (page != null && left != null && right != null && page - left - right > 0) {
                return (page - left - right) * EMU_PER_TWIP;
            }
        }
        return DEFAULT_TEXT_WIDTH_EMU;
    }

    private static Long twips(Object measure) {
        if (measure == null) {
            return null;
        }
        try {
            return new BigDecimal(measure.toString()).longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- charts ---------------------------------------------------------------------------------------------

    private void chart(XWPFRun run, Chart chart) throws Exception {
        XWPFChart c = doc.createChart(run, chart.widthMm() * EMU_PER_MM, chart.heightMm() * EMU_PER_MM);
        if (chart.title() != null) {
            c.setTitleText(chart.title());
            c.setTitleOverlay(false);
        }
        c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = c.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = c.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        boolean bar = chart.type() == Chart.ChartType.BAR;
        XDDFChartData data = c.createData(bar ? ChartTypes.BAR : ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        int n = chart.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                chart.categories().toArray(new String[0]), c.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        for (int i = 0; i < chart.series().size(); i++) {
            Chart.Series s = chart.series().get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(
                    s.values().toArray(new Double[0]), c.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)), i + 1);
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(s.name(), c.setSheetTitle(s.name(), i + 1));
            if (series instanceof XDDFLineChartData.Series line) {
                // Readable on a black-and-white copier: every line its own marker and dash, not colour alone.
                line.setMarkerStyle(MARKERS[i % MARKERS.length]);
                line.setSmooth(false);
                XDDFLineProperties stroke = new XDDFLineProperties();
                stroke.setPresetDash(new XDDFPresetLineDash(DASHES[i % DASHES.length]));
                stroke.setWidth(1.5);
                stroke.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length])));
                line.setLineProperties(stroke);
            }
        }
        if (data instanceof XDDFBarChartData barData) {
            barData.setBarDirection(BarDirection.COL);
        }
        c.plot(data);
        if (chart.labelLast() && !bar) {
            for (int i = 0; i < chart.series().size(); i++) {
                labelLastPoint(c.getCTChart().getPlotArea().getLineChartArray(0).getSerArray(i), chart.series().get(i));
            }
        }
    }

    private static final MarkerStyle[] MARKERS = {MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
            MarkerStyle.DIAMOND, MarkerStyle.X, MarkerStyle.STAR};
    private static final PresetLineDash[] DASHES = {PresetLineDash.SOLID, PresetLineDash.DASH, PresetLineDash.SYSTEM_DOT,
            PresetLineDash.LARGE_DASH_DOT, PresetLineDash.LARGE_DASH, PresetLineDash.SYSTEM_DASH};
    /** Dark colours that stay apart when printed grey. */
    private static final byte[][] COLOURS = {{(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0xC0, 0, 0},
            {(byte) 0x40, (byte) 0x40, (byte) 0x40}, {(byte) 0x7F, (byte) 0x60, 0}, {0, (byte) 0x70, (byte) 0x30},
            {(byte) 0x70, (byte) 0x30, (byte) 0xA0}};

    /**
     * A data label on the series' last value. POI's lite schema has no single-label type (CTDLbl), so the
     * {@code c:dLbls} element is written as XML, before {@code c:cat} where the schema puts it.
     */
    private static void labelLastPoint(org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer ser, Chart.Series s)
            throws org.apache.xmlbeans.XmlException {
        int last = -1;
        for (int k = 0; k < s.values().size(); k++) {
            if (s.values().get(k) != null) {
                last = k;
            }
        }
        if (last < 0) {
            return;
        }
        String c = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        String off = "<c:showLegendKey val=\"0\"/><c:showVal val=\"%s\"/><c:showCatName val=\"0\"/>"
                + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";
        String xml = "<c:dLbls xmlns:c=\"" + c + "\"><c:dLbl><c:idx val=\"" + last + "\"/><c:dLblPos val=\"r\"/>"
                + off.formatted("1") + "</c:dLbl>" + off.formatted("0") + "</c:dLbls>";
        org.apache.xmlbeans.XmlObject fragment = org.apache.xmlbeans.XmlObject.Factory.parse(xml);
        try (org.apache.xmlbeans.XmlCursor from = fragment.newCursor(); org.apache.xmlbeans.XmlCursor to = ser.newCursor()) {
            from.toFirstChild();
            to.toChild(new javax.xml.namespace.QName(c, "cat"));
            from.copyXml(to);
        }
    }
}
