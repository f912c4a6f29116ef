package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/**
 * What CXone answered to a call that changes something: the value the port promises and the HTTP status it came
 * with, which the audit keeps.
 *
 * @param value what the call returns; null for calls that return nothing
 */
public record CxoneAnswer<T>(@Nullable T value, int httpStatus) {

    public CxoneAnswer {
        if (httpStatus < 200 || httpStatus > 299) {
            throw new IllegalArgumentException("an answer is a 2xx status, not " + httpStatus);
        }
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
