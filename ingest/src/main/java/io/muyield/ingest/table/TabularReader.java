package io.muyield.ingest.table;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one tabular file as a stream of rows, in constant memory (XLS excepted: the binary format is read whole,
 * departments deliver it only for small files). Implementations are registered in {@link TabularReaders}.
 */
public interface TabularReader {

    TabularFormat format();

    ReadSummary read(Path file, ReadOptions options, RowHandler handler) throws IOException;
}
