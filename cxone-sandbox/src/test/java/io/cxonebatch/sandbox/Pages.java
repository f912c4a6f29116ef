package io.cxonebatch.sandbox;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a paged listing to its end the way the contract asks: until {@code nextPageUri} is empty. */
final class Pages {

    private Pages() {
    }

    /** Every element of {@code field} over all pages; fails after {@code maxPages} pages. */
    static List<JsonNode> readAll(SandboxClient client, String first, String field, int maxPages) {
        List<JsonNode> rows = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null && !next.isEmpty()) {
            if (++pages > maxPages) {
                throw new AssertionError("more than " + maxPages + " pages from " + first);
            }
            Reply reply = client.get(next);
            if (reply.status() != 200) {
                throw new AssertionError("page " + next + " answered " + reply);
            }
            reply.json().path(field).values().forEach(rows::add);
            JsonNode link = reply.json().path("nextPageUri");
            next = link.isString() ? link.asString() : null;
        }
        return rows;
    }
}
