package org.jianbao.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDFBox helpers: text and character positions per page. */
final class PdfText {

    record Glyph(String text, float x, float y) {
    }

    private PdfText() {
    }

    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every character with its position (x from the left, y from the top) on one page (1-based). */
    static List<Glyph> glyphs(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj()));
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] pageSize(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(page - 1).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base font names used on all pages, with their subset prefix (ABCDEF+) and whether they are embedded. */
    static List<String> fonts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    String entry = font.getName() + (font.isEmbedded() ? " embedded" : "");
                    if (!names.contains(entry)) {
                        names.add(entry);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
