package io.muyield.ingest.table;

import io.muyield.ingest.validate.Message;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The end of a delimited text file, checked for a cut: a file cut at some byte (a transfer broken off, a disk full)
 * ends in the middle of a record, without the line break that ends every record of an export, and that record then
 * has fewer fields than the one before. Such a file is refused as a whole: importing its first part would commit a
 * partial batch. (A file ending inside a quoted cell is caught while it is read.) A cut that leaves the last record
 * with all its fields (within its last cell) cannot be told from a file whose last line has no line break; it is not
 * refused. Reads only the last 256 KB.
 */
public final class TextTail {

    private static final int TAIL = 256 * 1024;

    private TextTail() {
    }

    /** A file-level problem when the file ends without a line break in a record shorter than the one before it. */
    public static Optional<Message> truncation(Path file, Charset charset, char delimiter) throws IOException {
        String tail;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            if (length == 0) {
                return Optional.empty();
            }
            int n = (int) Math.min(TAIL, length);
            byte[] bytes = new byte[n];
            f.seek(length - n);
            f.readFully(bytes);
            tail = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
        char last = tail.charAt(tail.length() - 1);
        if (last == '\n' || last == '\r') {
            return Optional.empty();
        }
        int end = tail.lastIndexOf('\n');
        if (end < 0) {
            return Optional.empty(); // one line only: nothing to compare with
        }
        String lastLine = tail.substring(end + 1);
        int start = tail.lastIndexOf('\n', end - 1);
        String previous = tail.substring(start + 1, end).replace("\r", "");
        if (previous.isBlank()) {
            return Optional.empty();
        }
        int have = fields(lastLine, delimiter);
        int want = fields(previous, delimiter);
        if (have >= want) {
            return Optional.empty();
        }
        return Optional.of(Message.of("文件不完整：最后一行只有" + have + "列（上一行" + want + "列）且文件末尾没有换行符，文件可能被截断，请重新导出",
                "the file is incomplete: its last line has " + have + " fields (the line before " + want
                        + ") and no line break at the end; it was probably truncated, export it again"));
    }

    /** Fields of one line, delimiters inside quotes not counted. */
    static int fields(String line, char delimiter) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
