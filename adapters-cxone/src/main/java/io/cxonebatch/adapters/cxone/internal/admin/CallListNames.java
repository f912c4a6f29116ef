package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.internal.PhoneNumberMasking;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Call lists named by name, as a plan names a contact list, resolved to their ids through the index of call lists
 * ({@code GET /lists/call-lists}, cxone-admin-api.md §6.4: {@code totalRecords} and {@code callingLists} of
 * {@code listId} and {@code listName}, at the top or in {@code resultSet}). The index types no paging parameters;
 * {@code skip}/{@code top} are sent as to the other listings, and an index that answers its first rows again for a
 * later page ignored them: it is read no further, and fails if that leaves part of its {@code totalRecords} unread,
 * since a name among them would read as missing. A name is matched exactly, and a name that several lists bear is
 * refused: no source says that names are unique. The ids found are kept for {@link #KEPT_FOR}, the last
 * {@link #CACHED} of them, so that a daemon sees a list renamed and another given its name; a name not found is not
 * kept, so a list uploaded later is found.
 */
final class CallListNames {

    /** How many names are kept. */
    static final int CACHED = 64;

    /** How long an id found for a name is trusted before the index is read again. */
    static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private record Kept(String id, Instant foundAt) {
    }

    private final AdminTransport transport;
    private final Map<String, Kept> ids = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > CACHED;
        }
    };

    CallListNames(AdminTransport transport) {
        this.transport = transport;
    }

    /** The id kept for the name, sending nothing; empty when none is kept. */
    synchronized Optional<String> cached(String name) {
        Kept kept = ids.get(name);
        if (kept == null) {
            return Optional.empty();
        }
        if (kept.foundAt().plus(KEPT_FOR).isBefore(transport.clock.instant())) {
            ids.remove(name);
            return Optional.empty();
        }
        return Optional.of(kept.id());
    }

    /** Forgets the id kept for the name, once CXone no longer knows it. */
    synchronized void forget(String name) {
        ids.remove(name);
    }

    /**
     * Reads the index for the list of that name and keeps its id.
     *
     * @return empty when no list bears the name
     * @throws CxoneRejectedException when several lists bear it
     */
    Optional<String> lookUp(String name) {
        URI apiBase = transport.apiBase.get();
        Set<String> matches = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        @Nullable String previousFirst = null;
        PageCursor cursor = null;
        do {
            SkipTopPages.Rows page = transport.pages.read(AdminEndpoint.LIST_CALL_LISTS, "callingLists", cursor,
                    (authorization, skip, top) -> transport.callLists.list(apiBase, authorization, skip, top));
            String first = page.rows().isEmpty() ? null : listId(page.rows().get(0));
            if (cursor != null && first != null && first.equals(previousFirst)) {
                checkWhole(page, seen.size());
                break;
            }
            for (JsonNode row : page.rows()) {
                String id = listId(row);
                if (id != null) {
                    seen.add(id);
                    if (name.equals(AdminJson.text(row, "listName"))) {
                        matches.add(id);
                    }
                }
            }
            previousFirst = first;
            cursor = page.next();
        } while (cursor != null);
        if (matches.size() > 1) {
            throw new CxoneRejectedException(AdminEndpoint.LIST_CALL_LISTS.operation(), 200, matches.size() + " call lists are named '"
                    + PhoneNumberMasking.mask(name) + "' (ids " + matches + "); name the list by its id", null);
        }
        Optional<String> found = matches.stream().findFirst();
        found.ifPresent(id -> keep(name, id));
        return found;
    }

    private synchronized void keep(String name, String id) {
        ids.put(name, new Kept(id, transport.clock.instant()));
    }

    // The index answered its first rows again: it ignored skip, and what it holds beyond them cannot be reached.
    private static void checkWhole(SkipTopPages.Rows page, int read) {
        if (page.total().isPresent() && page.total().getAsLong() > read) {
            throw new CxoneUnavailableException(AdminEndpoint.LIST_CALL_LISTS.operation(), 200, "the index of call lists ignored"
                    + " skip/top and answered " + read + " of its " + page.total().getAsLong() + " lists; the rest cannot be read", null);
        }
    }

    private static @Nullable String listId(JsonNode row) {
        String id = row.isObject() ? AdminJson.text(row, "listId") : null;
        return id != null && id.chars().allMatch(Character::isDigit) ? id : null;
    }
}
