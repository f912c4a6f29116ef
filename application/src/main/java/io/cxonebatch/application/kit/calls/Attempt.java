package io.cxonebatch.application.kit.calls;

/** How a call that changes CXone ended, timed: {@link Answered} or {@link Refused}. */
public sealed interface Attempt<T> permits Answered, Refused {

    long latencyMillis();
}
