package io.muyield.store;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a driver's failure to open a connection into one line a user can act on. */
final class ConnectionFailures {

    private static final Pattern LOCKED_FILE = Pattern.compile("Could not set lock on file \"([^\"]+)\"");
    private static final Pattern PID = Pattern.compile("\\(PID (\\d+)\\)");

    private ConnectionFailures() {
    }

    static DatabaseUnavailableException explain(Dialect dialect, String url, String user, Throwable failure) {
        SQLException sql = sqlCause(failure);
        String detail = oneLine(sql != null ? sql.getMessage() : String.valueOf(failure.getMessage()));
        String message = switch (dialect) {
            case DUCKDB -> duckDb(url, detail);
            case POSTGRESQL -> postgres(url, user, sql, failure, detail);
        };
        return new DatabaseUnavailableException(message, failure);
    }

    private static String duckDb(String url, String detail) {
        Matcher file = LOCKED_FILE.matcher(detail);
        if (file.find()) {
            Matcher pid = PID.matcher(detail);
            String holder = pid.find() ? " (pid " + pid.group(1) + ")" : "";
            return "the database file " + file.group(1) + " is in use by another muyield process" + holder
                    + "; stop it or use its HTTP API";
        }
        return "cannot open the DuckDB database " + url + ": " + detail;
    }

    private static String postgres(String url, String user, SQLException sql, Throwable failure, String detail) {
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) {
            return "PostgreSQL at " + url + " refused the login of user '" + user + "': wrong user name or password";
        }
        if (state.equals("3D000")) {
            return "PostgreSQL at " + url + " has no such database: create it or correct the URL";
        }
        if (hasCause(failure, UnknownHostException.class)) {
            return "cannot reach PostgreSQL at " + url + ": unknown host";
        }
        if (hasCause(failure, ConnectException.class) || state.startsWith("08")) {
            return "cannot reach PostgreSQL at " + url + " (" + detail + "): is the server running and the URL right?";
        }
        return "cannot connect to PostgreSQL at " + url + ": " + detail;
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
