package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a paginated listing to its end, or until a page holds what is searched for: the first page, then every
 * {@code nextPageUri} until one is null, empty or absent. Each page goes to the consumer before the next is asked
 * for, so no more than one page is held. A
 * {@code nextPageUri} may be relative to the base URL or absolute; an absolute one must point at the base URL's
 * scheme, host and port, since the token travels with it.
 */
final class PageWalker {

    private final URI baseUrl;
    private final CallExecutor executor;

    PageWalker(URI baseUrl, CallExecutor executor) {
        this.baseUrl = baseUrl;
        this.executor = executor;
    }

    /**
     * @param firstPage reads page 1, given the {@code Authorization} value
     * @param pageAt reads the page at an absolute URI, given the {@code Authorization} value
     * @param nextPageUri what a page names as its successor
     */
    <P> void walk(Endpoint endpoint, Function<String, P> firstPage, BiFunction<String, URI, P> pageAt,
            Function<P, @Nullable String> nextPageUri, Consumer<P> onPage) {
        find(endpoint, firstPage, pageAt, nextPageUri, page -> {
            onPage.accept(page);
            return Optional.empty();
        });
    }

    /**
     * Like {@link #walk}, but stops after the first page in which {@code inPage} finds something; no further page
     * is asked for.
     *
     * @return what {@code inPage} found, or empty when no page held it
     */
    <P, R> Optional<R> find(Endpoint endpoint, Function<String, P> firstPage, BiFunction<String, URI, P> pageAt,
            Function<P, @Nullable String> nextPageUri, Function<P, Optional<R>> inPage) {
        P page = executor.call(endpoint, firstPage);
        Set<URI> seen = new HashSet<>();
        while (true) {
            Optional<R> found = inPage.apply(page);
            if (found.isPresent()) {
                return found;
            }
            String next = nextPageUri.apply(page);
            if (next == null || next.isBlank()) {
                return Optional.empty();
            }
            URI uri = resolve(endpoint, next.strip());
            if (!seen.add(uri)) {
                throw new CxoneRejectedException(endpoint.operation(), 200,
                        "nextPageUri '" + next + "' names a page already read; stopping instead of looping", null);
            }
            page = executor.call(endpoint, authorization -> pageAt.apply(authorization, uri));
        }
    }

    URI resolve(Endpoint endpoint, String next) {
        URI uri;
        try {
            String lower = next.toLowerCase(Locale.ROOT);
            boolean absolute = lower.startsWith("http://") || lower.startsWith("https://");
            uri = new URI(absolute ? next : baseUrl + (next.startsWith("/") ? "" : "/") + next);
        } catch (URISyntaxException notAUri) {
            throw new CxoneRejectedException(endpoint.operation(), 200, "nextPageUri '" + next + "' is not a URI", null);
        }
        if (!sameOrigin(uri, baseUrl)) {
            throw new CxoneRejectedException(endpoint.operation(), 200, "nextPageUri '" + next
                    + "' points outside the base URL " + baseUrl + "; credentials are not sent there", null);
        }
        return uri;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
