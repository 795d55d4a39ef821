package io.muyield.ingest.validate;

import java.util.Objects;

/** A message for a clerk: Chinese first, English second. */
public record Message(String zh, String en) {
    public Message {
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }

    public static Message of(String zh, String en) {
        return new Message(zh, en);
    }

    @Override
    public String toString() {
        return zh + " (" + en + ")";
    }
}
