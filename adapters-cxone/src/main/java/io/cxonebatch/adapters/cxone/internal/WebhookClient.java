package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Webhook registration. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface WebhookClient {

    @CxoneOperation(Endpoint.REGISTER_WEBHOOK)
    @RequestLine("POST /api/v2/webhooks")
    @Headers("Content-Type: application/json")
    Reply<Void> register(@Param("authorization") String authorization, WebhookRequest webhook);
}
