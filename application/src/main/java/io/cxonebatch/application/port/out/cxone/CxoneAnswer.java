package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * What CXone answered to a call that changes something: the value the port promises, the HTTP status it came
 * with, whether the write was guarded, and what of the request CXone had no place for, all of which the audit keeps.
 *
 * @param value what the call returns; null for calls that return nothing
 * @param guarded false when the API has no optimistic locking for the write, so the adapter read, compared and then
 *     wrote, and a change made by someone else between that read and the write was overwritten unseen (ADR 10)
 * @param notApplied what the call asked for that the API has no field for and so did not write, in words; null when
 *     everything was written
 */
public record CxoneAnswer<T>(@Nullable T value, int httpStatus, boolean guarded, @Nullable String notApplied) {

    public CxoneAnswer {
        if (httpStatus < 200 || httpStatus > 299) {
            throw new IllegalArgumentException("an answer is a 2xx status, not " + httpStatus);
        }
    }

    /** A guarded answer: the API itself refuses a write made over a stale version, or the call needs no guard. */
    public CxoneAnswer(@Nullable T value, int httpStatus) {
        this(value, httpStatus, true, null);
    }

    /** An answer to a write the API could not guard: read, compared, then written, with the race window open. */
    public static <T> CxoneAnswer<T> unguarded(@Nullable T value, int httpStatus) {
        return new CxoneAnswer<>(value, httpStatus, false, null);
    }

    /** This answer, saying what of the request was not written because the API has no field for it. */
    public CxoneAnswer<T> notApplying(String what) {
        return new CxoneAnswer<>(value, httpStatus, guarded, what);
    }

    /** An answer with nothing in it but its status (202 Accepted, 204 No Content). */
    public static CxoneAnswer<Void> of(int httpStatus) {
        return new CxoneAnswer<>(null, httpStatus);
    }

    /** The value, for calls that promise one. */
    public T require() {
        T present = value;
        if (present == null) {
            throw new IllegalStateException("CXone's answer (" + httpStatus + ") carried no value");
        }
        return present;
    }
}
