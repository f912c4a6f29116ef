package io.cxonebatch.sandbox.internal;

/** Answers one route; throws {@link RequestRejectedException} for anything but success. */
@FunctionalInterface
public interface Endpoint {

    ApiResponse handle(ApiRequest request);
}
