package io.muyield.store;

import java.sql.Connection;
import java.sql.DriverManager;

/** Run in a child JVM: opens a DuckDB file, says "holding", and keeps it open until killed (at most a minute). */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (x INTEGER)");
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
