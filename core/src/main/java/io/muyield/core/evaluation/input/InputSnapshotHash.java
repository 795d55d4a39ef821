package io.muyield.core.evaluation.input;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over the canonical form of an input: a version tag, the year and the number of units; then per unit (in id
 * order) its id, district, industry and landlord as length-prefixed UTF-8; then each numeric column in name order as
 * its name and the IEEE-754 bits of every value (NaN canonicalised); then tags and events in name order. Display names
 * are not part of it: they change no result.
 */
final class InputSnapshotHash {

    private InputSnapshotHash() {
    }

    static String of(int year, String[] ids, String[] districtCodes, int[] district, String[] industryCodes, int[] industry,
                     String[] landlords, Map<String, double[]> columns, Map<String, boolean[]> tags, Map<String, int[]> events) {
        Feed f = new Feed();
        f.text("muyield-evaluation-input-v1");
        f.buf.putInt(year).putInt(ids.length);
        for (int i = 0; i < ids.length; i++) {
            f.text(ids[i]);
            f.text(districtCodes[district[i]]);
            f.text(industryCodes[industry[i]]);
            f.text(landlords[i] == null ? "" : landlords[i]);
        }
        columns.forEach((name, values) -> {
            f.text(name);
            for (double v : values) {
                f.room(8);
                f.buf.putLong(Double.doubleToLongBits(v));
            }
        });
        tags.forEach((name, values) -> {
            f.text("#" + name);
            for (boolean v : values) {
                f.room(1);
                f.buf.put((byte) (v ? 1 : 0));
            }
        });
        events.forEach((name, values) -> {
            f.text("!" + name);
            for (int v : values) {
                f.room(4);
                f.buf.putInt(v);
            }
        });
        return f.finish();
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

        String finish() {
            md.update(buf.array(), 0, buf.position());
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
