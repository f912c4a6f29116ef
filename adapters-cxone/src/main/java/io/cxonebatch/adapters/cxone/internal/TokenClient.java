package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The OAuth 2.0 token endpoint; its target is the base URL plus the configured token path. */
interface TokenClient {

    /** Form style: the body is an already encoded form, the client authenticates with HTTP Basic. */
    @RequestLine("POST")
    @Headers({"Content-Type: application/x-www-form-urlencoded", "Accept: application/json", "Authorization: {basic}"})
    TokenResponse requestWithForm(@Param("basic") String basicAuthorization, String form);

    /** JSON style: id and secret travel in the body. */
    @RequestLine("POST")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    TokenResponse requestWithJson(JsonTokenRequest request);
}
