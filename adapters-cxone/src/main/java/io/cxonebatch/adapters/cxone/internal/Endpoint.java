package io.cxonebatch.adapters.cxone.internal;

import feign.Request;
import java.lang.reflect.Method;

/**
 * Every CXone endpoint this client calls, with the scope a token needs for it and whether a request that may have
 * reached CXone can be sent again. The template names the endpoint in metrics, logs and exception messages; ids
 * never appear there.
 */
enum Endpoint implements CallTarget {
    // A repeated create answers 409, which the caller reads as "already done".
    CREATE_CAMPAIGN("POST", "/api/v2/campaigns", "campaigns:write", true),
    LIST_CAMPAIGNS("GET", "/api/v2/campaigns", "campaign:read", true),
    LOAD_CAMPAIGN("GET", "/api/v2/campaigns/{id}", "campaign:read", true),
    ACTIVATE_CAMPAIGN("POST", "/api/v2/campaigns/{id}/activate", "campaign:write", true),
    // Each request attaches one more rule.
    ATTACH_DIALER_RULE("POST", "/api/v2/campaign-dialer-rules", "campaign-dialer-rules:write", false),
    LOAD_OUTBOUND_CAMPAIGN("GET", "/api/v2/outbound/campaigns/{id}", "outbound:campaigns:read", true),
    UPDATE_OUTBOUND_CAMPAIGN("PUT", "/api/v2/outbound/campaigns/{id}", "outbound:campaigns:write", true),
    LIST_OUTBOUND_CAMPAIGNS("GET", "/api/v2/outbound/campaigns", "outbound:campaigns:read", true),
    ASSIGN_AGENTS("PUT", "/api/v2/outbound/campaigns/{id}/agents", "outbound:campaigns:write", true),
    READ_CONTACTS("GET", "/api/v2/outbound/contactlists/{listId}/contacts", "contactlist:read", true),
    READ_SUPPRESSIONS("GET", "/api/v2/outbound/suppressions", "suppressions:read", true),
    // Each request registers one more webhook, and CXone cannot list them to check.
    REGISTER_WEBHOOK("POST", "/api/v2/webhooks", "webhook:write", false),
    QUERY_CAMPAIGN_DETAILS("POST", "/api/v2/analytics/campaigns/details/query", "analytics:campaign:read", true);

    private final String method;
    private final String template;
    private final String requiredScope;
    private final boolean resendable;

    Endpoint(String method, String template, String requiredScope, boolean resendable) {
        this.method = method;
        this.template = template;
        this.requiredScope = requiredScope;
        this.resendable = resendable;
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

    /**
     * Resendable here: reads, updates guarded by {@code If-Match}, activation, and creates whose repetition CXone
     * refuses.
     */
    @Override
    public boolean resendable() {
        return resendable;
    }

    /** Method and template, e.g. {@code POST /api/v2/campaigns}. */
    @Override
    public String operation() {
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
