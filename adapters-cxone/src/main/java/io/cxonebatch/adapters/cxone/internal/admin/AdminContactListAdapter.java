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
 */
public final class AdminContactListAdapter implements CheckContactListPort, ReadContactListPort {

    /** Downloads kept open between pages, one per list; the oldest is closed when another is opened. */
    static final int MAX_OPEN_DOWNLOADS = 4;

    private static final Pattern CURSOR = Pattern.compile("records=(\\d{1,18})&page=(\\d{1,10})");

    private final AdminTransport transport;
    private final Map<String, CallListDownload> open = new LinkedHashMap<>();

    AdminContactListAdapter(AdminTransport transport) {
        this.transport = transport;
    }

    /** Reads the list without its records: a 404 is false. */
    @Override
    public boolean contactListExists(String contactListId) {
        String listId = listId(contactListId, AdminEndpoint.LOAD_CALL_LIST);
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

    /**
     * @throws CxoneRejectedException with status 0, nothing sent, when the id is no list id (a whole number), the
     *     cursor is not one of this adapter's, or the walk would read more than its most pages
     */
    @Override
    public synchronized Page<ContactRecord> contactPage(String contactListId, @Nullable PageCursor cursor) {
        String listId = listId(contactListId, AdminEndpoint.DOWNLOAD_CALL_LIST);
        Position at = cursor == null ? new Position(0, 1) : Position.of(cursor);
        int maxPages = transport.settings.maxPagesPerWalk();
        if (at.page() > maxPages) {
            throw new CxoneRejectedException(AdminEndpoint.DOWNLOAD_CALL_LIST.operation(), 0, "the list has more than " + maxPages
                    + " pages of " + transport.settings.contactPageSize() + "; stopping there (cxone.max-pages-per-walk)", null);
        }
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

    private static String listId(String contactListId, AdminEndpoint endpoint) {
        String id = contactListId.strip();
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            throw new CxoneRejectedException(endpoint.operation(), 0, "'" + PhoneNumberMasking.mask(contactListId)
                    + "' is no call list id: Admin list ids are whole numbers", null);
        }
        return id;
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
