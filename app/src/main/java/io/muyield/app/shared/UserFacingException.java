package io.muyield.app.shared;

/** A failure whose message is already the sentence to show the user. */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
