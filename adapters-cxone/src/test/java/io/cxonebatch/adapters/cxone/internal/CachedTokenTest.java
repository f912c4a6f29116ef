package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CachedTokenTest {

    private static final Instant ISSUED = Instant.parse("2025-01-10T09:00:00Z");

    @Test
    void isDueWhenLessThanTheBufferOfItsLifeIsLeft() {
        CachedToken token = CachedToken.issued("t", ISSUED, Duration.ofSeconds(3600), Duration.ofSeconds(60));

        assertThat(token.isFreshAt(ISSUED.plusSeconds(3539))).isTrue();
        assertThat(token.isFreshAt(ISSUED.plusSeconds(3540))).isFalse();
        assertThat(token.isValidAt(ISSUED.plusSeconds(3598))).isTrue();
        assertThat(token.isValidAt(ISSUED.plusSeconds(3599))).isFalse();
    }

    @Test
    void stopsBeingSentATenthOfItsLifeBeforeItsEndAtMostASecond() {
        CachedToken shortLived = CachedToken.issued("t", ISSUED, Duration.ofSeconds(2), Duration.ofSeconds(60));
        CachedToken unbuffered = CachedToken.issued("t", ISSUED, Duration.ofSeconds(600), Duration.ZERO);

        assertThat(shortLived.refreshAt()).isEqualTo(ISSUED.plusSeconds(1));
        assertThat(shortLived.expiresAt()).isEqualTo(ISSUED.plusMillis(1800));
        assertThat(unbuffered.expiresAt()).isEqualTo(ISSUED.plusSeconds(599));
        assertThat(unbuffered.refreshAt()).isEqualTo(unbuffered.expiresAt());
    }

    @Test
    void isDueHalfWayWhenItLivesLessThanTwiceTheBuffer() {
        CachedToken token = CachedToken.issued("t", ISSUED, Duration.ofSeconds(100), Duration.ofSeconds(60));

        assertThat(token.refreshAt()).isEqualTo(ISSUED.plusSeconds(50));
    }

    @Test
    void neverShowsItsValue() {
        assertThat(CachedToken.issued("eyJ-secret-token", ISSUED, Duration.ofSeconds(600), Duration.ofSeconds(60)).toString())
                .doesNotContain("eyJ-secret-token");
        assertThat(JsonTokenRequest.clientCredentials("id", "the-secret", null).toString()).doesNotContain("the-secret");
        assertThat(new TokenResponse("eyJ-secret-token", "Bearer", 600L).toString()).doesNotContain("eyJ-secret-token");
    }
}
