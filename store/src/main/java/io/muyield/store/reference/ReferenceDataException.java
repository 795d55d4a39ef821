package io.muyield.store.reference;

/** A reference file that cannot be read or has an invalid row; the message names the file and the row. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
