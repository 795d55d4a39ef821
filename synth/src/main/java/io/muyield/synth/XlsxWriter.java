package io.muyield.synth;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A streaming .xlsx (SpreadsheetML) writer for millions of rows. POI's SXSSF costs about 6 µs a row here (cell
 * objects, a temporary sheet file re-read and deflated); this writes the sheet XML straight into the zip, at the
 * fastest deflate level. One sheet streams directly; the others spill to a temporary file and are copied in at the
 * end. Inline strings, exact plain decimals, no styles beyond the default. Entries carry a fixed time, so the same
 * rows give byte-identical files. Read back with POI in the tests.
 */
final class XlsxWriter implements Closeable {

    static final int MAX_ROWS = 1_048_576;
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final ZipOutputStream zip;
    private final LocalDateTime time;
    private final Path dir;
    private final List<String> sheetNames = new ArrayList<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private final XmlBytes direct;
    private Sheet directOwner;

    XlsxWriter(Path path, int year) throws IOException {
        this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16));
        this.zip.setLevel(Deflater.BEST_SPEED);
        this.time = LocalDateTime.of(year + 1, 3, 1, 0, 0);
        this.dir = path.getParent();
        this.direct = new XmlBytes(zip);
    }

    /** A sheet; one (the largest) may stream straight into the file, the others spill until close. */
    Sheet sheet(String name, String title, String[] headers, boolean streamed) throws IOException {
        Sheet s = new Sheet(name, title, headers, streamed);
        sheets.add(s);
        return s;
    }

    private int reserveSheet(String name) {
        sheetNames.add(name);
        return sheetNames.size();
    }

    private void entry(String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
    }

    @Override
    public void close() throws IOException {
        try {
            for (Sheet s : sheets) {
                s.finish();
            }
            for (Sheet s : sheets) {
                s.copySpilled();
            }
            writePackageParts();
        } finally {
            zip.close();
        }
    }

    private void writePackageParts() throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + NS
                + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        List<String> ordered = orderedSheets();
        for (int i = 0; i < ordered.size(); i++) {
            String[] nameAndNumber = ordered.get(i).split("\u0000");
            String part = "worksheets/sheet" + nameAndNumber[1] + ".xml";
            types.append("<Override PartName=\"/xl/").append(part)
                    .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"").append(XmlBytes.escape(nameAndNumber[0])).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"").append(part).append("\"/>");
        }
        rels.append("<Relationship Id=\"rId").append(ordered.size() + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>");
        types.append("</Types>");
        book.append("</sheets></workbook>");
        text("[Content_Types].xml", types.toString());
        text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        text("xl/workbook.xml", book.toString());
        text("xl/_rels/workbook.xml.rels", rels.toString());
        text("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + NS + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    }

    /** Sheets in the order they were asked for, continuations right after their sheet: name NUL part-number. */
    private List<String> orderedSheets() {
        List<String> out = new ArrayList<>();
        for (Sheet s : sheets) {
            for (int i = 0; i < s.parts.size(); i++) {
                out.add(s.partNames.get(i) + "\u0000" + s.parts.get(i));
            }
        }
        return out;
    }

    private void text(String name, String content) throws IOException {
        entry(name);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Rows of one sheet: an optional title row and a blank row above the header; overflow continues on "{name}(2)". */
    final class Sheet implements RowSink {
        private final String name;
        private final String title;
        private final String[] headers;
        private final List<Integer> parts = new ArrayList<>();
        private final List<String> partNames = new ArrayList<>();
        private final List<Path> spilled = new ArrayList<>();
        private XmlBytes out;
        private OutputStream spill;
        private int next;

        private final boolean streamed;

        Sheet(String name, String title, String[] headers, boolean streamed) throws IOException {
            this.streamed = streamed && directOwner == null;
            this.name = name;
            this.title = title;
            this.headers = headers;
            open();
        }

        private void open() throws IOException {
            String partName = parts.isEmpty() ? name : name + "(" + (parts.size() + 1) + ")";
            int number = reserveSheet(partName);
            parts.add(number);
            partNames.add(partName);
            if (streamed) {
                directOwner = this;
                entry("xl/worksheets/sheet" + number + ".xml");
                out = direct;
            } else {
                Path tmp = Files.createTempFile(dir, ".sheet", ".xml");
                spilled.add(tmp);
                spill = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                out = new XmlBytes(spill);
            }
            out.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + NS + "\"><sheetData>");
            next = 0;
            if (title != null) {
                out.rowStart(++next);
                out.text(0, next, title);
                out.ascii("</row>");
                next++;
            }
            out.rowStart(++next);
            for (int c = 0; c < headers.length; c++) {
                out.text(c, next, headers[c]);
            }
            out.ascii("</row>");
        }

        @Override
        public int write(RowBuffer row) throws IOException {
            if (next >= MAX_ROWS) {
                endPart();
                open();
            }
            out.rowStart(++next);
            for (int c = 0; c < row.columns(); c++) {
                switch (row.type[c]) {
                    case RowBuffer.TEXT -> out.text(c, next, row.text[c]);
                    case RowBuffer.NUMBER -> out.number(c, next, row.unscaled[c], row.scale[c]);
                    default -> {
                    }
                }
            }
            out.ascii("</row>");
            return next;
        }

        private void endPart() throws IOException {
            out.ascii("</sheetData></worksheet>");
            out.flush();
            if (out == direct) {
                zip.closeEntry();
            } else {
                spill.close();
            }
        }

        void finish() throws IOException {
            endPart();
        }

        void copySpilled() throws IOException {
            int first = parts.size() - spilled.size();
            for (int i = 0; i < spilled.size(); i++) {
                entry("xl/worksheets/sheet" + parts.get(first + i) + ".xml");
                try (InputStream in = new BufferedInputStream(Files.newInputStream(spilled.get(i)), 1 << 16)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                Files.delete(spilled.get(i));
            }
        }

        @Override
        public String sheet() {
            return partNames.get(partNames.size() - 1);
        }
    }
}
