package io.cxonebatch.application.kit.calls;

import io.cxonebatch.application.port.out.cxone.CxoneCallException;

/** A call that CXone refused, or that got no usable answer, and how long it took to find out. */
public record Refused<T>(CxoneCallException cause, long latencyMillis) implements Attempt<T> {
}
