package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.internal.CallExecutor;
import io.cxonebatch.adapters.cxone.internal.PhoneNumberMasking;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one page of a {@code skip}/{@code top} listing (cxone-admin-api.md §2.3, §9.4): the rows under their key,
 * at the top level or inside {@code resultSet}, and {@code totalRecords}, a number or a string, in either place. The
 * listing ends on an empty page or once the rows read reach {@code totalRecords}; a short page alone does not end
 * it, since a server may cap {@code top} below what was asked. The cursor names the next page's {@code skip} and
 * its number, so that a restarted process reads on from it with a new client, and a walk stops after
 * {@code maxPagesPerWalk} pages counted from the first, resumed or not.
 */
final class SkipTopPages {

    /** The most rows the listings answer at once. */
    static final int TOP = 100;

    private static final Pattern CURSOR = Pattern.compile("skip=(\\d{1,10})&page=(\\d{1,10})");

    private final CallExecutor executor;
    private final int maxPagesPerWalk;

    SkipTopPages(CallExecutor executor, int maxPagesPerWalk) {
        this.executor = executor;
        this.maxPagesPerWalk = maxPagesPerWalk;
    }

    /** Reads the page at {@code (authorization, skip, top)}. */
    @FunctionalInterface
    interface PageCall {
        JsonNode read(String authorization, int skip, int top);
    }

    /**
     * @throws CxoneRejectedException when the cursor is not one of this reader's, or when the walk would read more
     *     than its most pages; nothing is sent then, so the exception carries no status
     */
    Rows read(AdminEndpoint endpoint, String rowsKey, @Nullable PageCursor cursor, PageCall call) {
        Position at = cursor == null ? new Position(0, 1) : Position.of(endpoint, cursor);
        if (at.page() > maxPagesPerWalk) {
            throw new CxoneRejectedException(endpoint.operation(), 0, "the listing has more than " + maxPagesPerWalk
                    + " pages of " + TOP + "; stopping there (cxone.max-pages-per-walk)", null);
        }
        JsonNode answer = executor.call(endpoint, authorization -> call.read(authorization, (int) at.skip(), TOP));
        if (answer == null || !answer.isObject()) {
            throw new CxoneUnavailableException(endpoint.operation(), 200, "response lacks a page", null);
        }
        List<JsonNode> rows = rows(answer, rowsKey);
        OptionalLong total = AdminJson.count(AdminJson.holderOf(answer, "totalRecords"), "totalRecords");
        long read = at.skip() + rows.size();
        boolean last = rows.isEmpty() || total.isPresent() && read >= total.getAsLong();
        return new Rows(rows, last ? null : new Position(read, at.page() + 1).cursor(), total);
    }

    private static List<JsonNode> rows(JsonNode answer, String rowsKey) {
        JsonNode array = AdminJson.holderOf(answer, rowsKey).get(rowsKey);
        List<JsonNode> rows = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(rows::add);
        }
        return rows;
    }

    /**
     * One page of rows as CXone sent them.
     *
     * @param next the cursor of the following page; null on the last
     * @param total the listing's {@code totalRecords}; empty when the page did not say
     */
    record Rows(List<JsonNode> rows, @Nullable PageCursor next, OptionalLong total) {
    }

    /** Where a page starts, and its number in the walk; as a cursor, {@code skip=200&page=3}. */
    private record Position(long skip, long page) {

        static Position of(AdminEndpoint endpoint, PageCursor cursor) {
            Matcher matcher = CURSOR.matcher(cursor.value().strip());
            long skip = matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
            long page = matcher.matches() ? Long.parseLong(matcher.group(2)) : -1;
            if (skip < 0 || skip > Integer.MAX_VALUE || page < 2) {
                throw new CxoneRejectedException(endpoint.operation(), 0, "cursor '" + PhoneNumberMasking.mask(cursor.value())
                        + "' names no page of this listing", null);
            }
            return new Position(skip, page);
        }

        PageCursor cursor() {
            return new PageCursor("skip=" + skip + "&page=" + page);
        }
    }
}
