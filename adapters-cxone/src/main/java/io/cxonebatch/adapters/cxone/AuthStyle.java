package io.cxonebatch.adapters.cxone;

/** How the client presents its credentials to the OAuth 2.0 token endpoint (client-credentials grant). */
public enum AuthStyle {

    /** {@code grant_type=client_credentials} as a form, the client id and secret in HTTP Basic (RFC 6749 §2.3.1, §4.4). */
    FORM,

    /** A JSON body carrying {@code grant_type}, {@code client_id} and {@code client_secret}. */
    JSON
}
