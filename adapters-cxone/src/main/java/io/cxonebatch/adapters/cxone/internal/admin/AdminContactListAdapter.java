package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Response;
import io.cxonebatch.adapters.cxone.internal.PhoneNumberMasking;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Call lists over the Admin API, which shows no paged read of a list's records (cxone-admin-api.md §6.4; ADR 10): the
 * list is downloaded whole, parsed as it arrives, and handed out a page at a time, so it is never held. Pages read
 * one after another come from one open download. The cursor records how many records were handed out, so a walk
 * resumed from it (after a restart, or once its download was closed) downloads the list again and skips that many
 * records: a list that changed in between shifts under the cursor, as no cursor of this API could prevent.
 *
 * <p>A contact list id that is a whole number is a call-list id; any other is a call list's name, as plans name the
 * contract's lists, resolved through the index of call lists ({@link CallListNames}). The cursor names no list, so a
 * walk resumed by name resolves the name again, in a new process too. An id kept for a name that CXone answers 404
 * for (the list removed, perhaps uploaded again under the same name) is forgotten and the name resolved once more.
 */
public final class AdminContactListAdapter implements CheckContactListPort, ReadContactListPort {

    /** Downloads kept open between pages, one per list; the oldest is closed when another is opened. */
    static final int MAX_OPEN_DOWNLOADS = 4;

    private static final Pattern CURSOR = Pattern.compile("records=(\\d{1,18})&page=(\\d{1,10})");

    private final AdminTransport transport;
    private final CallListNames names;
    private final Map<String, CallListDownload> open = new LinkedHashMap<>();

    AdminContactListAdapter(AdminTransport transport) {
        this.transport = transport;
        this.names = new CallListNames(transport);
    }

    /** Reads the list without its records: a 404 is false, and so is a name no call list bears. */
    @Override
    public boolean contactListExists(String contactListId) {
        CallListRef list = resolve(contactListId);
        if (list == null) {
            return false;
        }
        if (exists(list.listId())) {
            return true;
        }
        if (!list.cached()) {
            return false;
        }
        names.forget(list.name());
        CallListRef again = resolve(contactListId);
        return again != null && exists(again.listId());
    }

    /**
     * @throws CxoneRejectedException with status 0, nothing sent, when the cursor is not one of this adapter's or the
     *     walk would read more than its most pages; with status 404 when no call list bears the name given
     */
    @Override
    public synchronized Page<ContactRecord> contactPage(String contactListId, @Nullable PageCursor cursor) {
        Position at = cursor == null ? new Position(0, 1) : Position.of(cursor);
        int maxPages = transport.settings.maxPagesPerWalk();
        if (at.page() > maxPages) {
            throw new CxoneRejectedException(AdminEndpoint.DOWNLOAD_CALL_LIST.operation(), 0, "the list has more than " + maxPages
                    + " pages of " + transport.settings.contactPageSize() + "; stopping there (cxone.max-pages-per-walk)", null);
        }
        CallListRef list = resolve(contactListId);
        if (list == null) {
            throw new CxoneRejectedException(AdminEndpoint.LIST_CALL_LISTS.operation(), 404, "no call list is named '"
                    + PhoneNumberMasking.mask(contactListId.strip()) + "'", null);
        }
        try {
            return page(list.listId(), at);
        } catch (CxoneRejectedException refused) {
            if (refused.httpStatus() != 404 || !list.cached()) {
                throw refused;
            }
            names.forget(list.name());
            return contactPage(contactListId, cursor);
        }
    }

    private boolean exists(String listId) {
        URI apiBase = transport.apiBase.get();
        try {
            transport.executor.call(AdminEndpoint.LOAD_CALL_LIST, authorization -> transport.callLists.load(apiBase, authorization, listId));
            return true;
        } catch (CxoneRejectedException refused) {
            if (refused.httpStatus() == 404) {
                return false;
            }
            throw refused;
        }
    }

    private Page<ContactRecord> page(String listId, Position at) {
        CallListDownload download = open.remove(listId);
        if (download == null || download.handedOut() != at.records()) {
            if (download != null) {
                download.close();
            }
            download = download(listId);
        }
        try {
            download.skip(at.records());
            List<ContactRecord> page = download.page(transport.settings.contactPageSize());
            if (!download.hasMore()) {
                download.close();
                return Page.last(page);
            }
            keepOpen(listId, download);
            return new Page<>(page, new Position(download.handedOut(), at.page() + 1).cursor());
        } catch (RuntimeException failure) {
            download.close();
            throw failure;
        }
    }

    private CallListDownload download(String listId) {
        URI apiBase = transport.apiBase.get();
        Response response = transport.executor.call(AdminEndpoint.DOWNLOAD_CALL_LIST, authorization -> OpenedResponses.successful(
                transport.callLists.download(apiBase, authorization, listId), transport.errors, AdminEndpoint.DOWNLOAD_CALL_LIST));
        return CallListDownload.of(response, transport.mapper);
    }

    private void keepOpen(String listId, CallListDownload download) {
        if (open.size() >= MAX_OPEN_DOWNLOADS) {
            String oldest = open.keySet().iterator().next();
            open.remove(oldest).close();
        }
        open.put(listId, download);
    }

    /** The list the id or name names; null when no call list bears the name. */
    private @Nullable CallListRef resolve(String contactListId) {
        String given = contactListId.strip();
        if (!given.isEmpty() && given.length() <= 18 && given.chars().allMatch(Character::isDigit)) {
            return new CallListRef(given, given, false);
        }
        if (given.isEmpty()) {
            throw new CxoneRejectedException(AdminEndpoint.LIST_CALL_LISTS.operation(), 0, "a call list needs an id or a name", null);
        }
        String cached = names.cached(given).orElse(null);
        if (cached != null) {
            return new CallListRef(cached, given, true);
        }
        return names.lookUp(given).map(id -> new CallListRef(id, given, false)).orElse(null);
    }

    /**
     * A call list's id and the id or name it was given by.
     *
     * @param cached whether the id is one kept for the name, which CXone may no longer know
     */
    private record CallListRef(String listId, String name, boolean cached) {
    }

    /** How many records were handed out, and the number of the next page in the walk: {@code records=500&page=3}. */
    private record Position(long records, long page) {

        static Position of(PageCursor cursor) {
            Matcher matcher = CURSOR.matcher(cursor.value().strip());
            long page = matcher.matches() ? Long.parseLong(matcher.group(2)) : -1;
            if (page < 2) {
                throw new CxoneRejectedException(AdminEndpoint.DOWNLOAD_CALL_LIST.operation(), 0, "cursor '"
                        + PhoneNumberMasking.mask(cursor.value()) + "' names no page of a call list", null);
            }
            return new Position(Long.parseLong(matcher.group(1)), page);
        }

        PageCursor cursor() {
            return new PageCursor("records=" + records + "&page=" + page);
        }
    }
}
