package io.cxonebatch.application.kit.calls;

import org.jspecify.annotations.Nullable;

/**
 * A call that succeeded, as the audit records it.
 *
 * @param value what the call returned; null for calls that return nothing
 * @param httpStatus CXone's status for it
 * @param latencyMillis how long it took
 */
public record Answered<T>(@Nullable T value, int httpStatus, long latencyMillis) implements Attempt<T> {

    public T require() {
        T present = value;
        if (present == null) {
            throw new IllegalStateException("the call answered " + httpStatus + " with no value");
        }
        return present;
    }
}
