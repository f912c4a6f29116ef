package io.cxonebatch.sandbox.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Issues opaque bearer tokens, remembers their client, scopes and expiry, and forgets them on demand. */
public final class TokenService {

    private static final int SWEEP_THRESHOLD = 10_000;

    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();

    public TokenService(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** What a token grants. */
    public record IssuedToken(String clientId, Set<String> scopes, long expiresAtMillis) {

        public IssuedToken {
            scopes = Set.copyOf(scopes);
        }
    }

    public String issue(String clientId, Set<String> scopes) {
        if (tokens.size() > SWEEP_THRESHOLD) {
            long now = clock.millis();
            tokens.values().removeIf(token -> token.expiresAtMillis() <= now);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new IssuedToken(clientId, scopes, clock.millis() + lifetime.toMillis()));
        return token;
    }

    /** The grant of a token that is known and not expired. */
    public Optional<IssuedToken> verify(String token) {
        IssuedToken issued = tokens.get(token);
        if (issued == null) {
            return Optional.empty();
        }
        if (issued.expiresAtMillis() <= clock.millis()) {
            tokens.remove(token, issued);
            return Optional.empty();
        }
        return Optional.of(issued);
    }

    /** Every token issued so far answers 401 from now on. */
    public void expireAll() {
        tokens.clear();
    }

    /** The {@code expires_in} of new tokens, in whole seconds, at least 1. */
    public long lifetimeSeconds() {
        return Math.max(1, (lifetime.toMillis() + 999) / 1000);
    }

    public void countRequest() {
        requests.increment();
    }

    public long requests() {
        return requests.sum();
    }

    public void resetCount() {
        requests.reset();
    }
}
