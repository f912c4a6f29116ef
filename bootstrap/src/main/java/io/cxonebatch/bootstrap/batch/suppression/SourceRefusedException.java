package io.cxonebatch.bootstrap.batch.suppression;

/** A do-not-call file may not be used (too old, dated after today); the run stops before anything is matched. */
final class SourceRefusedException extends RuntimeException {

    SourceRefusedException(String message) {
        super(message);
    }
}
