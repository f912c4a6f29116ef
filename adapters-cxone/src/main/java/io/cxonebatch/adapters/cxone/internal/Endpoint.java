package io.cxonebatch.adapters.cxone.internal;

import feign.Request;
import java.lang.reflect.Method;

/**
 * Every CXone endpoint this client calls, with the scope a token needs for it. The template names the endpoint in
 * metrics, logs and exception messages; ids never appear there.
 */
enum Endpoint {
    CREATE_CAMPAIGN("POST", "/api/v2/campaigns", "campaigns:write"),
    LIST_CAMPAIGNS("GET", "/api/v2/campaigns", "campaign:read"),
    LOAD_CAMPAIGN("GET", "/api/v2/campaigns/{id}", "campaign:read"),
    ACTIVATE_CAMPAIGN("POST", "/api/v2/campaigns/{id}/activate", "campaign:write"),
    ATTACH_DIALER_RULE("POST", "/api/v2/campaign-dialer-rules", "campaign-dialer-rules:write"),
    LOAD_OUTBOUND_CAMPAIGN("GET", "/api/v2/outbound/campaigns/{id}", "outbound:campaigns:read"),
    UPDATE_OUTBOUND_CAMPAIGN("PUT", "/api/v2/outbound/campaigns/{id}", "outbound:campaigns:write"),
    LIST_OUTBOUND_CAMPAIGNS("GET", "/api/v2/outbound/campaigns", "outbound:campaigns:read"),
    ASSIGN_AGENTS("PUT", "/api/v2/outbound/campaigns/{id}/agents", "outbound:campaigns:write"),
    READ_CONTACTS("GET", "/api/v2/outbound/contactlists/{listId}/contacts", "contactlist:read"),
    READ_SUPPRESSIONS("GET", "/api/v2/outbound/suppressions", "suppressions:read"),
    REGISTER_WEBHOOK("POST", "/api/v2/webhooks", "webhook:write"),
    QUERY_CAMPAIGN_DETAILS("POST", "/api/v2/analytics/campaigns/details/query", "analytics:campaign:read");

    private final String method;
    private final String template;
    private final String requiredScope;

    Endpoint(String method, String template, String requiredScope) {
        this.method = method;
        this.template = template;
        this.requiredScope = requiredScope;
    }

    String method() {
        return method;
    }

    String template() {
        return template;
    }

    /** The scope CXone asks for on this endpoint, named when a 403 does not say. */
    String requiredScope() {
        return requiredScope;
    }

    /** Method and template, e.g. {@code POST /api/v2/campaigns}. */
    String operation() {
        return method + " " + template;
    }

    /** The endpoint a request was built for, from the {@link CxoneOperation} on its Feign method. */
    static Endpoint of(Request request) {
        Method method = request.requestTemplate().methodMetadata().method();
        CxoneOperation operation = method.getAnnotation(CxoneOperation.class);
        if (operation == null) {
            throw new IllegalStateException(method + " lacks @" + CxoneOperation.class.getSimpleName());
        }
        return operation.value();
    }
}
