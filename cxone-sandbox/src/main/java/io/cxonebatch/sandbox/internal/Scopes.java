package io.cxonebatch.sandbox.internal;

import java.util.Set;

/** The scope names of the contract and which one each route needs (README, "Scopes"). */
public final class Scopes {

    public static final String CAMPAIGNS_WRITE = "campaigns:write";
    public static final String CAMPAIGN_DIALER_RULES_WRITE = "campaign-dialer-rules:write";
    public static final String CAMPAIGN_READ = "campaign:read";
    public static final String CAMPAIGN_WRITE = "campaign:write";
    public static final String ANALYTICS_CAMPAIGN_READ = "analytics:campaign:read";
    public static final String CONTACTLIST_READ = "contactlist:read";
    public static final String SUPPRESSIONS_READ = "suppressions:read";
    public static final String WEBHOOK_WRITE = "webhook:write";
    public static final String OUTBOUND_READ = "outbound:read";
    public static final String OUTBOUND_CAMPAIGNS_READ = "outbound:campaigns:read";
    public static final String OUTBOUND_CAMPAIGNS_WRITE = "outbound:campaigns:write";
    public static final String USERS_READ = "users:read";

    /** Every scope the contract names. */
    public static final Set<String> ALL = Set.of(CAMPAIGNS_WRITE, CAMPAIGN_DIALER_RULES_WRITE, CAMPAIGN_READ,
            CAMPAIGN_WRITE, ANALYTICS_CAMPAIGN_READ, CONTACTLIST_READ, SUPPRESSIONS_READ, WEBHOOK_WRITE, OUTBOUND_READ,
            OUTBOUND_CAMPAIGNS_READ, OUTBOUND_CAMPAIGNS_WRITE, USERS_READ);

    private Scopes() {
    }
}
