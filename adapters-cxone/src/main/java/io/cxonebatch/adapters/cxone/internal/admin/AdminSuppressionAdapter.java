package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.internal.PhoneNumberMasking;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.ReadSuppressionsPort;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The records of the configured DNC groups, group after group (cxone-admin-api.md §7). No source proves that the
 * records page (ADR 10): {@code skip}/{@code top} are sent, and an answer shows that they were ignored when it holds
 * more rows than {@code top} or starts with the row the previous page started with. Then the rest of that answer is
 * handed out and the group is not paged further; a group read so short of its {@code totalRecords} fails, since a
 * suppression left unread would let its number be dialled. The records carry no id and no reason, so each entry has
 * none and names its group as the reason; records with an {@code expiredDate} are kept, as suppressing too much is
 * the safe side.
 */
public final class AdminSuppressionAdapter implements ReadSuppressionsPort {

    private static final Pattern CURSOR = Pattern.compile("group=(\\d{1,10})&skip=(\\d{1,10})&page=(\\d{1,10})");
    private static final List<String> ROW_KEYS = List.of("dncRecords", "dncGroupRecords");

    private final AdminTransport transport;
    /** The first row of the page last handed out and where the page after it starts; held here only, never logged. */
    private @Nullable Previous previous;

    AdminSuppressionAdapter(AdminTransport transport) {
        this.transport = transport;
    }

    /**
     * @throws CxoneRejectedException with status 0, nothing sent, when no DNC group is configured, the cursor is not
     *     one of this adapter's or names a group no longer configured, or the walk would read more than its most pages
     * @throws CxoneUnavailableException when a group that ignored paging answered fewer rows than its totalRecords
     */
    @Override
    public synchronized Page<SuppressionRecord> suppressionPage(@Nullable PageCursor cursor) {
        String operation = AdminEndpoint.LIST_DNC_RECORDS.operation();
        List<Integer> groups = transport.settings.dncGroupIds();
        if (groups.isEmpty()) {
            throw new CxoneRejectedException(operation, 0, "no DNC group is configured (cxone.admin.dnc-group-ids): the Admin API"
                    + " keeps suppressions in DNC groups; nothing was sent", null);
        }
        Position at = cursor == null ? new Position(groups.get(0), 0, 1) : Position.of(cursor, groups);
        int maxPages = transport.settings.maxPagesPerWalk();
        if (at.page() > maxPages) {
            throw new CxoneRejectedException(operation, 0, "the DNC groups have more than " + maxPages + " pages of "
                    + SkipTopPages.TOP + "; stopping there (cxone.max-pages-per-walk)", null);
        }
        URI apiBase = transport.apiBase.get();
        JsonNode answer = transport.executor.call(AdminEndpoint.LIST_DNC_RECORDS, authorization -> transport.dnc.records(apiBase,
                authorization, Integer.toString(at.groupId()), (int) at.skip(), SkipTopPages.TOP));
        if (answer == null || !answer.isObject()) {
            throw new CxoneUnavailableException(operation, 200, "response lacks a page", null);
        }
        List<JsonNode> rows = rows(answer);
        OptionalLong total = AdminJson.count(AdminJson.holderOf(answer, "totalRecords"), "totalRecords");
        boolean pagingIgnored = rows.size() > SkipTopPages.TOP || at.skip() > 0 && !rows.isEmpty() && previous != null
                && previous.next().equals(at) && previous.firstRow().equals(rows.get(0));
        List<JsonNode> handed = pagingIgnored ? rows.subList((int) Math.min(at.skip(), rows.size()), rows.size()) : rows;
        long read = at.skip() + handed.size();
        if (pagingIgnored && total.isPresent() && read < total.getAsLong()) {
            throw new CxoneUnavailableException(operation, 200, "DNC group " + at.groupId() + " ignored skip/top and answered "
                    + read + " of its " + total.getAsLong() + " records; the rest cannot be read", null);
        }
        boolean groupDone = pagingIgnored || rows.isEmpty() || total.isPresent() && read >= total.getAsLong();
        Position next = groupDone ? nextGroup(at, groups) : new Position(at.groupId(), read, at.page() + 1);
        previous = next == null || handed.isEmpty() ? null : new Previous(next, handed.get(0));
        return new Page<>(suppressions(handed, at.groupId()), next == null ? null : next.cursor());
    }

    private static @Nullable Position nextGroup(Position at, List<Integer> groups) {
        int index = groups.indexOf(at.groupId());
        return index + 1 < groups.size() ? new Position(groups.get(index + 1), 0, at.page() + 1) : null;
    }

    private static List<JsonNode> rows(JsonNode answer) {
        List<JsonNode> rows = new ArrayList<>();
        for (String key : ROW_KEYS) {
            JsonNode array = AdminJson.holderOf(answer, key).get(key);
            if (array != null && array.isArray()) {
                array.forEach(rows::add);
                return rows;
            }
        }
        return rows;
    }

    private static List<SuppressionRecord> suppressions(List<JsonNode> rows, int groupId) {
        String reason = "DNC group " + groupId;
        List<SuppressionRecord> records = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            records.add(new SuppressionRecord(null, row.isObject() ? AdminJson.text(row, "phoneNumber") : null, reason));
        }
        return records;
    }

    private record Previous(Position next, JsonNode firstRow) {
    }

    /** A group, where its next page starts, and that page's number in the walk: {@code group=2&skip=100&page=12}. */
    private record Position(int groupId, long skip, long page) {

        static Position of(PageCursor cursor, List<Integer> groups) {
            Matcher matcher = CURSOR.matcher(cursor.value().strip());
            boolean ours = matcher.matches() && Long.parseLong(matcher.group(1)) <= Integer.MAX_VALUE
                    && Long.parseLong(matcher.group(2)) <= Integer.MAX_VALUE && Long.parseLong(matcher.group(3)) >= 2;
            if (!ours || !groups.contains((int) Long.parseLong(matcher.group(1)))) {
                throw new CxoneRejectedException(AdminEndpoint.LIST_DNC_RECORDS.operation(), 0, "cursor '"
                        + PhoneNumberMasking.mask(cursor.value()) + "' names no page of the configured DNC groups " + groups, null);
            }
            return new Position(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
        }

        PageCursor cursor() {
            return new PageCursor("group=" + groupId + "&skip=" + skip + "&page=" + page);
        }
    }
}
