package io.cxonebatch.adapters.cxone.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code {"grant_type":"client_credentials","client_id":…,"client_secret":…}}, the JSON token request style. */
record JsonTokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("scope") @Nullable String scope) {

    static JsonTokenRequest clientCredentials(String clientId, String clientSecret, @Nullable String scope) {
        return new JsonTokenRequest("client_credentials", clientId, clientSecret, scope);
    }

    @Override
    public String toString() {
        return "JsonTokenRequest[grantType=" + grantType + ", clientId=" + clientId + ", clientSecret=****, scope=" + scope + "]";
    }
}
