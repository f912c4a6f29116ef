package io.cxonebatch.adapters.cxone.internal;

/**
 * What {@link CallExecutor} needs to know of an endpoint of either dialect: how messages name it, and whether a
 * request that may have reached CXone can be sent again.
 */
public interface CallTarget {

    /** Method and path template, e.g. {@code GET /api/v2/campaigns/{id}}; ids never appear here. */
    String operation();

    /**
     * Whether a request CXone may have acted on can be sent again without changing the outcome. When false, the
     * request is sent again only after an answer that says CXone did not act (429, 401) or when no connection was
     * opened.
     */
    boolean resendable();
}
