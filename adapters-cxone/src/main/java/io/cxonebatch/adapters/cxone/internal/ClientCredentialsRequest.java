package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.adapters.cxone.AuthStyle;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The contract's token request: the client-credentials grant, as a form with HTTP Basic or as JSON. */
final class ClientCredentialsRequest implements TokenRequest {

    // Shortest lifetime seen in the material; assumed when the server does not say.
    static final Duration ASSUMED_LIFETIME = Duration.ofSeconds(600);

    private final TokenClient client;
    private final CxoneClientSettings settings;

    ClientCredentialsRequest(TokenClient client, CxoneClientSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public Issued send() {
        TokenResponse response = settings.authStyle() == AuthStyle.JSON
                ? client.requestWithJson(JsonTokenRequest.clientCredentials(settings.clientId(), settings.clientSecret(), settings.scope()))
                : client.requestWithForm(basicAuthorization(), form());
        return response == null ? new Issued(null, null) : new Issued(response.accessToken(), response.expiresIn());
    }

    private String form() {
        String scope = settings.scope();
        return "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + formEncode(scope));
    }

    // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
    private String basicAuthorization() {
        String credentials = formEncode(settings.clientId()) + ":" + formEncode(settings.clientSecret());
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
