package io.muyield.ingest.table;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XLSX through POI's event API (XSSFReader + XSSFSheetXMLHandler, with {@link CompactSharedStrings} in place of
 * ReadOnlySharedStringsTable to halve the memory of the shared strings): one row in memory at a time besides the
 * shared-strings table, every sheet in workbook order. Merged header cells are not known while
 * streaming (Excel writes them after the data); the header detector recognises them by their shape instead.
 */
public final class XlsxReader implements TabularReader {

    @Override
    public TabularFormat format() {
        return TabularFormat.XLSX;
    }

    @Override
    public ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
        List<String> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            SharedStrings strings = sharedStrings(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            int index = 0;
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    String name = it.getSheetName();
                    sheets.add(name);
                    handler.startSheet(name, index++);
                    RowCollector collector = new RowCollector(name, handler);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new CellText(), false));
                    xml.parse(new InputSource(sheet));
                    handler.endSheet(name);
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("无法读取Excel文件 " + file.getFileName() + "：" + e.getMessage()
                    + " (cannot read the XLSX file)", e);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException("Excel文件已损坏或不完整 " + file.getFileName() + " (the XLSX file is damaged or truncated): "
                    + e.getMessage(), e);
        }
        return new ReadSummary(TabularFormat.XLSX, Optional.empty(), Optional.empty(), sheets, Optional.empty(), false);
    }

    /** The workbook's shared strings in the compact table; an empty one when the workbook has none (inline strings). */
    private static SharedStrings sharedStrings(OPCPackage pkg) throws IOException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new CompactSharedStrings(new java.io.ByteArrayInputStream(
                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return new CompactSharedStrings(in);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>(32);
        private int nextColumn;

        RowCollector(String sheet, RowHandler handler) {
            this.sheet = sheet;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(new RawRow(sheet, rowNum + 1, cells.toArray(new String[0])));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : columnOf(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(value == null ? "" : value);
            } else {
                cells.set(column, value == null ? "" : value);
            }
            nextColumn = column + 1;
        }

        private static int columnOf(String reference) {
            int col = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                } else {
                    break;
                }
            }
            return col - 1;
        }
    }
}
