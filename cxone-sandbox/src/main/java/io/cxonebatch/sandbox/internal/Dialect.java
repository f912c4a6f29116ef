package io.cxonebatch.sandbox.internal;

/**
 * Another API served on the same port, with routes, authentication, error shapes and state of its own; the
 * dispatcher hands it every request whose path it claims, before the contract's routes are looked at.
 */
public interface Dialect {

    boolean serves(String path);

    ApiResponse answer(ApiRequest request);
}
