package io.muyield.ingest.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Delimited text (RFC 4180 quoting) in constant memory: the encoding is detected (BOM, strict UTF-8, else GB18030)
 * unless overridden, the delimiter sniffed among , TAB ; | unless overridden, and the file's SHA-256 computed on the
 * same pass. Row numbers count records, as Excel shows them when it opens the file.
 */
public final class CsvReader implements TabularReader {

    static final int PREFIX = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    @Override
    public TabularFormat format() {
        return TabularFormat.CSV;
    }

    @Override
    public ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream digesting = new DigestInputStream(raw, sha);
             BufferedInputStream in = new BufferedInputStream(digesting, PREFIX * 2)) {
            in.mark(PREFIX + 1);
            byte[] prefix = in.readNBytes(PREFIX);
            boolean whole = in.read() < 0;
            in.reset();
            EncodingDetector.Detected detected = EncodingDetector.detect(prefix, prefix.length, whole);
            Charset charset = options.charset().orElse(detected.charset());
            boolean utf8Bom = detected.fromBom() && detected.bomLength() == 3;
            final int skip = detected.fromBom() && (options.charset().isEmpty() || (utf8Bom && charset.name().equals("UTF-8")))
                    ? detected.bomLength() : 0;
            in.skipNBytes(skip);
            char delimiter = options.delimiter().orElseGet(() -> DelimiterSniffer.sniff(
                    new String(prefix, skip, prefix.length - skip, charset)));
            String sheet = stem(file);
            handler.startSheet(sheet, 0);
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            boolean truncated = new Parser(reader, delimiter, sheet, handler).run();
            handler.endSheet(sheet);
            while (in.read(prefix) >= 0) {
                // drain, so that the digest covers the whole file
            }
            return new ReadSummary(TabularFormat.CSV, Optional.of(charset.name()), Optional.of(delimiter),
                    List.of(sheet), Optional.of(HexFormat.of().formatHex(sha.digest())), truncated);
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hand-written RFC 4180 state machine over a char buffer. */
    private static final class Parser {
        private final Reader reader;
        private final char delimiter;
        private final String sheet;
        private final RowHandler handler;
        private final char[] buf = new char[BUFFER];
        private int pos;
        private int limit;
        private final StringBuilder field = new StringBuilder(64);
        private final List<String> cells = new ArrayList<>(32);
        private int record;

        Parser(Reader reader, char delimiter, String sheet, RowHandler handler) {
            this.reader = reader;
            this.delimiter = delimiter;
            this.sheet = sheet;
            this.handler = handler;
        }

        private boolean fill() throws IOException {
            int n;
            do {
                n = reader.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }

        /** Returns true when the file ended inside a quoted field (a truncated file). */
        boolean run() throws IOException {
            boolean inQuotes = false;
            boolean afterQuote = false;
            boolean rowStarted = false;
            boolean fieldQuoted = false;
            boolean pendingCr = false;
            while (true) {
                if (pos >= limit && !fill()) {
                    break;
                }
                char c = buf[pos];
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') {
                        pos++;
                        continue;
                    }
                }
                if (inQuotes) {
                    int start = pos;
                    while (pos < limit && buf[pos] != '"') {
                        pos++;
                    }
                    field.append(buf, start, pos - start);
                    if (pos < limit) {
                        pos++;
                        if (pos >= limit && !fill()) {
                            inQuotes = false;
                            afterQuote = true;
                            break;
                        }
                        if (buf[pos] == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            inQuotes = false;
                            afterQuote = true;
                        }
                    }
                    continue;
                }
                if (c == delimiter) {
                    endField();
                    rowStarted = true;
                    afterQuote = false;
                    fieldQuoted = false;
                    pos++;
                } else if (c == '\n' || c == '\r') {
                    if (rowStarted || !field.isEmpty() || fieldQuoted || !cells.isEmpty()) {
                        endField();
                        endRow();
                    } else {
                        endBlankRow();
                    }
                    rowStarted = false;
                    afterQuote = false;
                    fieldQuoted = false;
                    pendingCr = c == '\r';
                    pos++;
                } else if (c == '"' && field.isEmpty() && !afterQuote && !fieldQuoted) {
                    inQuotes = true;
                    fieldQuoted = true;
                    rowStarted = true;
                    pos++;
                } else {
                    int start = pos;
                    while (pos < limit) {
                        char d = buf[pos];
                        if (d == delimiter || d == '\n' || d == '\r') {
                            break;
                        }
                        pos++;
                    }
                    field.append(buf, start, pos - start);
                    rowStarted = true;
                }
            }
            boolean truncated = inQuotes;
            if (rowStarted || !field.isEmpty() || !cells.isEmpty()) {
                endField();
                endRow();
            }
            return truncated;
        }

        private void endField() {
            cells.add(field.toString());
            field.setLength(0);
        }

        private void endRow() {
            record++;
            handler.row(new RawRow(sheet, record, cells.toArray(new String[0])));
            cells.clear();
        }

        private void endBlankRow() {
            record++;
            handler.row(new RawRow(sheet, record, new String[0]));
        }
    }
}
