package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/**
 * One request to a dialect's token endpoint, as {@link AccessTokens} sends it once it holds the permit. Throws the
 * port exception, or the Feign exception, that the request failed with.
 */
@FunctionalInterface
public interface TokenRequest {

    Issued send();

    /**
     * What the token endpoint answered.
     *
     * @param accessToken null or blank when the answer carried none, which {@link AccessTokens} refuses
     * @param expiresInSeconds null or not positive when the answer did not say
     */
    record Issued(@Nullable String accessToken, @Nullable Long expiresInSeconds) {

        @Override
        public String toString() {
            return "Issued[accessToken=****, expiresInSeconds=" + expiresInSeconds + "]";
        }
    }
}
