package io.muyield.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats departments deliver. The format is sniffed from the first bytes, the extension only breaks ties. */
public enum TabularFormat {
    CSV, XLSX, XLS;

    /**
     * The format of a file by its content: a ZIP container is XLSX, an OLE2 container is XLS, anything else is read
     * as delimited text (government systems often save text under an .xls name).
     */
    public static TabularFormat sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return XLS;
        }
        return CSV;
    }

    /** The format an extension suggests; CSV for .csv, .txt, .tsv and anything unknown. */
    public static TabularFormat ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            return XLSX;
        }
        if (lower.endsWith(".xls")) {
            return XLS;
        }
        return CSV;
    }
}
