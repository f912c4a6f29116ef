package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import io.cxonebatch.application.port.out.cxone.ReadSuppressionsPort;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contact lists and suppressions, streamed page by page, and whether a contact list exists. Phone numbers are
 * handed on as CXone holds them; they are never logged.
 */
public final class CxoneListAdapter implements ReadContactListPort, ReadSuppressionsPort, CheckContactListPort {

    private static final Logger log = LoggerFactory.getLogger(CxoneListAdapter.class);

    private final CxoneTransport transport;

    CxoneListAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public void forEachContactPage(String contactListId, Consumer<List<ContactRecord>> pageConsumer) {
        int limit = transport.settings.contactPageSize();
        transport.pages.walk(Endpoint.READ_CONTACTS,
                authorization -> transport.contactLists.contacts(authorization, contactListId, limit, 1),
                transport.contactLists::page,
                ContactPageResponse::nextPageUri,
                page -> pageConsumer.accept(contacts(page)));
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
    public void forEachSuppressionPage(Consumer<List<SuppressionRecord>> pageConsumer) {
        transport.pages.walk(Endpoint.READ_SUPPRESSIONS,
                authorization -> transport.suppressions.suppressions(authorization, CxoneAdapters.MAX_PAGE_SIZE, 1),
                transport.suppressions::page,
                SuppressionPageResponse::nextPageUri,
                page -> pageConsumer.accept(suppressions(page)));
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
        return List.copyOf(contacts);
    }

    private static List<SuppressionRecord> suppressions(SuppressionPageResponse page) {
        List<SuppressionPageResponse.Entry> entities = page.entity() == null ? List.of() : page.entity();
        List<SuppressionRecord> entries = new ArrayList<>(entities.size());
        for (SuppressionPageResponse.Entry entry : entities) {
            if (entry != null && CampaignMapping.hasText(entry.id())) {
                entries.add(new SuppressionRecord(entry.id(), entry.phoneNumber(), entry.reason()));
            }
        }
        warnAboutSkipped("suppression", entities.size() - entries.size());
        return List.copyOf(entries);
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
