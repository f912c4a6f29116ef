package io.cxonebatch.adapters.cxone.internal;

import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Predictive dialer rules. */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface DialerRuleClient {

    @CxoneOperation(Endpoint.ATTACH_DIALER_RULE)
    @RequestLine("POST /api/v2/campaign-dialer-rules")
    @Headers("Content-Type: application/json")
    Reply<DialerRuleResponse> create(@Param("authorization") String authorization, DialerRuleRequest rule);
}
