package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.internal.TokenRequest;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logs in with the access key (cxone-admin-api.md §1.1) and keeps the {@code tenantId} claim of the latest token,
 * read from its {@code id_token}, else from its {@code access_token}: discovery needs it.
 */
final class AccessKeyLogin implements TokenRequest {

    /** What the document's live client assumes when {@code expires_in} is missing: tokens live an hour. */
    static final Duration ASSUMED_LIFETIME = Duration.ofHours(1);
    static final String OPERATION = "POST " + AccessKeyClient.TOKEN_PATH;

    private final AccessKeyClient client;
    private final AccessKeyTokenRequest credentials;
    private final JsonMapper mapper;
    private volatile @Nullable String tenantId;

    AccessKeyLogin(AccessKeyClient client, String accessKeyId, String accessKeySecret, JsonMapper mapper) {
        this.client = client;
        this.credentials = new AccessKeyTokenRequest(accessKeyId, accessKeySecret);
        this.mapper = mapper;
    }

    @Override
    public Issued send() {
        AccessKeyTokenResponse answer = client.token(credentials);
        if (answer == null) {
            return new Issued(null, null);
        }
        String claim = JwtClaims.tenantId(answer.idToken(), mapper);
        String tenant = claim != null ? claim : JwtClaims.tenantId(answer.accessToken(), mapper);
        if (tenant != null) {
            tenantId = tenant;
        }
        return new Issued(answer.accessToken(), answer.expiresIn());
    }

    /**
     * The tenant the latest token was issued for; ask after a token was fetched.
     *
     * @throws CxoneRejectedException when no token named one, so that discovery cannot be asked; nothing is sent
     */
    String tenantId() {
        String tenant = tenantId;
        if (tenant == null) {
            throw new CxoneRejectedException(AdminEndpoint.DISCOVER.operation(), 0, "the access-key token names no tenantId claim,"
                    + " so the API host cannot be discovered; configure the API base URL (apiBaseUrl) instead", null);
        }
        return tenant;
    }
}
