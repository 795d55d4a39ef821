package io.muyield.ingest.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The registry of readers by format (the Tablesaw habit): one reader per format, found by sniffing the file. */
public final class TabularReaders {

    private final Map<TabularFormat, TabularReader> readers = new EnumMap<>(TabularFormat.class);

    /** The default registry: CSV, XLSX (streaming SAX) and XLS (HSSF). */
    public static TabularReaders standard() {
        return new TabularReaders().register(new CsvReader()).register(new XlsxReader()).register(new XlsReader());
    }

    public TabularReaders register(TabularReader reader) {
        readers.put(reader.format(), reader);
        return this;
    }

    public TabularReader reader(TabularFormat format) {
        TabularReader r = readers.get(format);
        if (r == null) {
            throw new IllegalArgumentException("no reader registered for " + format);
        }
        return r;
    }

    public TabularReader readerFor(Path file) throws IOException {
        return reader(TabularFormat.sniff(file));
    }

    public ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException {
        return readerFor(file).read(file, options, handler);
    }
}
