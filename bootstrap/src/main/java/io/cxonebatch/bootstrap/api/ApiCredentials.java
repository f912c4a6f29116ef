package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.config.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who may call the admin API: the holder of the configured bearer token, the configured user with its password (HTTP
 * Basic), or both. Secrets are compared in constant time and never shown, not even by {@link #toString()}.
 */
final class ApiCredentials {

    /** The principal a bearer token stands for, as {@code launched.by} records it ({@code api:token}). */
    static final String TOKEN_PRINCIPAL = "token";

    private static final String REALM = "cxone-batch";

    private final byte @Nullable [] token;
    private final String user;
    private final byte @Nullable [] password;

    private ApiCredentials(byte @Nullable [] token, String user, byte @Nullable [] password) {
        this.token = token;
        this.user = user;
        this.password = password;
    }

    /**
     * @param user the Basic user; blank stands for {@code operator}, as for JMX
     * @throws ConfigurationException when neither a token nor a password is set: the API is never open to anyone
     */
    static ApiCredentials of(@Nullable String token, @Nullable String user, @Nullable String password) {
        byte[] tokenBytes = bytesOrNull(token);
        byte[] passwordBytes = bytesOrNull(password);
        if (tokenBytes == null && passwordBytes == null) {
            throw new ConfigurationException("cxone-batch.api.enabled is true but neither cxone-batch.api.token nor"
                    + " cxone-batch.api.password is set: the admin API is not opened without credentials"
                    + " (e.g. CXONE_BATCH_API_TOKEN=…)");
        }
        return new ApiCredentials(tokenBytes, user == null || user.isBlank() ? "operator" : user.strip(), passwordBytes);
    }

    private static byte @Nullable [] bytesOrNull(@Nullable String secret) {
        return secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The caller's name when {@code authorization}, an {@code Authorization} header's value, holds valid credentials. */
    Optional<String> principal(@Nullable String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        int space = authorization.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space);
        String credentials = authorization.substring(space + 1).strip();
        if (token != null && "Bearer".equalsIgnoreCase(scheme)) {
            return same(credentials, token) ? Optional.of(TOKEN_PRINCIPAL) : Optional.empty();
        }
        if (password != null && "Basic".equalsIgnoreCase(scheme)) {
            return basic(credentials, password);
        }
        return Optional.empty();
    }

    private Optional<String> basic(String encoded, byte[] expectedPassword) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String givenUser = pair.substring(0, colon);
        // Both compared every time (& rather than &&): the time taken does not tell which of the two was wrong.
        boolean granted = same(givenUser, user.getBytes(StandardCharsets.UTF_8)) & same(pair.substring(colon + 1), expectedPassword);
        return granted ? Optional.of(givenUser) : Optional.empty();
    }

    /** Constant time in the length of what was given, which the caller knows anyway. */
    private static boolean same(String given, byte[] expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }

    /** The {@code WWW-Authenticate} challenges a refused caller is given: one for each way in that is configured. */
    List<String> challenges() {
        List<String> challenges = new ArrayList<>();
        if (token != null) {
            challenges.add("Bearer realm=\"" + REALM + "\"");
        }
        if (password != null) {
            challenges.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        return challenges;
    }

    @Override
    public String toString() {
        return "ApiCredentials[token " + (token == null ? "unset" : "set") + ", user " + user + ", password "
                + (password == null ? "unset" : "set") + "]";
    }
}
