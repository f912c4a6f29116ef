package io.cxonebatch.adapters.cxone;

/** Which API a tenant speaks. */
public enum CxoneDialect {

    /** Our simplified contract, {@code docs/cxone-api.md}: OAuth client credentials and {@code /api/v2/...}. */
    V2,

    /**
     * The CXone Admin API, {@code docs/cxone-admin-api.md}: an access key for the token, the API host found by
     * discovery, and {@code /inContactAPI/services/vNN.0/...}.
     */
    ADMIN
}
