package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/**
 * A response body together with the response's {@code ETag}, for endpoints that report a version there.
 *
 * @param body null when the response had none (204)
 */
record WithEtag<T>(@Nullable T body, @Nullable String etag) {
}
