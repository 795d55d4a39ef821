package io.muyield.ingest.table;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The workbook's shared-strings table for the streaming reader, kept as characters in 1 MB chunks with one int offset
 * per string — about 2 bytes a character and 4 a string, where POI's ReadOnlySharedStringsTable keeps a String object
 * each (about 60 bytes of overhead): for a million-row sheet of distinct names and codes that is ~70 MB instead of
 * ~150 MB. Plain text only (phonetic runs skipped), which is all the import reads. Read with StAX, streaming.
 */
final class CompactSharedStrings implements SharedStrings {

    private static final int CHUNK = 1 << 19;

    private final List<char[]> chunks = new ArrayList<>();
    private char[] current;
    private int used;
    private int[] starts = new int[1024];
    private int count;

    CompactSharedStrings(InputStream xml) throws IOException {
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(xml);
            StringBuilder text = new StringBuilder();
            boolean inSi = false;
            boolean inT = false;
            int phonetic = 0;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("si")) {
                        inSi = true;
                        text.setLength(0);
                    } else if (n.equals("rPh")) {
                        phonetic++;
                    } else if (n.equals("t") && inSi && phonetic == 0) {
                        inT = true;
                    }
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                    if (inT) {
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("si")) {
                        add(text);
                        inSi = false;
                    } else if (n.equals("rPh")) {
                        phonetic--;
                    } else if (n.equals("t")) {
                        inT = false;
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException("无法读取共享字符串表 (cannot read the shared strings): " + e.getMessage(), e);
        }
    }

    private void add(CharSequence s) {
        int len = Math.min(s.length(), 0xFFFF);
        if (current == null || used + len + 1 > current.length) {
            current = new char[Math.max(CHUNK, len + 1)];
            chunks.add(current);
            used = 0;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + count / 2);
        }
        // chunk index in the high 12 bits, offset in the low 20 (chunks of 2^19 chars; larger ones hold one string)
        starts[count++] = ((chunks.size() - 1) << 20) | used;
        current[used++] = (char) len;
        for (int i = 0; i < len; i++) {
            current[used++] = s.charAt(i);
        }
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("shared string " + index + " of " + count);
        }
        int p = starts[index];
        char[] chunk = chunks.get(p >>> 20);
        int off = p & 0xFFFFF;
        return new String(chunk, off + 1, chunk[off]);
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new Plain(get(idx));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    /** A shared string as plain text; XSSFSheetXMLHandler only calls toString(). */
    private record Plain(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void clearFormatting() {
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
