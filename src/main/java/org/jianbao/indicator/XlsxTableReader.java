package org.jianbao.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jianbao.office.ZipPolicy;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * .xlsx through POI's event API: the sheet XML is parsed with SAX and each row is handed on when its
 * end tag is seen, so a 100,000-row sheet never exists as a workbook model. Only the shared-strings
 * table is held (it is as large as the distinct texts, not the rows).
 */
final class XlsxTableReader implements TableReader {

    @Override
    public void read(Path file, Consumer<SheetRow> rows) throws IOException {
        ZipPolicy.check(file, file.toString());
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader;
            ReadOnlySharedStringsTable strings;
            XSSFReader.SheetIterator sheets;
            org.apache.poi.xssf.model.StylesTable styles;
            try {
                reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg, false);
                sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                styles = reader.getStylesTable();
            } catch (RuntimeException e) {
                // nothing of ours runs while POI reads the workbook's parts: whatever it throws is about the file
                throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
            }
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                        new RowCollector(rows), CellText.formatter(), false));
                parser.parse(new InputSource(sheet));
            } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.util.RecordFormatException e) {
                // the rows are handed on while parsing: only POI's own format errors are the file's fault here
                throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
        }
    }

    private static OPCPackage open(Path file) throws IOException, OpenXML4JException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (RuntimeException e) {
            // NotOfficeXmlFileException, ODF and OLE2 files renamed .xlsx, encrypted workbooks
            throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
        }
    }

    @Override
    public String approach() {
        return "xlsx-sax";
    }

    /** Builds one row's cell list at a time; gaps (cells never written) become empty strings. */
    private static final class RowCollector implements SheetContentsHandler {
        private final Consumer<SheetRow> rows;
        private List<String> cells;

        RowCollector(Consumer<SheetRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.accept(new SheetRow(rowNum + 1, cells));
        }

        /** "AB12" → 27: the letters of a cell reference, without CellReference's general parsing. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = column(cellReference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
