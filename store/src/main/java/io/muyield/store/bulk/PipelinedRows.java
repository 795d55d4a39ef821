package io.muyield.store.bulk;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows handed in chunks to a second thread that writes them through another {@link BulkRows}, so that the caller reads
 * and checks a file on one core while the database appends on the other (docs/BENCHMARKS.md, "Import (into the
 * database)"). Rows keep their order. The target is opened, written and closed on the writer thread (DuckDB's Appender
 * is confined to one thread), and the connection belongs to that thread until {@link #close()} returns: the caller must
 * not use it meanwhile. A failure of the writer surfaces on the next
 * {@link #row} or on {@link #close()}; nothing is retried, the caller's transaction rolls back as with any bulk failure.
 *
 * <pre>
 * try (BulkRows rows = PipelinedRows.over(() -> BulkRows.open(connection, dialect, "fact", columns), columns.size(), "fact")) {
 *     records.forEach(r -> rows.row(values(r)));
 * }   // joins the writer: every row is in the table (and the transaction) once close returns
 * </pre>
 */
public final class PipelinedRows implements BulkRows {

    static final int CHUNK = 4096;
    private static final int CHUNKS_IN_FLIGHT = 8;
    private static final Object[][] END = new Object[0][];

    /** Opens the rows the writer thread writes through. */
    @FunctionalInterface
    public interface Opener {
        BulkRows open() throws SQLException;
    }

    private final Opener opener;
    private final int width;
    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final Thread writer;
    private volatile Throwable failure;
    private Object[][] chunk = new Object[CHUNK][];
    private int filled;
    private boolean closed;

    private PipelinedRows(Opener opener, int width, String name) {
        this.opener = Objects.requireNonNull(opener);
        this.width = width;
        this.writer = new Thread(this::drain, "bulk-rows-" + name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Starts the writer thread, which opens its rows ({@code width} columns) with {@code opener}. */
    public static PipelinedRows over(Opener opener, int width, String name) {
        return new PipelinedRows(opener, width, name);
    }

    @Override
    public void row(Object... values) throws SQLException {
        if (closed) {
            throw new IllegalStateException("rows already closed");
        }
        BulkRows.checkWidth(width, values);
        chunk[filled++] = values;
        if (filled == CHUNK) {
            hand(chunk);
            chunk = new Object[CHUNK][];
            filled = 0;
        }
    }

    /** Hands the last rows over and waits until the writer has written them all and closed its rows. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (filled > 0) {
                hand(Arrays.copyOf(chunk, filled));
            }
            hand(END);
            join();
        } catch (SQLException | RuntimeException e) {
            writer.interrupt();
            try {
                join();
            } catch (SQLException | RuntimeException writerFailure) {
                if (writerFailure.getCause() != e) {
                    e.addSuppressed(writerFailure);
                }
            }
            throw e;
        }
    }

    private void hand(Object[][] rows) throws SQLException {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while handing rows to the writer", e);
        }
        rethrow();
    }

    private void drain() {
        BulkRows target = null;
        try {
            target = opener.open();
            while (true) {
                Object[][] rows = queue.take();
                if (rows == END) {
                    BulkRows done = target;
                    target = null;
                    done.close();
                    return;
                }
                for (Object[] values : rows) {
                    target.row(values);
                }
            }
        } catch (InterruptedException e) {
            failure = new SQLException("the row writer was interrupted", e);
        } catch (Throwable t) {
            failure = t;
        } finally {
            if (target != null) {
                try {
                    target.close();
                } catch (SQLException | RuntimeException e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    private void join() throws SQLException {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        rethrow();
    }

    private void rethrow() throws SQLException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof SQLException s) {
            throw new SQLException(s.getMessage(), s.getSQLState(), s.getErrorCode(), s);
        }
        if (t instanceof RuntimeException r) {
            throw new IllegalStateException(r.getMessage(), r);
        }
        throw new SQLException("the row writer failed: " + t, t);
    }
}
