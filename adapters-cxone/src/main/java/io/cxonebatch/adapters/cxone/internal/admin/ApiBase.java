package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.internal.CallExecutor;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host Admin calls go to: the configured one, or the {@code api_endpoint} that discovery names for the tenant of
 * the token (cxone-admin-api.md §1.3), asked once and kept. The document warns that host spellings differ, so the
 * host is never built from the cluster or the region.
 */
final class ApiBase {

    private static final Logger log = LoggerFactory.getLogger(ApiBase.class);

    private final @Nullable URI configured;
    private final CallExecutor executor;
    private final DiscoveryClient discovery;
    private final AccessKeyLogin login;
    private volatile @Nullable URI discovered;

    ApiBase(@Nullable URI configured, CallExecutor executor, DiscoveryClient discovery, AccessKeyLogin login) {
        this.configured = configured;
        this.executor = executor;
        this.discovery = discovery;
        this.login = login;
    }

    /** The API host, without a trailing slash; discovers it on first use. */
    URI get() {
        if (configured != null) {
            return configured;
        }
        URI known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
            }
            return discovered;
        }
    }

    // Through the executor: the call needs a token first (its tenantId claim), and takes a permit and retries like any.
    private URI discover() {
        CxoneConfigurationResponse answer = executor.call(AdminEndpoint.DISCOVER,
                authorization -> discovery.configuration(login.tenantId()));
        URI host = host(answer == null ? null : answer.apiEndpoint());
        if (host == null) {
            throw new CxoneUnavailableException(AdminEndpoint.DISCOVER.operation(), 200,
                    "cxone-configuration names no absolute http(s) api_endpoint", null);
        }
        log.debug("CXone Admin API host of tenant {} is {}", login.tenantId(), host);
        return host;
    }

    private static @Nullable URI host(@Nullable String endpoint) {
        if (endpoint == null) {
            return null;
        }
        String text = endpoint.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null ? uri : null;
        } catch (URISyntaxException unreadable) {
            return null;
        }
    }
}
