package io.cxonebatch.adapters.cxone.internal.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the access-key token answer this client uses; {@code refresh_token} is not among them, since a token
 * is replaced by logging in again, as the document's live client does.
 */
record AccessKeyTokenResponse(
        @JsonProperty("access_token") @Nullable String accessToken,
        @JsonProperty("id_token") @Nullable String idToken,
        @JsonProperty("expires_in") @Nullable Long expiresIn) {

    @Override
    public String toString() {
        return "AccessKeyTokenResponse[accessToken=****, idToken=****, expiresIn=" + expiresIn + "]";
    }
}
