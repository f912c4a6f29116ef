package io.cxonebatch.adapters.cxone.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** {@code {"access_token":"…","token_type":"Bearer","expires_in":3600}}. */
record TokenResponse(
        @JsonProperty("access_token") @Nullable String accessToken,
        @JsonProperty("token_type") @Nullable String tokenType,
        @JsonProperty("expires_in") @Nullable Long expiresIn) {

    @Override
    public String toString() {
        return "TokenResponse[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
