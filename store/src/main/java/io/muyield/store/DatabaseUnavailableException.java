package io.muyield.store;

/**
 * The database cannot be used: a URL muyield does not understand, a server that cannot be reached or refuses the
 * login, or a DuckDB file held by another process. The message is one line a user can act on.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
