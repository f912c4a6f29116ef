package io.cxonebatch.bootstrap.serve;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether CXone answers: a token request to the tenant's token endpoint (which also proves the credentials), made at
 * most once per {@code interval} however often the health endpoint is polled, since every request spends the tenant's
 * budget. Between checks the last answer is reported, with when it was taken.
 */
final class CxoneHealthIndicator implements HealthIndicator {

    private final ObjectProvider<CxoneAdapter> cxone;
    private final Duration interval;
    private final Clock clock;
    private @Nullable Health last;
    private @Nullable Instant checkedAt;

    CxoneHealthIndicator(ObjectProvider<CxoneAdapter> cxone, Duration interval, Clock clock) {
        this.cxone = cxone;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last != null && checkedAt != null && now.isBefore(checkedAt.plus(interval))) {
            return last;
        }
        Health.Builder health;
        try {
            cxone.getObject().checkTokenEndpoint();
            health = Health.up().withDetail("tokenEndpoint", "answered with a token");
        } catch (CxoneCallException e) {
            health = Health.down().withDetail("tokenEndpoint", e.getMessage());
        } catch (RuntimeException e) {
            health = Health.down().withDetail("tokenEndpoint", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        last = health.withDetail("checkedAt", now.toString()).withDetail("checkedEvery", interval.toString()).build();
        checkedAt = now;
        return last;
    }
}
