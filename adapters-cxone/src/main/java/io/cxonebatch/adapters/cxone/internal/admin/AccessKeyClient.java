package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.RequestLine;

/** The access-key token endpoint on the authentication host (cxone-admin-api.md §1.1). */
interface AccessKeyClient {

    String TOKEN_PATH = "/authentication/v1/token/access-key";

    @RequestLine("POST " + TOKEN_PATH)
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    AccessKeyTokenResponse token(AccessKeyTokenRequest request);
}
