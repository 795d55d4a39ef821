package io.muyield.core.evaluation.input;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * SHA-256 over the canonical form of an input: a version tag, the year and the number of units, followed by the
 * SHA-256 of each section in a fixed order — (1) per unit in id order its id, district, industry and landlord as
 * length-prefixed UTF-8; (2) each numeric column in name order: its name and the IEEE-754 bits of every value (NaN
 * canonicalised); (3) tags, then (4) events, in name order. Sections are hashed in parallel; the result does not
 * depend on it. Display names are not part of it: they change no result.
 */
final class InputSnapshotHash {

    private InputSnapshotHash() {
    }

    static String of(int year, String[] ids, String[] districtCodes, int[] district, String[] industryCodes, int[] industry,
                     String[] landlords, Map<String, double[]> columns, Map<String, boolean[]> tags, Map<String, int[]> events) {
        List<Supplier<byte[]>> sections = new ArrayList<>();
        sections.add(() -> {
            Feed f = new Feed();
            for (int i = 0; i < ids.length; i++) {
                f.text(ids[i]);
                f.text(districtCodes[district[i]]);
                f.text(industryCodes[industry[i]]);
                f.text(landlords[i] == null ? "" : landlords[i]);
            }
            return f.digest();
        });
        columns.forEach((name, values) -> sections.add(() -> {
            Feed f = new Feed();
            f.text(name);
            for (double v : values) {
                f.room(8);
                f.buf.putLong(Double.doubleToLongBits(v));
            }
            return f.digest();
        }));
        tags.forEach((name, values) -> sections.add(() -> {
            Feed f = new Feed();
            f.text("#" + name);
            for (boolean v : values) {
                f.room(1);
                f.buf.put((byte) (v ? 1 : 0));
            }
            return f.digest();
        }));
        events.forEach((name, values) -> sections.add(() -> {
            Feed f = new Feed();
            f.text("!" + name);
            for (int v : values) {
                f.room(4);
                f.buf.putInt(v);
            }
            return f.digest();
        }));
        byte[][] digests = new byte[sections.size()][];
        IntStream.range(0, digests.length).parallel().forEach(i -> digests[i] = sections.get(i).get());
        Feed all = new Feed();
        all.text("muyield-evaluation-input-v1");
        all.buf.putInt(year).putInt(ids.length);
        for (byte[] d : digests) {
            all.room(d.length);
            all.buf.put(d);
        }
        return HexFormat.of().formatHex(all.digest());
    }

    private static final class Feed {
        final MessageDigest md;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 16);

        Feed() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void room(int bytes) {
            if (buf.remaining() < bytes) {
                md.update(buf.array(), 0, buf.position());
                buf.clear();
            }
        }

        void text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            room(4);
            buf.putInt(b.length);
            int off = 0;
            while (off < b.length) {
                room(1);
                int len = Math.min(buf.remaining(), b.length - off);
                buf.put(b, off, len);
                off += len;
            }
        }

        byte[] digest() {
            md.update(buf.array(), 0, buf.position());
            return md.digest();
        }
    }
}
