package io.cxonebatch.application.kit.calls;

import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import org.jspecify.annotations.Nullable;

/**
 * A call that succeeded, as the audit records it.
 *
 * @param value what the call returned; null for calls that return nothing
 * @param httpStatus CXone's status for it
 * @param latencyMillis how long it took
 * @param guarded false when CXone could not guard the write against a concurrent change ({@code CxoneAnswer#guarded})
 * @param notApplied what of the request CXone had no field for ({@code CxoneAnswer#notApplied}); null when none
 */
public record Answered<T>(@Nullable T value, int httpStatus, long latencyMillis, boolean guarded, @Nullable String notApplied)
        implements Attempt<T> {

    public Answered(@Nullable T value, int httpStatus, long latencyMillis) {
        this(value, httpStatus, latencyMillis, true, null);
    }

    /** What the audit keeps of an answer. */
    public static <T> Answered<T> of(CxoneAnswer<T> answer, long latencyMillis) {
        return new Answered<>(answer.value(), answer.httpStatus(), latencyMillis, answer.guarded(), answer.notApplied());
    }

    public T require() {
        T present = value;
        if (present == null) {
            throw new IllegalStateException("the call answered " + httpStatus + " with no value");
        }
        return present;
    }
}
