package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import io.cxonebatch.application.port.out.cxone.ReadSuppressionsPort;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contact lists and suppressions, a page at a time from a cursor a reader may have kept, and whether a contact list
 * exists. Phone numbers are handed on as CXone holds them; they are never logged.
 */
public final class CxoneListAdapter implements ReadContactListPort, ReadSuppressionsPort, CheckContactListPort {

    private static final Logger log = LoggerFactory.getLogger(CxoneListAdapter.class);

    private final CxoneTransport transport;

    CxoneListAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    /** The cursor names its page by itself; the list's id is only needed for the first page. */
    @Override
    public Page<ContactRecord> contactPage(String contactListId, @Nullable PageCursor cursor) {
        int limit = transport.settings.contactPageSize();
        ContactPageResponse page = transport.pages.read(Endpoint.READ_CONTACTS, cursor,
                authorization -> transport.contactLists.contacts(authorization, contactListId, limit, 1),
                transport.contactLists::page);
        return PageReader.page(contacts(page), page.nextPageUri());
    }

    /** One contact of the first page is enough: only the answer's status matters. */
    @Override
    public boolean contactListExists(String contactListId) {
        try {
            transport.executor.call(Endpoint.READ_CONTACTS,
                    authorization -> transport.contactLists.contacts(authorization, contactListId, 1, 1));
            return true;
        } catch (CxoneRejectedException rejected) {
            if (rejected.httpStatus() == 404) {
                return false;
            }
            throw rejected;
        }
    }

    @Override
    public Page<SuppressionRecord> suppressionPage(@Nullable PageCursor cursor) {
        SuppressionPageResponse page = transport.pages.read(Endpoint.READ_SUPPRESSIONS, cursor,
                authorization -> transport.suppressions.suppressions(authorization, CxoneAdapters.MAX_PAGE_SIZE, 1),
                transport.suppressions::page);
        return PageReader.page(suppressions(page), page.nextPageUri());
    }

    private static List<ContactRecord> contacts(ContactPageResponse page) {
        List<ContactPageResponse.Contact> entities = page.entity() == null ? List.of() : page.entity();
        List<ContactRecord> contacts = new ArrayList<>(entities.size());
        for (ContactPageResponse.Contact contact : entities) {
            if (contact != null && CampaignMapping.hasText(contact.id())) {
                Map<String, @Nullable Object> fields = contact.fields() == null ? Map.of() : contact.fields();
                contacts.add(new ContactRecord(contact.id(), text(fields.get("phoneNumber")), text(fields.get("region"))));
            }
        }
        warnAboutSkipped("contact", entities.size() - contacts.size());
        return contacts;
    }

    private static List<SuppressionRecord> suppressions(SuppressionPageResponse page) {
        List<SuppressionPageResponse.Entry> entities = page.entity() == null ? List.of() : page.entity();
        List<SuppressionRecord> entries = new ArrayList<>(entities.size());
        for (SuppressionPageResponse.Entry entry : entities) {
            // Matching is by number: an entry CXone serves without an id still suppresses its number.
            if (entry != null) {
                entries.add(new SuppressionRecord(CampaignMapping.hasText(entry.id()) ? entry.id() : null, entry.phoneNumber(),
                        entry.reason()));
            }
        }
        return entries;
    }

    private static void warnAboutSkipped(String kind, int skipped) {
        if (skipped > 0) {
            log.warn("CXone {} page: skipped {} entries without an id", kind, skipped);
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
