package io.cxonebatch.adapters.cxone.internal.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a claim from a JWT's payload without verifying the signature: the token came straight from the token
 * endpoint over TLS, and only says which tenant to discover; CXone checks it on every call. Nothing of the token
 * ever appears in a message.
 */
final class JwtClaims {

    private JwtClaims() {
    }

    /** The {@code tenantId} claim, or null when the text is no JWT or its payload has none. */
    static @Nullable String tenantId(@Nullable String jwt, JsonMapper mapper) {
        if (jwt == null) {
            return null;
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode payload = mapper.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode claim = payload == null ? null : payload.get("tenantId");
            return claim != null && claim.isString() && !claim.asString().isBlank() ? claim.asString().strip() : null;
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return null;
        }
    }
}
