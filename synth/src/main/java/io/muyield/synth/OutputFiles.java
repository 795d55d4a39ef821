package io.muyield.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The output directory, the CSV files opened in it by one writer, and the identifiers of parcels and accounts. */
final class OutputFiles {

    private final Path dir;
    private final Identifiers ids;
    private final List<CsvOut> open = new ArrayList<>();

    OutputFiles(Path dir, Identifiers ids) {
        this.dir = dir;
        this.ids = ids;
    }

    Path dir() {
        return dir;
    }

    Path truthDir() {
        return dir.resolve("_truth");
    }

    CsvOut csv(Path path, Charset cs, char separator, boolean bom, String lineEnd) throws IOException {
        OutputStream os = Files.newOutputStream(path);
        CsvOut o = new CsvOut(os, cs, separator, bom, lineEnd);
        open.add(o);
        return o;
    }

    String parcelId(String district, long index, int k) {
        return ids.parcelId(district, index, k);
    }

    String accountId(long index, int a) {
        return ids.accountId(index, a);
    }

    void closeAll() throws IOException {
        IOException first = null;
        for (CsvOut o : open) {
            try {
                o.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Parcel numbers (宗地编号) and electricity accounts (户号): unique, stable, spread by keyed permutations. */
    static final class Identifiers {
        private final IndexPermutation parcels;
        private final IndexPermutation accounts;

        Identifiers(long seed, long enterprises) {
            parcels = new IndexPermutation(seed ^ 0x5041524CL, enterprises * Firm.MAX_PARCELS);
            accounts = new IndexPermutation(seed ^ 0x41434354L, enterprises * Firm.MAX_ACCOUNTS);
        }

        /** District code + GB (工业) + nine digits, e.g. 500112GB004817263. */
        String parcelId(String district, long index, int k) {
            return district + "GB" + nineDigits(parcels.apply(index * Firm.MAX_PARCELS + k));
        }

        /** Ten digits beginning with 5, e.g. 5012345678. */
        String accountId(long index, int a) {
            return "5" + nineDigits(accounts.apply(index * Firm.MAX_ACCOUNTS + a));
        }

        private static String nineDigits(long v) {
            char[] c = new char[9];
            for (int i = 8; i >= 0; i--) {
                c[i] = (char) ('0' + v % 10);
                v /= 10;
            }
            return new String(c);
        }
    }
}
