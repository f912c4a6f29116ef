package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one page of a paginated listing: the first page, or the page a cursor names. A cursor is a page's
 * {@code nextPageUri} exactly as CXone sent it, so that a reader can keep it and a restarted process read on from
 * that page with a new client. It may be relative to the base URL or absolute; an absolute one must point at the
 * base URL's scheme, host and port, since the token travels with it. Walking the pages is the caller's business
 * (the ports' defaults, over {@code Pager}).
 */
final class PageReader {

    private final URI baseUrl;
    private final CallExecutor executor;
    private final int maxPagesPerWalk;
    /** Pages read by this thread's current walk of each listing: a walk starts at the first page. */
    private final ThreadLocal<Map<Endpoint, Integer>> pagesOfWalk = ThreadLocal.withInitial(HashMap::new);

    PageReader(URI baseUrl, CallExecutor executor, int maxPagesPerWalk) {
        this.baseUrl = baseUrl;
        this.executor = executor;
        this.maxPagesPerWalk = maxPagesPerWalk;
    }

    /**
     * @param firstPage reads page 1, given the {@code Authorization} value
     * @param pageAt reads the page at an absolute URI, given the {@code Authorization} value
     * @throws CxoneRejectedException when the cursor is no URI or points away from the base URL, or when the walk would
     *     read more than its most pages; nothing is sent then, so the exception carries no status
     */
    <P> P read(Endpoint endpoint, @Nullable PageCursor cursor, Function<String, Reply<P>> firstPage,
            BiFunction<String, URI, Reply<P>> pageAt) {
        countPage(endpoint, cursor);
        Reply<P> reply;
        if (cursor == null) {
            reply = executor.call(endpoint, firstPage);
        } else {
            URI uri = resolve(endpoint, cursor.value().strip());
            reply = executor.call(endpoint, authorization -> pageAt.apply(authorization, uri));
        }
        P page = reply.body();
        if (page == null) {
            throw IncompleteResponses.lacking(endpoint, reply.status(), "a page");
        }
        return page;
    }

    /**
     * A server that names a new page forever (distinct cursors, so no loop to notice) would be followed forever: a walk
     * stops with an error after {@code maxPagesPerWalk} pages. A walk resumed from a cursor in a new process counts
     * from there.
     */
    private void countPage(Endpoint endpoint, @Nullable PageCursor cursor) {
        Map<Endpoint, Integer> walks = pagesOfWalk.get();
        int page = cursor == null ? 1 : walks.getOrDefault(endpoint, 1) + 1;
        if (page > maxPagesPerWalk) {
            walks.remove(endpoint);
            throw new CxoneRejectedException(endpoint.operation(), 0, "the listing names more than " + maxPagesPerWalk
                    + " pages; stopping there (cxone.max-pages-per-walk)", null);
        }
        walks.put(endpoint, page);
    }

    /** The port's page: its items, and the cursor of the page it names next (none when it names none or a blank). */
    static <T> Page<T> page(List<T> items, @Nullable String nextPageUri) {
        return new Page<>(items, next(nextPageUri));
    }

    static @Nullable PageCursor next(@Nullable String nextPageUri) {
        return nextPageUri == null || nextPageUri.isBlank() ? null : new PageCursor(nextPageUri);
    }

    /** The failure of a walk that met a page it had read before, and stopped rather than loop. */
    static CxoneRejectedException readTwice(Endpoint endpoint, PageCursor cursor) {
        return new CxoneRejectedException(endpoint.operation(), 200,
                "nextPageUri '" + shown(cursor.value()) + "' names a page already read; stopping instead of looping", null);
    }

    private URI resolve(Endpoint endpoint, String next) {
        URI uri;
        try {
            String lower = next.toLowerCase(Locale.ROOT);
            boolean absolute = lower.startsWith("http://") || lower.startsWith("https://");
            uri = new URI(absolute ? next : baseUrl + (next.startsWith("/") ? "" : "/") + next);
        } catch (URISyntaxException notAUri) {
            throw new CxoneRejectedException(endpoint.operation(), 0, "nextPageUri '" + shown(next) + "' is not a URI", null);
        }
        if (!sameOrigin(uri, baseUrl)) {
            throw new CxoneRejectedException(endpoint.operation(), 0, "nextPageUri '" + shown(next)
                    + "' points outside the base URL " + baseUrl + "; credentials are not sent there", null);
        }
        return uri;
    }

    /** A cursor as messages may quote it: whatever in it looks like a phone number is masked. */
    private static String shown(String cursor) {
        return PhoneNumberMasking.mask(cursor);
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
