package io.cxonebatch.application.kit;

/**
 * Where the next page of a listing starts, as the port that made it understands it (CXone's {@code nextPageUri}, the
 * last key of a table page). Opaque to everyone else, and a plain string so that a reader can keep it in its step's
 * execution context and resume from it after a restart.
 */
public record PageCursor(String value) {

    public PageCursor {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a page cursor is not blank; the first page has no cursor");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
