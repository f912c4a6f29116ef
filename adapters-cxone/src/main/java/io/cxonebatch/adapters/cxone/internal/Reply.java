package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import org.jspecify.annotations.Nullable;

/**
 * A success answer of CXone as it came: its status, its decoded body and its {@code ETag}. Calls that change CXone
 * report the status to their callers (a create answers 201, an activation 202, a versioned update 200 or 204), and
 * versioned reads and updates take the version from the {@code ETag} when the body has none.
 *
 * @param status the 2xx status of the response
 * @param body null when the response had none (204), and always for {@code Reply<Void>}
 */
record Reply<T>(int status, @Nullable T body, @Nullable String etag) {

    /** The answer a port returns: the value the call promises, with this status. */
    <V> CxoneAnswer<V> answer(V value) {
        return new CxoneAnswer<>(value, status);
    }

    /** The answer of a call that promises nothing but its status. */
    CxoneAnswer<Void> statusOnly() {
        return CxoneAnswer.of(status);
    }
}
