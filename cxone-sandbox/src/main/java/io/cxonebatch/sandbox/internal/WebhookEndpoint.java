package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxWebhook;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v2/webhooks}: 201 with the registered webhook; 400 without an absolute http(s) uri or an event filter. */
public final class WebhookEndpoint implements Endpoint {

    private static final Set<String> METHODS = Set.of("POST", "PUT");

    private final SandboxState state;

    public WebhookEndpoint(SandboxState state) {
        this.state = state;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        BodyReader in = BodyReader.of(request.jsonObject(), 400);
        String uri = in.requiredText("uri");
        String eventFilter = in.requiredText("eventFilter");
        String name = in.text("name");
        Boolean enabled = in.bool("enabled");
        String method = in.text("method");
        String httpMethod = method == null ? "POST" : method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(httpMethod)) {
            throw in.reject("method must be POST or PUT, got '" + method + "'");
        }
        requireHttpUri(uri);
        SandboxWebhook webhook = new SandboxWebhook(state.nextWebhookId(), name, eventFilter, uri, httpMethod,
                enabled == null || enabled);
        state.addWebhook(webhook);
        ObjectNode body = Json.object()
                .put("id", webhook.id())
                .put("name", name)
                .put("enabled", webhook.enabled())
                .put("eventFilter", eventFilter)
                .put("uri", uri)
                .put("method", httpMethod);
        return ApiResponse.json(201, body);
    }

    private static void requireHttpUri(String uri) {
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme();
            if (parsed.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new RequestRejectedException(400, "uri '" + uri + "' must be an absolute http or https URI");
            }
        } catch (URISyntaxException e) {
            throw new RequestRejectedException(400, "uri '" + uri + "' is not a URI: " + e.getReason());
        }
    }
}
