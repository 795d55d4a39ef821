package io.muyield.app.cli;

import io.muyield.app.shared.UserFacingException;

import io.muyield.store.DatabaseUnavailableException;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the one line a user of the command line should read. */
final class CliFailure {

    private CliFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException || t instanceof DatabaseUnavailableException) {
                return t.getMessage();
            }
            if (t instanceof BindException || t.getClass().getSimpleName().equals("PortInUseException")) {
                return "the port is already in use (" + t.getMessage() + "); choose another with --port";
            }
            if (t instanceof NoSuchFileException e) {
                return "no such file: " + e.getFile();
            }
            if (t instanceof AccessDeniedException e) {
                return "permission denied: " + e.getFile();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
