package io.muyield.ingest.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells the encoding of a delimited text file from its first bytes: a byte-order mark wins (UTF-8, UTF-16); else
 * a prefix that decodes as strict UTF-8 is UTF-8 (pure ASCII included); else GB18030, the superset of GBK and GB2312
 * that Chinese government systems export.
 */
public final class EncodingDetector {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private EncodingDetector() {
    }

    /** The detected encoding and the number of BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength, boolean fromBom) {
    }

    /**
     * @param prefix     the first bytes of the file
     * @param length     how many of them are valid
     * @param wholeFile  whether the prefix is the whole file (then an incomplete sequence at its end is an error)
     */
    public static Detected detect(byte[] prefix, int length, boolean wholeFile) {
        if (length >= 3 && (prefix[0] & 0xFF) == 0xEF && (prefix[1] & 0xFF) == 0xBB && (prefix[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, true);
        }
        if (length >= 2 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, true);
        }
        if (length >= 2 && (prefix[0] & 0xFF) == 0xFE && (prefix[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, true);
        }
        return new Detected(isStrictUtf8(prefix, length, wholeFile) ? StandardCharsets.UTF_8 : GB18030, 0, false);
    }

    /** Whether the bytes decode as UTF-8 without a single malformed sequence. */
    public static boolean isStrictUtf8(byte[] bytes, int length, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(Math.max(16, length));
        CoderResult r = decoder.decode(in, out, wholeFile);
        if (r.isError()) {
            return false;
        }
        if (wholeFile) {
            r = decoder.flush(out);
            return !r.isError();
        }
        return true;
    }
}
