package io.muyield.synth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The two-byte code of every non-ASCII BMP character in a double-byte charset such as GBK (0 = unmappable). */
final class DoubleByteTable {

    private static final Map<String, short[]> TABLES = new ConcurrentHashMap<>();

    private DoubleByteTable() {
    }

    static short[] of(Charset charset) {
        return TABLES.computeIfAbsent(charset.name(), n -> build(charset));
    }

    private static short[] build(Charset charset) {
        short[] table = new short[65536];
        CharsetEncoder encoder = charset.newEncoder();
        ByteBuffer out = ByteBuffer.allocate(8);
        CharBuffer in = CharBuffer.allocate(1);
        for (int c = 0x80; c < 65536; c++) {
            if (Character.isSurrogate((char) c) || !encoder.canEncode((char) c)) {
                continue;
            }
            in.clear();
            in.put((char) c).flip();
            out.clear();
            encoder.reset();
            encoder.encode(in, out, true);
            encoder.flush(out);
            if (out.position() == 2) {
                table[c] = (short) ((out.get(0) & 0xFF) << 8 | out.get(1) & 0xFF);
            }
        }
        return table;
    }
}
